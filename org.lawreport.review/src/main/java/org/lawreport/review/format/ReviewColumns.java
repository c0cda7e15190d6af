package org.lawreport.review.format;

import java.util.ArrayList;
import java.util.List;

import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.PartStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;

/** The columns of one row per report, shared by the CSV file and the workbook. */
final class ReviewColumns {

	private ReviewColumns() {
	}

	static List<String> header(Review review) {
		List<String> header = new ArrayList<>(List.of("发文机关", "层级", "报告年度", "成文日期", "截止日期", "是否按期", "依据模板"));
		for (String part : review.partNames()) {
			header.add(part + (review.mandatory(part) ? "（必备）" : "（可选）"));
		}
		header.addAll(List.of("错误", "警告", "提示", "已豁免", "不能通过", "最严重的发现一", "最严重的发现二", "最严重的发现三", "文件"));
		return header;
	}

	/** The cells of a row; numbers as {@link Long} so that a workbook stores them as numbers. */
	static List<Object> cells(Review review, ReportRow row) {
		List<Object> cells = new ArrayList<>();
		cells.add(text(row.issuer()));
		cells.add(text(row.level()));
		cells.add(text(row.year()));
		cells.add(text(row.writtenDate()));
		cells.add(text(row.deadline()));
		cells.add(row.deadlineStatus().chinese());
		cells.add(text(row.template()));
		for (String part : review.partNames()) {
			PartStatus s = row.statusOf(part);
			cells.add(s == null ? "" : s.chinese());
		}
		cells.add(row.errors());
		cells.add(row.warnings());
		cells.add(row.notes());
		cells.add((long) row.waived().size());
		cells.add(row.blocks() ? "是" : "否");
		List<Finding> top = row.mostSerious(3);
		for (int i = 0; i < 3; i++) {
			cells.add(i < top.size() ? describe(top.get(i)) : "");
		}
		cells.add(row.file());
		return cells;
	}

	static String describe(Finding f) {
		return f.file() + ":" + f.line() + ":" + f.column() + " " + f.severity().chinese() + " " + f.code() + " " + f.message();
	}

	private static String text(String s) {
		return s == null ? "" : s;
	}
}
