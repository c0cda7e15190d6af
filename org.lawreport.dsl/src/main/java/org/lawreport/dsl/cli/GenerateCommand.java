package org.lawreport.dsl.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.generator.PlainTextGenerator;
import org.lawreport.dsl.io.AtomicFiles;
import org.lawreport.dsl.io.SourceText;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code lawreport generate}: renders each report; refuses a report with errors unless --force. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "生成报告文本：每个输入生成一个同名输出文件（先写临时文件再改名，不会留下半个文件）。有错误的报告不生成，除非使用 --force。",
		optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：")
final class GenerateCommand implements Callable<Integer> {

	enum OutputFormat {
		txt
	}

	@Spec
	CommandSpec spec;

	@Option(names = "--format", required = true, description = "输出格式：txt。")
	OutputFormat format;

	@Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：与输入文件相同）。")
	Path out;

	@Option(names = "--force", description = "即使报告有错误也生成。")
	boolean force;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件或文件夹。")
	List<Path> inputs;

	@Override
	public Integer call() {
		var stdout = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs collected = CommandInputs.collect(inputs, err);
		List<Path> files = collected.files();
		boolean unreadable = collected.unreadable();
		ReportWorkspace workspace = new ReportWorkspace();
		workspace.loadTemplates(files);
		boolean refused = false;
		for (Path file : files) {
			try {
				ReportWorkspace.Outcome outcome = workspace.validate(file);
				if (outcome.report() == null) {
					continue;
				}
				if (outcome.hasErrors() && !force) {
					refused = true;
					err.println(file + ": 有错误，未生成（使用 --force 可强制生成）：");
					FindingFormat.text.print(outcome.findings().stream().filter(Finding::isError).toList(), err);
					workspace.release(outcome);
					continue;
				}
				String text = PlainTextGenerator.render(DocumentBuilder.build(outcome.report()));
				Path target = (out != null ? out : file.toAbsolutePath().getParent()).resolve(baseName(file) + ".txt");
				if (out == null && java.nio.file.Files.exists(target)) {
					refused = true;
					err.println(file + ": 未生成：" + target + " 已存在，不会覆盖。请用 --out 指定输出文件夹。");
					workspace.release(outcome);
					continue;
				}
				AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
				stdout.println("已生成 " + target);
				workspace.release(outcome);
			} catch (SourceText.UnreadableException e) {
				err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
				unreadable = true;
			} catch (IOException e) {
				err.println(file + ": 无法写出：" + e.getMessage());
				unreadable = true;
			}
		}
		if (unreadable) {
			return Main.USAGE;
		}
		return refused ? Main.FINDINGS : Main.OK;
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
