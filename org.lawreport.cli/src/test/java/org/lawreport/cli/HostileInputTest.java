package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.testing.TestSupport;

/**
 * Broken and hostile reports and output places, as a reviewer's command line meets them: each gives a Chinese
 * message naming the file (and line and column where there is one), the documented exit code, no stack trace, and
 * no file harmed. The rows of the bad-input table in ROBUSTNESS.md name these tests.
 */
class HostileInputTest {

	/** Java and library words a user must never read. */
	private static final Pattern LIBRARY = Pattern.compile("Exception|\\bat org\\.|\\bat java\\.|No space left|Permission denied|"
			+ "Cannot invoke|\\bnull\\b|StackOverflow|OutOfMemory");

	private static final String CLEAN = TestSupport.HEADER + TestSupport.ALL_PARTS;

	@TempDir
	Path dir;

	record Result(int exit, String out, String err) {
		String all() {
			return out + err;
		}
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		Result r = new Result(exit, out.toString(), err.toString());
		assertFalse(LIBRARY.matcher(r.all()).find(), () -> "library text shown to the user:\n" + r.all());
		return r;
	}

	private Path write(String name, byte[] bytes) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.write(file, bytes);
		return file;
	}

	private Path write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	// ---- encodings and line ends ----

	@Test
	void gb18030IsReadAndTheUserAskedToSaveAsUtf8() throws IOException {
		Path file = write("gb.lawreport", CLEAN.getBytes(Charset.forName("GB18030")));
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":1:1: 警告 LR-FILE-ENCODING 文件不是 UTF-8 编码，已按 GB18030 读取"), r.all());
	}

	@Test
	void big5IsNotTakenForUtf8AndTheUserIsToldTheEncoding() throws IOException {
		Path file = write("big5.lawreport", CLEAN.replace("某市某局", "臺北市某局").getBytes(Charset.forName("Big5")));
		Result r = run("validate", file.toString());
		assertTrue(r.exit() >= 1, r.all());
		assertTrue(r.out().contains(file + ":1:1:") && r.all().contains("UTF-8"), r.all());
	}

	@Test
	void utf16WithAByteOrderMarkIsRead() throws IOException {
		Path file = write("u16.lawreport", ("\uFEFF" + CLEAN).getBytes(StandardCharsets.UTF_16LE));
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.all());
		assertTrue(r.out().contains("已按 UTF-16LE 读取") && r.out().contains("LR-FILE-BOM"), r.all());
	}

	@Test
	void utf16WithoutAByteOrderMarkIsRefusedWithItsPlace() throws IOException {
		Path file = write("u16.lawreport", CLEAN.getBytes(StandardCharsets.UTF_16LE));
		Result r = run("validate", file.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.all().contains(file + ":1:1: 无法识别文件编码"), r.all());
	}

	@Test
	void nulBytesAreAnInvisibleCharacterWarningAtTheirPlace() throws IOException {
		Path file = write("nul.lawreport", CLEAN.replace("基层力量不足。", "基层\u0000\u0000力量不足。"));
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":11:") && r.out().contains("LR-TEXT-INVISIBLE") && r.out().contains("U+0000"), r.all());
	}

	@ParameterizedTest
	@ValueSource(strings = { "\r", "\r\n", "mixed" })
	void crOnlyAndMixedLineEndsCountLinesAsEditorsDo(String lineEnd) throws IOException {
		String broken = CLEAN.replace("\t段 \"继续深化改革。\"\n", "");
		String[] lines = broken.split("\n", -1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < lines.length; i++) {
			String end = !lineEnd.equals("mixed") ? lineEnd : i % 3 == 0 ? "\r\n" : i % 3 == 1 ? "\r" : "\n";
			text.append(lines[i]).append(i < lines.length - 1 ? end : "");
		}
		Path file = write("eol.lawreport", text.toString());
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(r.out().startsWith(file + ":14:1: 错误 LR-PART-EMPTY"), r.all());
	}

	// ---- numbers, rules, references ----

	@ParameterizedTest
	@ValueSource(strings = { "{1e400件}", "{99999999999万亿万亿件}", "{-0件件}", "{.件}" })
	void numbersOutOfRangeOrUnreadableAreFindingsAtTheFigure(String figure) throws IOException {
		Path file = write("n.lawreport", CLEAN.replace("{12件}", figure));
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(Pattern.compile(Pattern.quote(file + ":9:") + "\\d+: 错误 LR-(FIGURE|SYNTAX)").matcher(r.out()).find(), r.all());
	}

	@Test
	void aTinyPercentIsANumberLikeAnyOther() throws IOException {
		Path file = write("tiny.lawreport", CLEAN.replace("{12件}", "{0.000000001%}"));
		assertEquals(0, run("validate", file.toString()).exit());
	}

	@Test
	void aSelfReferringRuleIsCheckedNotLooped() throws IOException {
		Path file = write("self.lawreport", CLEAN.replace("全年办理事项{12件}。", "甲{甲=2件}乙{乙=3件}。") + "规则 环：甲 = 甲 + 乙\n");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":16:") && r.out().contains("LR-RULE-FAILED") && r.out().contains("应为 5件"), r.all());
	}

	@Test
	void divisionByZeroInARuleIsAFindingNamingIt() throws IOException {
		Path file = write("div.lawreport",
				CLEAN.replace("全年办理事项{12件}。", "甲{甲=2件}乙{乙=0件}丙{丙=1件}。") + "规则 除：丙 = 甲 / 乙\n");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":16:") && r.out().contains("LR-RULE-DIV-ZERO") && r.out().contains("除数为零"), r.all());
	}

	@Test
	void anUnknownFigureInARuleIsNamedWhereItIsWritten() throws IOException {
		Path file = write("ref.lawreport", CLEAN + "规则 未知：甲 = 乙\n");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":16:7: 错误 LR-LINK-FIGURE 本报告中没有名为“甲”的指标"), r.all());
	}

	@ParameterizedTest
	@ValueSource(strings = { "（", "(" })
	void tenThousandNestedBracketsAreASyntaxErrorWithItsPlace(String open) throws IOException {
		String close = open.equals("（") ? "）" : ")";
		Path file = write("deep.lawreport", CLEAN.replace("全年办理事项{12件}。", "甲{甲=2件}乙{乙=3件}。") + "规则 深：甲 = "
				+ open.repeat(10_000) + "乙" + close.repeat(10_000) + "\n");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(r.out().contains(file + ":16:110: 错误 LR-SYNTAX 语法错误：括号或结构嵌套过深，在第16行第110列已超过 100 层"), r.all());
	}

	@Test
	void aFileOverThirtyTwoMegabytesIsRefusedBeforeItIsRead() throws IOException {
		Path file = dir.resolve("huge.lawreport");
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
			channel.write(ByteBuffer.wrap(new byte[] { 'x' }), 100L * 1024 * 1024); // sparse: 100 MB
		}
		Result r = run("validate", file.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.all().contains(file + ":1:1: 文件太大（100 MB）"), r.all());
	}

	// ---- syntax errors at every level ----

	@ParameterizedTest
	@ValueSource(strings = { "报告 依据\n", "报告 依据 法治政府建设年度报告\n标题 某市\n", "报告 依据 法治政府建设年度报告\n部分 举措成效\n",
			"报告 依据 法治政府建设年度报告\n部分 举措成效 \"x\"\n\t段 \"未完\n", "报告 依据 法治政府建设年度报告\n段 \"{甲=\"\n",
			"报告 依据 法治政府建设年度报告\n规则 ：= /\n", "模板 甲 继承\n" })
	void syntaxErrorsAtEveryLevelAreChineseWithTheirPlace(String text) throws IOException {
		Path file = write("syntax.lawreport", text);
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit(), r.all());
		assertTrue(Pattern.compile(Pattern.quote(file.toString()) + ":\\d+:\\d+: 错误 LR-SYNTAX 语法错误").matcher(r.out()).find(),
				r.all());
	}

	// ---- text that looks like code ----

	@Test
	void markupAndPlaceholdersInReportTextStayLiteralInTextAndEscapedInHtml() throws IOException {
		String hostile = "<script>alert(1)</script>\\{\\{x\\}\\}$\\{y\\}%s%n";
		Path file = write("code.lawreport", CLEAN.replace("基层力量不足。", hostile + "基层力量不足。"));
		Path out = dir.resolve("out");
		assertEquals(0, run("generate", "--format", "txt", "--out", out.toString(), file.toString()).exit());
		assertEquals(0, run("generate", "--format", "html", "--out", out.toString(), file.toString()).exit());
		String text = Files.readString(out.resolve("code.txt"));
		assertTrue(text.contains("<script>alert(1)</script>{{x}}${y}%s%n基层力量不足。"), text);
		String html = Files.readString(out.resolve("code.html"));
		assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;{{x}}${y}%s%n") && !html.contains("<script"), html);
	}

	// ---- output places ----

	@Test
	void anOutputFolderThatIsAFileIsNamed() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Path notAFolder = write("afile", "keep");
		Result r = run("generate", "--format", "txt", "--out", notAFolder.toString(), file.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.err().contains("输出位置“" + notAFolder + "”不是文件夹"), r.all());
		assertEquals("keep", Files.readString(notAFolder));
	}

	@Test
	void anOutputNameThatIsAFolderIsNamed() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Files.createDirectories(dir.resolve("out/r.txt"));
		Result r = run("generate", "--format", "txt", "--out", dir.resolve("out").toString(), file.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.err().contains("是一个文件夹，不能写成文件"), r.all());
	}

	@Test
	void theSameReportNamedTwiceIsGeneratedOnce() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Result r = run("generate", "--format", "txt", "--out", dir.resolve("out").toString(), file.toString(), file.toString());
		assertEquals(0, r.exit(), r.all());
		assertEquals(1, r.out().lines().filter(l -> l.startsWith("已生成")).count(), r.all());
	}

	@Test
	void twoReportsThatWouldWriteOneFileNeverOverwriteEachOther() throws IOException {
		Path a = write("甲/r.lawreport", CLEAN);
		Path b = write("乙/r.lawreport", CLEAN.replace("基层力量不足。", "乙的不足。"));
		Path out = dir.resolve("out");
		Result r = run("generate", "--format", "txt", "--out", out.toString(), a.toString(), b.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.err().contains(b + ": 未生成：它与 " + a + " 会写到同一个文件"), r.all());
		assertTrue(Files.readString(out.resolve("r.txt")).contains("基层力量不足"), "the first report's document stays");
	}

	@Test
	void aReportNamedLikeItsOutputIsNeverOverwrittenByIt() throws IOException {
		Path file = write("report.txt", CLEAN);
		byte[] before = Files.readAllBytes(file);
		Result r = run("generate", "--format", "txt", "--out", dir.toString(), file.toString());
		assertEquals(2, r.exit(), r.all());
		assertTrue(r.err().contains("就是这份报告本身"), r.all());
		assertArrayEquals(before, Files.readAllBytes(file));
	}

	@Test
	void aReportWithAnotherExtensionIsStillReadAsAReport() throws IOException {
		Path file = write("report.txt", CLEAN);
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.all());
	}
}
