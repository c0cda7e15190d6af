package org.lawreport.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lawreport.core.io.AtomicFiles;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ParallelValidation;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.review.DeadlineStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.ReportSummaries;
import org.lawreport.review.Review;
import org.lawreport.review.format.ReviewFormat;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lawreport review}: one row per report and the totals, as a table, page, spreadsheet or SARIF log. */
@Command(name = "review", mixinStandardHelpOptions = true,
		resourceBundle = Texts.BUNDLE)
final class ReviewCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|html|csv|xlsx|sarif",
			descriptionKey = "review.format")
	ReviewFormat format;

	@Option(names = "--out", paramLabel = "FILE",
			descriptionKey = "review.out")
	Path outFile;

	@Option(names = "--force", descriptionKey = "review.force")
	boolean force;

	@Mixin
	ValidationOptions options;

	@Parameters(arity = "1..*", paramLabel = "PATH", descriptionKey = "review.paths")
	List<Path> paths;

	@Override
	public Integer call() throws InterruptedException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs inputs = CommandInputs.collect(paths, err);
		if (inputs.files().isEmpty()) {
			if (!inputs.unreadable()) {
				err.println(Texts.text("input.noReports", paths));
			}
			return Main.USAGE;
		}
		Path target = outFile;
		if (target == null && format != ReviewFormat.text) {
			target = Path.of(Texts.text("review.defaultFile", format.extension()));
		}
		if (target != null && Files.exists(target) && !force) {
			err.println(Texts.text("review.exists", target));
			return Main.USAGE;
		}
		List<Path> templates = ReportWorkspace.templateFiles(inputs.files());
		List<Path> reports = inputs.files().stream().filter(f -> !templates.contains(f)).toList();
		ParallelValidation validation;
		try {
			validation = options.start(paths, templates, reports.size());
		} catch (ProfileException e) {
			err.println(e.getMessage());
			return Main.USAGE;
		}
		List<ReportRow> rows = new ArrayList<>(reports.size());
		try (validation; Progress progress = Progress.start(Texts.text("progress.review"), reports.size(), false)) {
			validation.run(reports, ReportSummaries::summarise, result -> {
				progress.step();
				rows.add(result.failed() ? failedRow(result) : result.summary());
			});
		}
		Review review = new Review(rows, options.choice == null ? null : options.choice.describe(validation.profileName()), ZonedDateTime.now());
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
			format.write(review, bytes);
			if (target == null) {
				out.print(bytes.toString(StandardCharsets.UTF_8));
				out.flush();
			} else {
				AtomicFiles.write(target, bytes.toByteArray());
				err.println(Texts.text("review.written", target));
			}
		} catch (IOException e) {
			err.println(Texts.text("review.failed", target == null ? "" : " " + target, e.getMessage()));
			Debug.explain(err, e);
			return Main.USAGE;
		}
		err.println(Texts.text("review.summary", rows.size(), review.blocking().size(), review.late(),
				review.overall().count(Finding.Level.ERROR), review.overall().count(Finding.Level.WARNING), review.overall().waived(),
				options.choice == null ? "" : Texts.text("review.summaryProfile", review.profile())));
		if (inputs.unreadable() || rows.stream().anyMatch(r -> r.failure() != null)) {
			return Main.USAGE; // the review is written, with the unreadable files as rows of their own
		}
		boolean fails = rows.stream().flatMap(r -> r.findings().stream()).anyMatch(options.failOn::fails);
		return fails ? Main.FINDINGS : Main.OK;
	}

	private static ReportRow failedRow(ParallelValidation.Result<ReportRow> result) {
		return new ReportRow(result.file().toString(), null, null, null, null, null, DeadlineStatus.UNKNOWN, null, List.of(),
				List.of(ValidateCommand.unreadable(result.file(), result.failure(), result.line(), result.column())),
				result.failure());
	}
}
