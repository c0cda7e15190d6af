package org.lawreport.dsl.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.generator.DocumentRenderer;
import org.lawreport.dsl.generator.OutputFormat;
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
		description = "生成公文：每个输入生成一个同名输出文件（先写临时文件再改名，失败不会留下半个文件）。有错误的报告不生成，除非使用 --force。",
		optionListHeading = "%n选项：%n", parameterListHeading = "%n参数：%n", synopsisHeading = "用法：")
final class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Option(names = "--format", required = true, paramLabel = "docx|pdf|html|txt",
			description = "输出格式：docx（WPS/Word）、pdf（发布）、html（网站）、txt（纯文本）。")
	OutputFormat format;

	@Option(names = "--out", paramLabel = "DIR", description = "输出文件夹（默认：与输入文件相同，且不覆盖已有文件）。")
	Path out;

	@Option(names = "--force", description = "即使报告有错误也生成。")
	boolean force;

	@Option(names = "--fonts", paramLabel = "FILE",
			description = "PDF 字体配置文件（properties：body/title/hei/kai/page-number = 字体文件路径[#字体名]）。"
					+ "默认依次查找 LAWREPORT_FONTS 环境变量、~/.config/lawreport/fonts.properties，再使用系统中的开源替代字体。")
	Path fonts;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = "报告文件或文件夹。")
	List<Path> inputs;

	/** Created once per run: the PDF renderer loads its fonts once for all documents. */
	private DocumentRenderer renderer;

	@Override
	public Integer call() {
		try {
			return generate();
		} finally {
			if (renderer instanceof AutoCloseable closeable) {
				try {
					closeable.close();
				} catch (Exception e) {
					spec.commandLine().getErr().println("关闭字体文件时出错：" + e.getMessage());
				}
			}
		}
	}

	private int generate() {
		var stdout = spec.commandLine().getOut();
		var err = spec.commandLine().getErr();
		CommandInputs collected = CommandInputs.collect(inputs, err);
		boolean unreadable = collected.unreadable();
		Set<String> notes = new LinkedHashSet<>();
		try {
			renderer = format.renderer(fonts, notes::add);
		} catch (IOException | RuntimeException e) {
			err.println("无法生成 " + format.extension() + "：" + e.getMessage());
			return Main.USAGE;
		}
		int shownNotes = printNewNotes(notes, 0, err);
		ReportWorkspace workspace = new ReportWorkspace();
		workspace.loadTemplates(collected.files());
		boolean refused = false;
		for (Path file : collected.files()) {
			try {
				ReportWorkspace.Outcome outcome = workspace.validate(file);
				if (outcome.report() == null) {
					FindingFormat.text.print(outcome.findings(), err);
					refused = true;
					continue;
				}
				if (outcome.hasErrors() && !force) {
					refused = true;
					err.println(file + ": 有错误，未生成（使用 --force 可强制生成）：");
					FindingFormat.text.print(outcome.findings().stream().filter(Finding::isError).toList(), err);
					workspace.release(outcome);
					continue;
				}
				Path target = (out != null ? out : file.toAbsolutePath().getParent())
						.resolve(baseName(file) + "." + format.extension());
				if (out == null && Files.exists(target)) {
					refused = true;
					err.println(file + ": 未生成：" + target + " 已存在，不会覆盖。请用 --out 指定输出文件夹。");
					workspace.release(outcome);
					continue;
				}
				ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
				renderer.render(DocumentBuilder.build(outcome.report()), bytes);
				AtomicFiles.write(target, bytes.toByteArray());
				stdout.println("已生成 " + target);
				shownNotes = printNewNotes(notes, shownNotes, err);
				workspace.release(outcome);
			} catch (SourceText.UnreadableException e) {
				err.println(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
				unreadable = true;
			} catch (IOException e) {
				err.println(file + ": 无法生成：" + e.getMessage());
				unreadable = true;
			}
		}
		if (unreadable) {
			return Main.USAGE;
		}
		return refused ? Main.FINDINGS : Main.OK;
	}

	/** Font substitutions are found while rendering too (a character the chosen face lacks): say each once. */
	private static int printNewNotes(Set<String> notes, int alreadyShown, java.io.PrintWriter err) {
		notes.stream().skip(alreadyShown).forEach(err::println);
		return notes.size();
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}
}
