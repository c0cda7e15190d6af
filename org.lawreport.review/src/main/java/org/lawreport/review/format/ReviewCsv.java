package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;

/**
 * One line per report (RFC 4180: comma-separated, CRLF, fields with commas, quotes or line breaks quoted). UTF-8
 * with a byte order mark, which is how Excel and WPS recognise UTF-8 Chinese text.
 */
final class ReviewCsv {

	private final Review review;

	ReviewCsv(Review review) {
		this.review = review;
	}

	void write(OutputStream stream) throws IOException {
		Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
		out.write('\uFEFF');
		line(out, List.copyOf(ReviewColumns.header(review)));
		for (ReportRow row : review.rows()) {
			line(out, ReviewColumns.cells(review, row));
		}
		out.flush();
	}

	private static void line(Writer out, List<?> cells) throws IOException {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.write(',');
			}
			out.write(quote(String.valueOf(cells.get(i))));
		}
		out.write("\r\n");
	}

	static String quote(String field) {
		// a leading = + - @ would make a spreadsheet evaluate the cell: keep it text
		String safe = !field.isEmpty() && "=+-@".indexOf(field.charAt(0)) >= 0 && !field.matches("-?\\d+") ? "'" + field : field;
		if (safe.indexOf(',') < 0 && safe.indexOf('"') < 0 && safe.indexOf('\n') < 0 && safe.indexOf('\r') < 0) {
			return safe;
		}
		return '"' + safe.replace("\"", "\"\"") + '"';
	}
}
