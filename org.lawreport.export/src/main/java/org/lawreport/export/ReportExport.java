package org.lawreport.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.lawreport.core.io.AtomicFiles;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;

/**
 * The one way a report becomes a document, for the command line ({@code lawreport generate}) and the editor's
 * export commands alike: validate it, refuse it when it has errors unless forced, lay it out as an official
 * document, render it, and write the file atomically (a temporary file, then a move), so that a failure never
 * leaves half a document and an existing file is replaced whole or not at all.
 *
 * <p>One export per thread: the workspace is not thread-safe; the renderer may be shared.
 */
public final class ReportExport {

	/** How an export ended. */
	public enum Status {
		/** The document was written to {@link Result#target()}. */
		WRITTEN,
		/** The report has errors and the export was not forced: nothing written. */
		REFUSED,
		/** The report could not be parsed at all (e.g. an empty file): nothing written. */
		UNPARSED,
		/** The target exists and may not be replaced: nothing written. */
		EXISTS,
		/** The target is the report itself (a report named like its output): nothing written, the report kept. */
		SAME_FILE
	}

	/**
	 * What one export did. {@code target} is where the document went (or would have gone); {@code findings} are
	 * all of the report's findings, {@code errors} how many of them are errors.
	 */
	public record Result(Status status, Path source, Path target, List<Finding> findings, long errors) {
		public List<Finding> errorFindings() {
			return findings.stream().filter(Finding::isError).toList();
		}
	}

	private final ReportWorkspace workspace;
	private final OutputFormat format;
	private final DocumentRenderer renderer;

	/** An export into {@code format} with {@code renderer} (from {@link OutputFormat#renderer}), in {@code workspace}. */
	public ReportExport(ReportWorkspace workspace, OutputFormat format, DocumentRenderer renderer) {
		this.workspace = workspace;
		this.format = format;
		this.renderer = renderer;
	}

	/**
	 * Exports {@code report} into {@code folder} (null: beside the report), named after it with the format's
	 * extension. An existing target is replaced only when {@code replace} is set.
	 *
	 * @throws org.lawreport.core.io.SourceText.UnreadableException when the report's bytes are in no known encoding
	 * @throws IOException when the report cannot be read or the document cannot be written
	 */
	public Result export(Path report, Path folder, boolean force, boolean replace) throws IOException {
		Path target = targetOf(report, folder, format);
		if (Files.exists(target) && Files.isSameFile(target, report)) {
			return new Result(Status.SAME_FILE, report, target, List.of(), 0);
		}
		ReportWorkspace.Outcome outcome = workspace.validate(report);
		try {
			long errors = outcome.findings().stream().filter(Finding::isError).count();
			if (outcome.report() == null) {
				return new Result(Status.UNPARSED, report, target, outcome.findings(), errors);
			}
			if (errors > 0 && !force) {
				return new Result(Status.REFUSED, report, target, outcome.findings(), errors);
			}
			if (!replace && Files.exists(target)) {
				return new Result(Status.EXISTS, report, target, outcome.findings(), errors);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			renderer.render(DocumentBuilder.build(outcome.report()), bytes);
			AtomicFiles.write(target, bytes.toByteArray());
			return new Result(Status.WRITTEN, report, target, outcome.findings(), errors);
		} finally {
			workspace.release(outcome);
		}
	}

	/** Where an export writes {@code report}: in {@code folder} (null: beside it), named after it. */
	public static Path targetOf(Path report, Path folder, OutputFormat format) {
		return (folder != null ? folder : report.toAbsolutePath().getParent()).resolve(baseName(report) + "." + format.extension());
	}

	/** A file's name without its extension. */
	public static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
