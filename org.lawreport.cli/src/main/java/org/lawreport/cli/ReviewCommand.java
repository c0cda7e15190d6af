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
		description = { "审查多份报告：每份报告一行（发文机关、层级、年度、成文日期与是否按期、各部分有/空/缺/错位、错误与警告数、最严重的三条发现），",
				"以及按检查项、严重性、发文机关的合计，不能通过的报告和已豁免的发现。",
				"退出码：0 全部通过，1 有报告不能通过（或 --fail-on 指定的级别），2 用法错误或文件无法读取。" },
		optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：")
final class ReviewCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|html|csv|xlsx|sarif",
			description = "输出格式：text（终端表格，默认）、html（可排序的网页，含图表）、csv、xlsx（Excel/WPS 表格）、sarif（SARIF 2.1.0）。")
	ReviewFormat format;

	@Option(names = "--out", paramLabel = "FILE",
			description = "输出文件（先写临时文件再改名）。text 默认输出到终端；html、csv、xlsx、sarif 默认写 审查结果.<扩展名>。")
	Path outFile;

	@Option(names = "--force", description = "覆盖已存在的输出文件。")
	boolean force;

	@Mixin
	ValidationOptions options;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹（递归查找 *.lawreport）。")
	List<Path> paths;

	@Override
	public Integer call() throws InterruptedException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs inputs = CommandInputs.collect(paths, err);
		if (inputs.files().isEmpty()) {
			if (!inputs.unreadable()) {
				err.println("没有找到 .lawreport 文件：" + paths);
			}
			return Main.USAGE;
		}
		Path target = outFile;
		if (target == null && format != ReviewFormat.text) {
			target = Path.of("审查结果." + format.extension());
		}
		if (target != null && Files.exists(target) && !force) {
			err.println(target + " 已存在，不会覆盖。请用 --out 指定其他文件，或加 --force。");
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
		try (validation; Progress progress = Progress.start("审查", reports.size(), false)) {
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
				err.println("已写出审查结果 " + target);
			}
		} catch (IOException e) {
			err.println("无法写出审查结果" + (target == null ? "" : " " + target) + "：" + e.getMessage());
			return Main.USAGE;
		}
		err.println("共审查 " + rows.size() + " 份报告：不能通过 " + review.blocking().size() + " 份，逾期 " + review.late() + " 份；"
				+ "错误 " + review.overall().count(Finding.Level.ERROR) + "，警告 "
				+ review.overall().count(Finding.Level.WARNING) + "，已豁免 "
				+ review.overall().waived() + "。" + (options.choice == null ? "" : "审查口径：" + review.profile() + "。"));
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
