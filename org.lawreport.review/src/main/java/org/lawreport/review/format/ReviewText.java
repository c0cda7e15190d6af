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
import org.lawreport.review.ReviewTexts;

/** The review as a terminal table (Chinese characters counted as two columns), then the totals. */
final class ReviewText {

	private final Review review;

	ReviewText(Review review) {
		this.review = review;
	}

	void write(OutputStream stream) throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		out.println(ReviewTexts.text("title.count", review.rows().size()));
		out.println(ReviewTexts.text("profile", review.profile() == null ? ReviewTexts.text("profile.reportsOwn") : review.profile()));
		out.println();
		List<String> parts = review.partNames();
		List<String> header = ReviewColumns.names("index", "issuer", "level", "year", "writtenDate", "onTime");
		header.addAll(parts);
		header.addAll(ReviewColumns.names("errors", "warnings", "waived", "file"));
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
		out.println(ReviewTexts.text("legend.parts") + ReviewTexts.text("legend.onTime"));
		out.println();

		out.println(ReviewTexts.text("worst.heading"));
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
		out.println(ReviewTexts.text("totals", all.count(Finding.Level.ERROR), all.count(Finding.Level.WARNING),
				all.count(Finding.Level.INFO), all.waived(), review.late(), review.blocking().size()));
		out.println();
		out.println(ReviewTexts.text("byRule.heading"));
		for (Map.Entry<String, Review.Tally> e : review.rulesByFrequency()) {
			Review.Tally t = e.getValue();
			out.println("  " + DisplayWidth.fit(e.getKey(), 22) + DisplayWidth.fit(Messages.title(e.getKey()), 28)
					+ " " + ReviewTexts.text("byRule.line", t.count(Finding.Level.ERROR), t.count(Finding.Level.WARNING),
							t.count(Finding.Level.INFO), t.waived(), t.reports()));
		}
		out.println();
		out.println(ReviewTexts.text("byIssuer.heading"));
		for (Map.Entry<String, Review.Tally> e : review.byIssuer().entrySet()) {
			Review.Tally t = e.getValue();
			out.println("  " + DisplayWidth.fit(e.getKey(), 30) + " " + ReviewTexts.text("byIssuer.line", t.reports(),
					t.count(Finding.Level.ERROR), t.count(Finding.Level.WARNING), t.waived()));
		}
		out.println();
		List<ReportRow> blocking = review.blocking();
		out.println(ReviewTexts.text("blocking.heading",
				blocking.isEmpty() ? ReviewTexts.text("none") : ReviewTexts.text("blocking.count", blocking.size())));
		for (ReportRow row : blocking) {
			out.println("  " + ReviewTexts.text("blocking.line", row.file(), row.issuerOrFile(), row.errors()));
		}
		out.println();
		List<Finding> waived = review.waived();
		out.println(ReviewTexts.text("waived.heading",
				waived.isEmpty() ? ReviewTexts.text("none") : ReviewTexts.text("waived.count", waived.size())));
		for (Finding f : waived) {
			out.println("  " + f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().chinese() + " " + f.code()
					+ " " + ReviewTexts.text("finding.waivedLine", f.message(), f.waiver().reason(), f.waiver().line()));
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
