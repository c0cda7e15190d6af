package org.lawreport.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.validation.RuleCode;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ParallelValidation;
import org.lawreport.dsl.workspace.ReportWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lawreport validate}: findings for files and folders of reports, on all cores, printed as they come. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		resourceBundle = Texts.BUNDLE)
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
			descriptionKey = "validate.format")
	FindingFormat format;

	@Mixin
	ValidationOptions options;

	@Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "validate.paths")
	List<Path> paths;

	@Override
	public Integer call() throws InterruptedException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs inputs = CommandInputs.collect(paths, err);
		List<Path> files = inputs.files();
		boolean[] unreadable = { inputs.unreadable() };
		if (files.isEmpty() && !unreadable[0]) {
			err.println(Texts.text("input.noReports", paths));
			return Main.USAGE;
		}
		ParallelValidation validation;
		try {
			validation = options.start(paths, ReportWorkspace.templateFiles(files), files.size());
		} catch (ProfileException e) {
			err.println(e.getMessage());
			return Main.USAGE;
		}
		long[] counts = new long[4]; // errors, warnings, notes, waived
		boolean[] fails = { false };
		try (validation; FindingFormat.Sink sink = format.open(out);
				Progress progress = Progress.start(Texts.text("progress.validate"), files.size(), format == FindingFormat.text && Progress.outputOnTerminal())) {
			validation.run(files, ReportWorkspace.Outcome::findings, result -> {
				progress.step();
				if (result.failed()) {
					unreadable[0] = true;
					err.println(result.file() + ":" + Math.max(1, result.line()) + ":" + Math.max(1, result.column()) + ": "
							+ result.failure());
					return;
				}
				for (Finding f : result.summary()) {
					sink.add(f);
					counts[f.waived() ? 3 : f.severity().ordinal()]++;
					fails[0] |= options.failOn.fails(f);
				}
			});
		}
		if (options.choice != null) {
			err.println(Texts.text("profile.applied", options.choice.describe(validation.profileName())));
		}
		err.println(Texts.text("validate.summary", files.size(), counts[0], counts[1], counts[2],
				counts[3] > 0 ? Texts.text("validate.summaryWaived", counts[3]) : ""));
		if (unreadable[0]) {
			return Main.USAGE;
		}
		return fails[0] ? Main.FINDINGS : Main.OK;
	}

	/** The message of an unreadable file, as a finding of its own (for reviews). */
	static Finding unreadable(Path file, String message, int line, int column) {
		return new Finding(file.toString(), Math.max(1, line), Math.max(1, column), Math.max(1, line), Math.max(1, column) + 1,
				Finding.Level.ERROR, RuleCode.FILE_UNREADABLE.code(),
				Texts.text("validate.unreadable", Messages.message(RuleCode.FILE_UNREADABLE, message), Messages.clause(RuleCode.FILE_UNREADABLE)));
	}
}
