package org.lawreport.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.workspace.ParallelValidation;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;
import org.lawreport.generator.PlainTextGenerator;
import org.lawreport.importer.Importer;
import org.lawreport.review.ReportRow;
import org.lawreport.review.ReportSummaries;
import org.lawreport.review.Review;
import org.lawreport.review.format.ReviewFormat;

import picocli.CommandLine.Command;

/**
 * Not for users: ./lawreport runs it once per build with {@code -XX:ArchiveClassesAtExit} so that the class-data
 * archive holds the classes a real run needs (parser, linker, all checks, every generator, the importer), not just
 * those of the first command someone happened to run.
 */
@Command(name = "warm-up", hidden = true)
final class WarmUpCommand implements Callable<Integer> {

	@Override
	public Integer call() throws Exception {
		Path dir = Files.createTempDirectory("lawreport-warm-up");
		Path file = dir.resolve("warm-up.lawreport");
		try (InputStream sample = WarmUpCommand.class.getResourceAsStream("warm-up.lawreport")) {
			Files.copy(sample, file);
		}
		try {
			ReportWorkspace workspace = new ReportWorkspace(LanguageStartup.injector());
			ReportWorkspace.Outcome outcome = workspace.validate(file);
			OfficialDocument document = DocumentBuilder.build(outcome.report());
			for (OutputFormat format : OutputFormat.values()) {
				DocumentRenderer renderer = format.renderer(null, note -> { });
				renderer.render(document, OutputStream.nullOutputStream());
				if (renderer instanceof AutoCloseable closeable) {
					closeable.close();
				}
			}
			Path text = dir.resolve("warm-up.txt");
			Files.writeString(text, PlainTextGenerator.render(document));
			new Importer(workspace.injector()).importFile(text);
			Files.deleteIfExists(text);
			// the reviewers' path too: a parallel run, a review row, every review format and SARIF
			List<ReportRow> rows = new ArrayList<>();
			try (ParallelValidation validation = new ParallelValidation(
					workspace.injector(), List.of(), null, 1)) {
				validation.run(List.of(file), ReportSummaries::summarise,
						result -> rows.add(result.summary()));
			}
			Review review = new Review(rows, null, ZonedDateTime.now());
			for (ReviewFormat format : ReviewFormat.values()) {
				format.write(review, OutputStream.nullOutputStream());
			}
			workspace.release(outcome);
			return outcome.findings().isEmpty() ? Main.USAGE : Main.OK;
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}
}
