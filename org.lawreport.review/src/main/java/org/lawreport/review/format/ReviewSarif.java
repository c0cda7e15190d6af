package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.lawreport.core.Version;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;
import org.lawreport.review.sarif.SarifLog;

/** A review as SARIF: every finding of every report, waived ones as suppressed results. */
final class ReviewSarif {

	private ReviewSarif() {
	}

	static void write(Review review, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try (SarifLog log = new SarifLog(writer, Version.VERSION)) {
			for (ReportRow row : review.rows()) {
				for (Finding f : row.findings()) {
					log.add(f);
				}
			}
		}
		writer.flush();
	}
}
