package org.lawreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.lawreport.core.io.AtomicFiles;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.Importer;
import org.lawreport.importer.source.UnreadableSourceException;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lawreport import}: turns last year's report (text, Word .docx, a saved web page) into a {@code .lawreport}
 * named after it, validates the result, and prints the import report: what was dropped, normalised or guessed, the
 * original's defects, and the validator's findings, each at its line of the original.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
		resourceBundle = Texts.BUNDLE)
final class ImportCommand implements Callable<Integer> {

	enum ReportFormat {
		text, json
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--out", paramLabel = "DIR", descriptionKey = "import.out")
	Path out;

	@Option(names = "--format", defaultValue = "text", descriptionKey = "import.format")
	ReportFormat format;

	@Option(names = "--force", descriptionKey = "import.force")
	boolean force;

	@Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "import.files")
	List<Path> inputs;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		ReportWorkspace workspace = new ReportWorkspace(LanguageStartup.injector());
		Importer importer = new Importer(workspace.injector());
		JsonArray json = new JsonArray();
		boolean failed = false;
		boolean errors = false;
		for (Path input : inputs) {
			Outcome outcome = importOne(input, importer, workspace);
			failed |= outcome.failure != null;
			errors |= outcome.entries.stream().anyMatch(ImportNote::isError);
			if (format == ReportFormat.json) {
				json.add(outcome.toJson());
			} else {
				outcome.print(stdout, err);
			}
		}
		if (format == ReportFormat.json) {
			stdout.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(json));
		}
		stdout.flush();
		if (failed) {
			return Main.USAGE;
		}
		return errors ? Main.FINDINGS : Main.OK;
	}

	private Outcome importOne(Path input, Importer importer, ReportWorkspace workspace) {
		Outcome outcome = new Outcome(input);
		ImportResult result;
		try {
			result = importer.importFile(input);
		} catch (NoSuchFileException e) {
			return outcome.failed(Texts.text("import.notFound"), 0, 0);
		} catch (UnreadableSourceException e) {
			return outcome.failed(e.getMessage(), e.line(), e.column()).because(e);
		} catch (IOException e) {
			return outcome.failed(Texts.text("import.unreadable", e.getMessage()), 0, 0).because(e);
		}
		outcome.result = result;
		outcome.entries.addAll(result.notes());
		if (result.draft().parts().isEmpty() && result.draft().opening().isEmpty()) {
			return outcome.failed(Texts.text("import.nothing"), 0, 0);
		}
		Path target = (out != null ? out : input.toAbsolutePath().getParent()).resolve(baseName(input) + ".lawreport");
		outcome.target = target;
		try {
			if (Files.exists(target) && Files.isSameFile(target, input)) {
				return outcome.failed(Texts.text("import.sameFile", target), 0, 0);
			}
			if (Files.exists(target) && !force) {
				return outcome.failed(Texts.text("import.exists", target), 0, 0);
			}
			AtomicFiles.write(target, result.lawreport().getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			return outcome.failed(Texts.text("import.cannotWrite", target, e.getMessage()), 0, 0).because(e);
		}
		outcome.written = true;
		try {
			ReportWorkspace.Outcome validated = workspace.validate(target);
			outcome.entries.addAll(result.findingNotes(validated.findings()));
			workspace.release(validated);
		} catch (IOException e) {
			return outcome.failed(Texts.text("import.cannotValidate", target, e.getMessage()), 0, 0).because(e);
		}
		outcome.entries.sort(Comparator.comparingInt(ImportNote::line));
		return outcome;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

	/** What happened to one input. */
	private static final class Outcome {
		final Path input;
		final List<ImportNote> entries = new ArrayList<>();
		ImportResult result;
		Path target;
		boolean written;
		String failure;
		int failureLine;
		int failureColumn;
		Throwable cause;

		Outcome(Path input) {
			this.input = input;
		}

		Outcome failed(String message, int line, int column) {
			failure = message;
			failureLine = line;
			failureColumn = column;
			return this;
		}

		/** The exception behind the failure, shown under --debug. */
		Outcome because(Throwable behind) {
			cause = behind;
			return this;
		}

		void print(PrintWriter out, PrintWriter err) {
			if (result != null) {
				out.println(Texts.text("import.heading", input, result.source().kind().chinese(), result.source().encoding(),
						written ? Texts.text("import.writtenTo", target) : Texts.text("import.notWritten")));
				for (ImportNote n : entries) {
					out.println(input + (n.line() > 0 ? ":" + n.line() : "") + ": " + n.severity().chinese() + " " + n.code()
							+ " [" + n.category().chinese() + "] " + n.message());
				}
				out.println(input + ": " + summary());
			}
			if (failure != null) {
				err.println(input + (failureLine > 0 ? ":" + failureLine + (failureColumn > 0 ? ":" + failureColumn : "") : "")
						+ ": " + failure);
				Debug.explain(err, cause);
			}
		}

		String summary() {
			StringBuilder s = new StringBuilder();
			for (ImportNote.Category c : ImportNote.Category.values()) {
				if (c == ImportNote.Category.FINDING) {
					continue;
				}
				long n = entries.stream().filter(e -> e.category() == c).count();
				s.append(s.length() == 0 ? "" : "，").append(Texts.text("import.count", c.chinese(), n));
			}
			long errors = count(ImportNote.Category.FINDING, Finding.Level.ERROR);
			long warnings = count(ImportNote.Category.FINDING, Finding.Level.WARNING);
			long infos = count(ImportNote.Category.FINDING, Finding.Level.INFO);
			s.append(Texts.text("import.validation", errors, warnings, infos));
			return s.toString();
		}

		private long count(ImportNote.Category category, Finding.Level level) {
			return entries.stream().filter(e -> e.category() == category && e.severity() == level).count();
		}

		JsonObject toJson() {
			JsonObject o = new JsonObject();
			o.addProperty("source", input.toString());
			if (result != null) {
				o.addProperty("kind", result.source().kind().name().toLowerCase(Locale.ROOT));
				o.addProperty("encoding", result.source().encoding());
			}
			o.addProperty("output", target == null ? null : target.toString());
			o.addProperty("written", written);
			if (failure != null) {
				JsonObject f = new JsonObject();
				f.addProperty("message", failure);
				f.addProperty("line", failureLine);
				f.addProperty("column", failureColumn);
				o.add("failure", f);
			}
			JsonArray array = new JsonArray();
			for (ImportNote n : entries) {
				JsonObject e = new JsonObject();
				e.addProperty("line", n.line());
				e.addProperty("severity", n.severity().name().toLowerCase(Locale.ROOT));
				e.addProperty("category", n.category().name().toLowerCase(Locale.ROOT));
				e.addProperty("code", n.code());
				e.addProperty("message", n.message());
				array.add(e);
			}
			o.add("entries", array);
			return o;
		}
	}
}
