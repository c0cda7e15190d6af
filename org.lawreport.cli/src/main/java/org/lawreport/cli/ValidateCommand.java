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
		description = "校验报告：文件或文件夹（递归查找 *.lawreport）。退出码：0 通过，1 有错误（或 --fail-on 指定的级别），2 用法错误或文件无法读取。",
		optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", paramLabel = "text|json|sarif",
			description = "输出格式：text（每条一行）、json 或 sarif（SARIF 2.1.0，供代码扫描）。默认 text。")
	FindingFormat format;

	@Mixin
	ValidationOptions options;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹。")
	List<Path> paths;

	@Override
	public Integer call() throws InterruptedException {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs inputs = CommandInputs.collect(paths, err);
		List<Path> files = inputs.files();
		boolean[] unreadable = { inputs.unreadable() };
		if (files.isEmpty() && !unreadable[0]) {
			err.println("没有找到 .lawreport 文件：" + paths);
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
				Progress progress = Progress.start("校验", files.size(), format == FindingFormat.text && Progress.outputOnTerminal())) {
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
			err.println("审查口径：" + options.choice.describe(validation.profileName()));
		}
		err.println("共校验 " + files.size() + " 个文件：错误 " + counts[0] + "，警告 " + counts[1] + "，提示 " + counts[2]
				+ (counts[3] > 0 ? "，已豁免 " + counts[3] : "") + "。");
		if (unreadable[0]) {
			return Main.USAGE;
		}
		return fails[0] ? Main.FINDINGS : Main.OK;
	}

	/** The message of an unreadable file, as a finding of its own (for reviews). */
	static Finding unreadable(Path file, String message, int line, int column) {
		return new Finding(file.toString(), Math.max(1, line), Math.max(1, column), Math.max(1, line), Math.max(1, column) + 1,
				Finding.Level.ERROR, RuleCode.FILE_UNREADABLE.code(),
				Messages.message(RuleCode.FILE_UNREADABLE, message) + "（依据：" + Messages.clause(RuleCode.FILE_UNREADABLE) + "）");
	}
}
