package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;

import org.lawreport.review.Review;

/** The forms a review can be written in. */
public enum ReviewFormat {
	/** A table for the terminal, then the totals. */
	text("txt"),
	/** One self-contained page: sortable table, charts, links to the findings. */
	html("html"),
	/** One line per report, for any spreadsheet or script (UTF-8 with BOM, so that Excel/WPS read Chinese). */
	csv("csv"),
	/** A workbook: reports, findings, rules, issuers. */
	xlsx("xlsx"),
	/** SARIF 2.1.0 for code scanning. */
	sarif("sarif");

	private final String extension;

	ReviewFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	public void write(Review review, OutputStream out) throws IOException {
		switch (this) {
			case text -> new ReviewText(review).write(out);
			case html -> new ReviewHtml(review).write(out);
			case csv -> new ReviewCsv(review).write(out);
			case xlsx -> new ReviewXlsx(review).write(out);
			case sarif -> ReviewSarif.write(review, out);
		}
	}
}
