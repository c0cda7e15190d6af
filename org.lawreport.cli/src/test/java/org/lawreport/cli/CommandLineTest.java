package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.cli.Main;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The reviewer's command line: exit codes, output formats, bad input, and files that are never harmed. */
class CommandLineTest {

	@TempDir
	Path dir;

	record Result(int exit, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(exit, out.toString(), err.toString());
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	private static final String CLEAN = TestSupport.HEADER + TestSupport.ALL_PARTS;

	@Test
	void cleanReportExitsZero() throws IOException {
		Path file = write("ok.lawreport", CLEAN);
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.err());
		assertEquals("", r.out());
	}

	@Test
	void errorsExitOneWithFileLineColumnCodeAndChineseMessage() throws IOException {
		Path file = write("bad.lawreport", CLEAN.replace("\t段 \"继续深化改革。\"\n", ""));
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit());
		assertTrue(r.out().startsWith(file + ":14:1: 错误 LR-PART-EMPTY 第四部分"), r.out());
		assertTrue(r.out().contains("（依据：《法治政府建设与责任落实督察工作规定》第二十五条第（四）项）"), r.out());
	}

	@Test
	void jsonHasTheDocumentedFields() throws IOException {
		Path file = write("bad.lawreport", CLEAN.replace("2025年1月20日", "2025年01月20日"));
		Result r = run("validate", "--format", "json", file.toString());
		assertEquals(1, r.exit());
		JsonArray array = JsonParser.parseString(r.out()).getAsJsonArray();
		JsonObject finding = array.get(0).getAsJsonObject();
		assertEquals(file.toString(), finding.get("file").getAsString());
		assertEquals(7, finding.get("line").getAsInt());
		assertEquals(12, finding.get("column").getAsInt());
		assertEquals(7, finding.get("endLine").getAsInt());
		assertEquals("error", finding.get("severity").getAsString());
		assertEquals("LR-DATE-FORM", finding.get("code").getAsString());
		assertTrue(finding.get("message").getAsString().contains("月、日前多了“0”"));
	}

	@Test
	void folderIsSearchedRecursivelyAndTemplatesInItAreUsed() throws IOException {
		Files.createDirectories(dir.resolve("区县/部门"));
		write("区县/profile.lawreport", "模板 本市部门 继承 法治政府建设年度报告\n截止 部门 次年 1月15日\n");
		write("区县/部门/a.lawreport", CLEAN.replace("依据 法治政府建设年度报告", "依据 本市部门"));
		write("区县/部门/readme.txt", "not a report");
		Result r = run("validate", dir.toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertTrue(r.out().contains("LR-DEADLINE"), "written 1月20日, profile deadline 1月15日: " + r.out());
		assertTrue(r.err().contains("共校验 2 个文件"), r.err());
	}

	@Test
	void missingPathExitsTwoInChinese() {
		Result r = run("validate", dir.resolve("nowhere.lawreport").toString());
		assertEquals(2, r.exit());
		assertTrue(r.err().contains("找不到文件或文件夹"), r.err());
	}

	@Test
	void unknownOptionIsAUsageError() {
		Result r = run("validate", "--colour", "x.lawreport");
		assertEquals(2, r.exit());
		assertTrue(r.err().startsWith("用法错误：未知选项"), r.err());
	}

	@Test
	void syntaxErrorHasLineAndColumnAndNoStackTrace() throws IOException {
		Path file = write("syntax.lawreport", TestSupport.HEADER + "部分 举措成效 \"标题\n");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit());
		assertTrue(r.out().contains(file + ":8:"), r.out());
		assertTrue(r.out().contains("LR-SYNTAX 语法错误"), r.out());
		assertFalse((r.out() + r.err()).contains("Exception"), r.out() + r.err());
	}

	@Test
	void gb18030FileIsReadAndTheEncodingNamed() throws IOException {
		Path file = dir.resolve("gbk.lawreport");
		Files.write(file, CLEAN.getBytes(Charset.forName("GB18030")));
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.out());
		assertTrue(r.out().contains(file + ":1:1: 警告 LR-FILE-ENCODING") && r.out().contains("GB18030"), r.out());
	}

	@Test
	void byteOrderMarkIsIgnored() throws IOException {
		Path file = dir.resolve("bom.lawreport");
		byte[] body = CLEAN.getBytes(StandardCharsets.UTF_8);
		byte[] bytes = new byte[body.length + 3];
		bytes[0] = (byte) 0xEF;
		bytes[1] = (byte) 0xBB;
		bytes[2] = (byte) 0xBF;
		System.arraycopy(body, 0, bytes, 3, body.length);
		Files.write(file, bytes);
		Result r = run("validate", file.toString());
		assertEquals(0, r.exit(), r.out());
		assertTrue(r.out().contains("LR-FILE-BOM"), r.out());
	}

	@Test
	void emptyFileIsAnError() throws IOException {
		Path file = write("empty.lawreport", "");
		Result r = run("validate", file.toString());
		assertEquals(1, r.exit());
		assertTrue(r.out().contains(file + ":1:1: 错误 LR-FILE-EMPTY 文件是空的"), r.out());
	}

	@Test
	void bytesThatAreNoKnownEncodingExitTwoWithLocation() throws IOException {
		Path file = dir.resolve("binary.lawreport");
		Files.write(file, new byte[] { 'a', '\n', 'b', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80 });
		Result r = run("validate", file.toString());
		assertEquals(2, r.exit());
		assertTrue(r.err().contains(file + ":2:2: 无法识别文件编码"), r.err());
	}

	@Test
	void generateWritesTextAndLeavesTheSourceUntouched() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		byte[] before = Files.readAllBytes(file);
		Path out = dir.resolve("out");
		Result r = run("generate", "--format", "txt", "--out", out.toString(), file.toString());
		assertEquals(0, r.exit(), r.err());
		String text = Files.readString(out.resolve("r.txt"));
		assertTrue(text.startsWith("某市某局2024年法治政府建设年度报告\n"), text);
		assertTrue(text.contains("\u3000\u3000四、2025年度推进法治政府建设的主要安排\n"), text);
		assertArrayEquals(before, Files.readAllBytes(file));
		assertTrue(Files.getPosixFilePermissions(out.resolve("r.txt")).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ),
				"a generated document is readable by others, not private like a temporary file");
		try (Stream<Path> leftovers = Files.list(out)) {
			assertEquals(1, leftovers.count(), "no temporary files left behind");
		}
	}

	@Test
	@UsesExternalPrograms
	void generateWritesEveryFormatAndNamesTheFontSubstitutions() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Path out = dir.resolve("out");
		for (String format : List.of("docx", "pdf", "html", "txt")) {
			Result r = run("generate", "--format", format, "--out", out.toString(), file.toString());
			assertEquals(0, r.exit(), format + ": " + r.err());
			assertTrue(Files.size(out.resolve("r." + format)) > 300, format);
			if (format.equals("pdf")) {
				assertTrue(r.err().contains("正文字体："), "the PDF generator says which font stands in for 仿宋: " + r.err());
			}
		}
		try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("r.pdf").toFile())) {
			assertTrue(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("四、2025年度推进法治政府建设的主要安排"));
		}
		try (var docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(out.resolve("r.docx")))) {
			assertTrue(docx.getParagraphs().stream().anyMatch(p -> p.getText().equals("四、2025年度推进法治政府建设的主要安排")));
		}
		assertTrue(Files.readString(out.resolve("r.html")).contains("<span class=\"number\">四、</span>2025年度推进法治政府建设的主要安排"));
		try (Stream<Path> files = Files.list(out)) {
			assertEquals(4, files.count(), "one output per format, no temporary files left");
		}
	}

	@Test
	void unknownFormatIsAUsageError() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Result r = run("generate", "--format", "odt", file.toString());
		assertEquals(2, r.exit());
		assertTrue(r.err().contains("用法错误"), r.err());
	}

	@Test
	void generateRefusesAReportWithErrorsUnlessForced() throws IOException {
		Path file = write("r.lawreport", CLEAN.replace("\t段 \"继续深化改革。\"\n", ""));
		Path out = dir.resolve("out");
		Result refused = run("generate", "--format", "txt", "--out", out.toString(), file.toString());
		assertEquals(1, refused.exit());
		assertTrue(refused.err().contains("LR-PART-EMPTY"), refused.err());
		assertFalse(Files.exists(out.resolve("r.txt")));
		Result forced = run("generate", "--format", "txt", "--force", "--out", out.toString(), file.toString());
		assertEquals(0, forced.exit(), forced.err());
		assertTrue(Files.exists(out.resolve("r.txt")));
		assertTrue(forced.err().contains("r.lawreport: 注意：报告有 1 个错误，已按 --force 生成"), forced.err());
		Result clean = run("generate", "--format", "txt", "--force", "--out", dir.resolve("clean").toString(),
				write("c.lawreport", CLEAN).toString());
		assertFalse(clean.err().contains("注意"), "a report without errors is generated without a notice: " + clean.err());
	}

	@Test
	void generateNeverOverwritesAFileItWasNotToldTo() throws IOException {
		Path file = write("r.lawreport", CLEAN);
		Path existing = write("r.txt", "原始文本");
		Result r = run("generate", "--format", "txt", file.toString());
		assertEquals(1, r.exit());
		assertEquals("原始文本", Files.readString(existing));
		assertTrue(r.err().contains("不会覆盖"), r.err());
	}
}
