package org.lawreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.lawreport.core.io.SourceText;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.export.ReportExport;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;

import com.google.inject.Injector;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lawreport generate}: renders each report; refuses a report with errors unless --force. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		resourceBundle = Texts.BUNDLE)
final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", required = true, paramLabel = "docx|pdf|html|txt",
			descriptionKey = "generate.format")
	OutputFormat format;

	@Option(names = "--out", paramLabel = "DIR", descriptionKey = "generate.out")
	Path out;

	@Option(names = "--force", descriptionKey = "generate.force")
	boolean force;

	@Option(names = "--fonts", paramLabel = "FILE",
			descriptionKey = "generate.fonts")
	Path fonts;

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "generate.files")
	List<Path> inputs;

	@Option(names = "--jobs", paramLabel = "N", descriptionKey = "generate.jobs")
	int jobs = Runtime.getRuntime().availableProcessors();

	/** What one file's generation printed, kept so that output appears in input order. */
	private record FileResult(List<String> out, List<String> err, int status) {
	}

	@Override
	public Integer call() {
		var stdout = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs collected = CommandInputs.collect(inputs, err);
		Set<String> notes = Collections.synchronizedSet(new LinkedHashSet<>());
		int threads = Math.max(1, Math.min(jobs, collected.files().size()));
		DocumentRenderer renderer;
		try {
			// one renderer for every thread: the PDF fonts are opened once and shared
			renderer = format.renderer(fonts, notes::add);
		} catch (IOException | RuntimeException e) {
			err.println(Texts.text("generate.cannot", format.extension(), e.getMessage()));
			Debug.explain(err, e);
			return Main.USAGE;
		}
		Injector injector = LanguageStartup.injector();
		// each thread has its own resource set
		ThreadLocal<Worker> worker = ThreadLocal.withInitial(() -> new Worker(injector, collected.files(), renderer));
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		int status = collected.unreadable() ? Main.USAGE : Main.OK;
		int shownNotes = 0;
		try {
			List<Future<FileResult>> results = new ArrayList<>();
			// a report named twice is generated once; two reports that would write one file: the second is not
			Set<Path> sources = new HashSet<>();
			Map<Path, Path> targets = new HashMap<>();
			for (Path file : collected.files()) {
				if (!sources.add(file.toAbsolutePath().normalize())) {
					continue;
				}
				Path target = ReportExport.targetOf(file, out, format).toAbsolutePath().normalize();
				Path first = targets.putIfAbsent(target, file);
				if (first != null) {
					results.add(CompletableFuture.completedFuture(new FileResult(List.of(),
							List.of(Texts.text("generate.sameTarget", file, first, target)), Main.USAGE)));
					continue;
				}
				results.add(pool.submit(() -> worker.get().generate(file)));
			}
			for (Future<FileResult> future : results) {
				FileResult result = future.get();
				result.out().forEach(stdout::println);
				result.err().forEach(err::println);
				shownNotes = printNewNotes(notes, shownNotes, err);
				status = Math.max(status, result.status());
			}
		} catch (ExecutionException e) {
			Throwable cause = e.getCause();
			err.println(Texts.text("generate.cannot", format.extension(), cause == null ? e : cause.getMessage()));
			Debug.explain(err, e);
			return Main.USAGE;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Main.USAGE;
		} finally {
			pool.shutdownNow();
			if (renderer instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				} catch (Exception e) {
					// fonts opened read-only: nothing to lose
				}
			}
		}
		printNewNotes(notes, shownNotes, err);
		return status;
	}

	/** One thread's export (its own workspace), with the renderer all threads share. */
	private final class Worker {
		private final ReportExport export;

		Worker(Injector injector, List<Path> files, DocumentRenderer renderer) {
			ReportWorkspace workspace = new ReportWorkspace(injector);
			workspace.loadTemplates(files);
			this.export = new ReportExport(workspace, format, renderer);
		}

		FileResult generate(Path file) {
			List<String> out = new ArrayList<>();
			List<String> err = new ArrayList<>();
			try {
				// without --out, next to the report and never over an existing file
				ReportExport.Result result = export.export(file, GenerateCommand.this.out, force, GenerateCommand.this.out != null);
				switch (result.status()) {
					case UNPARSED -> {
						err.add(findingsText(result.findings()));
						return new FileResult(out, err, Main.FINDINGS);
					}
					case REFUSED -> {
						err.add(Texts.text("generate.refused", file));
						err.add(findingsText(result.errorFindings()));
						return new FileResult(out, err, Main.FINDINGS);
					}
					case EXISTS -> {
						err.add(Texts.text("generate.exists", file, result.target()));
						return new FileResult(out, err, Main.FINDINGS);
					}
					case SAME_FILE -> {
						err.add(Texts.text("generate.sameFile", file, result.target()));
						return new FileResult(out, err, Main.USAGE);
					}
					case WRITTEN -> {
						out.add(Texts.text("generate.written", result.target()));
						if (result.errors() > 0) {
							// forced: say what was overridden, so that a forced document is never mistaken for a checked one
							err.add(Texts.text("generate.forced", file, result.errors()));
						}
						return new FileResult(out, err, Main.OK);
					}
					default -> throw new IllegalStateException(result.status().name());
				}
			} catch (SourceText.UnreadableException e) {
				err.add(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
				return new FileResult(out, err, Main.USAGE);
			} catch (IOException e) {
				err.add(Texts.text("generate.failed", file, e.getMessage()));
				if (Debug.enabled()) {
					java.io.StringWriter trace = new java.io.StringWriter();
					Debug.explain(new java.io.PrintWriter(trace), e);
					err.add(trace.toString().stripTrailing());
				}
				return new FileResult(out, err, Main.USAGE);
			}
		}
	}

	private static String findingsText(List<Finding> findings) {
		StringWriter text = new StringWriter();
		PrintWriter writer = new PrintWriter(text);
		FindingFormat.text.print(findings, writer);
		writer.flush();
		return text.toString().stripTrailing();
	}

	/** Font substitutions are found while rendering too (a character the chosen face lacks): say each once. */
	private static int printNewNotes(Set<String> notes, int alreadyShown, PrintWriter err) {
		notes.stream().skip(alreadyShown).forEach(err::println);
		return notes.size();
	}
}
