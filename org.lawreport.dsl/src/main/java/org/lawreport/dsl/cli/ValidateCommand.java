package org.lawreport.dsl.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.lawreport.dsl.io.SourceText;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lawreport validate}: findings for files and folders of reports. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "校验报告：文件或文件夹（递归查找 *.lawreport）。退出码：0 无错误，1 有错误，2 用法错误或文件无法读取。",
		optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：")
final class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", defaultValue = "text", description = "输出格式：text 或 json（默认 text）。")
	FindingFormat format;

	@Parameters(arity = "1..*", paramLabel = "PATH", description = "报告文件或文件夹。")
	List<Path> paths;

	@Override
	public Integer call() {
		var out = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		List<Finding> all = new ArrayList<>();
		CommandInputs inputs = CommandInputs.collect(paths, err);
		List<Path> files = inputs.files();
		boolean unreadable = inputs.unreadable();
		if (files.isEmpty() && !unreadable) {
			err.println("没有找到 .lawreport 文件：" + paths);
			return Main.USAGE;
		}
		ReportWorkspace workspace = new ReportWorkspace();
		workspace.loadTemplates(files);
		for (Path file : files) {
			try {
				ReportWorkspace.Outcome outcome = workspace.validate(file);
				all.addAll(outcome.findings());
				workspace.release(outcome);
			} catch (SourceText.UnreadableException e) {
				err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
				unreadable = true;
			} catch (IOException e) {
				err.println(file + ": 无法读取：" + e.getMessage());
				unreadable = true;
			}
		}
		format.print(all, out);
		long errors = all.stream().filter(Finding::isError).count();
		if (format == FindingFormat.text) {
			long warnings = all.stream().filter(f -> f.severity() == Finding.Level.WARNING).count();
			long infos = all.size() - errors - warnings;
			err.println("共校验 " + files.size() + " 个文件：错误 " + errors + "，警告 " + warnings + "，提示 " + infos + "。");
		}
		out.flush();
		if (unreadable) {
			return Main.USAGE;
		}
		return errors > 0 ? Main.FINDINGS : Main.OK;
	}
}
