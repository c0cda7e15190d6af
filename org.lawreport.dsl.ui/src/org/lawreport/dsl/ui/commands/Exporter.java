package org.lawreport.dsl.ui.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.export.ReportExport;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;

/**
 * Writes a report in one output format next to it, through the export service the command line uses
 * ({@code ./lawreport generate --format F --force?}), with the templates of the report's folder loaded.
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
		Set<String> notes = new LinkedHashSet<>();
		DocumentRenderer renderer = format.renderer(null, notes::add);
		try {
			ReportExport.Result result = new ReportExport(workspace, format, renderer).export(report, null, force, true);
			Path written = result.status() == ReportExport.Status.WRITTEN ? result.target() : null;
			return new Result(written, result.errorFindings(), new ArrayList<>(notes));
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
}
