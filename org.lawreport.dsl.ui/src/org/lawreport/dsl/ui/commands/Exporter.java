package org.lawreport.dsl.ui.commands;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lawreport.core.io.AtomicFiles;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;

/**
 * Writes a report in one output format next to it, as {@code ./lawreport generate --format F} does (the same
 * Java API: validate, {@code OutputFormat.renderer(fontConfig, notes)}, {@code DocumentBuilder}, atomic write).
 */
public final class Exporter {

	/** What an export did: the file written (or null), the errors that stopped it, font notes. */
	public record Result(Path written, List<Finding> errors, List<String> notes) {
	}

	private Exporter() {
	}

	/** Exports {@code report}; a report with errors is refused unless {@code force}. */
	public static Result export(Path report, OutputFormat format, boolean force) throws IOException {
		ReportWorkspace workspace = new ReportWorkspace(EditorSession.sharedInjector());
		workspace.loadTemplates(ReportWorkspace.collect(List.of(report.toAbsolutePath().getParent())));
		ReportWorkspace.Outcome outcome = workspace.validate(report);
		List<Finding> errors = outcome.findings().stream().filter(Finding::isError).toList();
		if (outcome.report() == null || (!errors.isEmpty() && !force)) {
			return new Result(null, errors, List.of());
		}
		Set<String> notes = new LinkedHashSet<>();
		DocumentRenderer renderer = format.renderer(null, notes::add);
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			renderer.render(DocumentBuilder.build(outcome.report()), bytes);
			Path target = report.toAbsolutePath().getParent().resolve(baseName(report) + "." + format.extension());
			AtomicFiles.write(target, bytes.toByteArray());
			return new Result(target, errors, new ArrayList<>(notes));
		} finally {
			if (renderer instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				} catch (Exception e) {
					// fonts opened read-only
				}
			}
		}
	}

	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
