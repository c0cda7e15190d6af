package org.lawreport.review.format;

import java.util.ArrayList;
import java.util.List;

import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.PartStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;
import org.lawreport.review.ReviewTexts;

/**
 * The columns of the reports table, named once for every format (the names are in {@code messages.properties},
 * keys {@code column.*}): the CSV file and the workbook have them all, the terminal table and the page a subset.
 */
final class ReviewColumns {

	private ReviewColumns() {
	}

	/** The name of a column, by its key ({@code issuer}, {@code year}, {@code onTime} …). */
	static String name(String key) {
		return ReviewTexts.text("column." + key);
	}

	/** The names of several columns, in order. */
	static List<String> names(String... keys) {
		List<String> names = new ArrayList<>(keys.length);
		for (String key : keys) {
			names.add(name(key));
		}
		return names;
	}

	static List<String> header(Review review) {
		List<String> header = names("issuer", "level", "year", "writtenDate", "deadline", "onTime", "template");
		for (String part : review.partNames()) {
			header.add(ReviewTexts.text(review.mandatory(part) ? "column.part.mandatory" : "column.part.optional", part));
		}
		header.addAll(names("errors", "warnings", "infos", "waived", "blocks"));
		for (int i = 1; i <= 3; i++) {
			header.add(ReviewTexts.text("column.worstNth", ReviewTexts.text("ordinal." + i)));
		}
		header.add(name("file"));
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
		cells.add(ReviewTexts.text(row.blocks() ? "yes" : "no"));
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
