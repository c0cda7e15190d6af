package org.lawreport.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.generator.PlainTextGenerator;
import org.lawreport.dsl.workspace.ReportWorkspace;

import picocli.CommandLine.Command;

/**
 * Not for users: ./lawreport runs it once per build with {@code -XX:ArchiveClassesAtExit} so that the class-data
 * archive holds the classes a real run needs (parser, linker, all checks, generator), not just those of the first
 * command someone happened to run.
 */
@Command(name = "warm-up", hidden = true)
final class WarmUpCommand implements Callable<Integer> {

	@Override
	public Integer call() throws IOException {
		Path dir = Files.createTempDirectory("lawreport-warm-up");
		Path file = dir.resolve("warm-up.lawreport");
		try (InputStream sample = WarmUpCommand.class.getResourceAsStream("warm-up.lawreport")) {
			Files.copy(sample, file);
		}
		try {
			ReportWorkspace workspace = new ReportWorkspace();
			ReportWorkspace.Outcome outcome = workspace.validate(file);
			PlainTextGenerator.render(DocumentBuilder.build(outcome.report()));
			workspace.release(outcome);
			return outcome.findings().isEmpty() ? Main.USAGE : Main.OK;
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}
}
