package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.PartStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;

/** The review as a terminal table (Chinese characters counted as two columns), then the totals. */
final class ReviewText {

	private final Review review;

	ReviewText(Review review) {
		this.review = review;
	}

	void write(OutputStream stream) throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		out.println("法治政府建设年度报告审查（" + review.rows().size() + " 份报告）");
		out.println("审查口径：" + (review.profile() == null ? "各报告所依据的模板" : review.profile()));
		out.println();
		List<String> parts = review.partNames();
		List<String> header = new ArrayList<>(List.of("序号", "发文机关", "层级", "年度", "成文日期", "期限"));
		header.addAll(parts);
		header.addAll(List.of("错误", "警告", "豁免", "文件"));
		int[] widths = new int[header.size()];
		List<List<String>> cells = new ArrayList<>();
		int n = 0;
		for (ReportRow row : review.rows()) {
			List<String> line = new ArrayList<>();
			line.add(String.valueOf(++n));
			line.add(row.issuerOrFile());
			line.add(nullToDash(row.level()));
			line.add(nullToDash(row.year()));
			line.add(nullToDash(row.writtenDate()));
			line.add(row.deadlineStatus().chinese());
			for (String part : parts) {
				PartStatus s = row.statusOf(part);
				line.add(s == null ? "—" : s.symbol() + s.chinese());
			}
			line.add(String.valueOf(row.errors()));
			line.add(String.valueOf(row.warnings()));
			line.add(String.valueOf(row.waived().size()));
			line.add(row.file());
			cells.add(line);
		}
		for (int i = 0; i < header.size(); i++) {
			widths[i] = DisplayWidth.of(header.get(i));
			for (List<String> line : cells) {
				widths[i] = Math.max(widths[i], Math.min(i == 1 ? 24 : 80, DisplayWidth.of(line.get(i))));
			}
		}
		printRow(out, header, widths);
		StringBuilder rule = new StringBuilder();
		for (int w : widths) {
			rule.append("-".repeat(w)).append("  ");
		}
		out.println(rule.toString().stripTrailing());
		for (List<String> line : cells) {
			printRow(out, line, widths);
		}
		out.println("部分：✓有 ○空 ✗缺 ↷错位（只在其他部分中，或顺序不对）。期限：按期 / 逾期 / 无法判断（缺成文日期或年度）。");
		out.println();

		out.println("各报告最严重的发现（至多三条）：");
		for (ReportRow row : review.rows()) {
			List<Finding> top = row.mostSerious(3);
			if (top.isEmpty()) {
				continue;
			}
			out.println("  " + row.issuerOrFile() + "（" + row.file() + "）");
			for (Finding f : top) {
				out.println("    " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().chinese() + " "
						+ f.code() + " " + f.message());
			}
		}
		out.println();

		Review.Tally all = review.overall();
		out.println("合计：错误 " + all.count(Finding.Level.ERROR) + "，警告 " + all.count(Finding.Level.WARNING) + "，提示 "
				+ all.count(Finding.Level.INFO) + "，已豁免 " + all.waived() + "；逾期 " + review.late() + " 份；不能通过 "
				+ review.blocking().size() + " 份。");
		out.println();
		out.println("按检查项：");
		for (Map.Entry<String, Review.Tally> e : review.rulesByFrequency()) {
			Review.Tally t = e.getValue();
			out.println("  " + DisplayWidth.fit(e.getKey(), 22) + DisplayWidth.fit(Messages.title(e.getKey()), 28)
					+ " 错误 " + t.count(Finding.Level.ERROR) + "，警告 " + t.count(Finding.Level.WARNING) + "，提示 "
					+ t.count(Finding.Level.INFO) + "，豁免 " + t.waived() + "（" + t.reports() + " 份报告）");
		}
		out.println();
		out.println("按发文机关：");
		for (Map.Entry<String, Review.Tally> e : review.byIssuer().entrySet()) {
			Review.Tally t = e.getValue();
			out.println("  " + DisplayWidth.fit(e.getKey(), 30) + " 报告 " + t.reports() + " 份，错误 "
					+ t.count(Finding.Level.ERROR) + "，警告 " + t.count(Finding.Level.WARNING) + "，豁免 " + t.waived());
		}
		out.println();
		List<ReportRow> blocking = review.blocking();
		out.println("不能通过的报告（有错误）：" + (blocking.isEmpty() ? "无" : blocking.size() + " 份"));
		for (ReportRow row : blocking) {
			out.println("  " + row.file() + "（" + row.issuerOrFile() + "，错误 " + row.errors() + "）");
		}
		out.println();
		List<Finding> waived = review.waived();
		out.println("已豁免的发现（须复核）：" + (waived.isEmpty() ? "无" : waived.size() + " 条"));
		for (Finding f : waived) {
			out.println("  " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().chinese() + " " + f.code()
					+ " " + f.message() + " —— 豁免理由：" + f.waiver().reason() + "（第 " + f.waiver().line() + " 行）");
		}
		out.flush();
	}

	private static void printRow(PrintWriter out, List<String> cells, int[] widths) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			b.append(DisplayWidth.fit(cells.get(i), widths[i])).append("  ");
		}
		out.println(b.toString().stripTrailing());
	}

	private static String nullToDash(String s) {
		return s == null || s.isBlank() ? "—" : s;
	}
}
