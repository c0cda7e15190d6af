package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.cli.Main;
import org.lawreport.importer.ImportFixtures;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code lawreport import}: exit codes 0/1/2, the import report on standard output and nothing else, no file
 * overwritten without --force, the original never touched, GB18030 originals, JSON.
 */
class ImportCommandTest {

	@TempDir
	Path dir;

	record Result(int exit, String out, String err) {
	}

	/** Runs the command line in this JVM; anything printed past its writers (System.out/err) fails the test. */
	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		PrintStream systemOut = System.out;
		PrintStream systemErr = System.err;
		ByteArrayOutputStream stray = new ByteArrayOutputStream();
		int exit;
		try {
			System.setOut(new PrintStream(stray, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(stray, true, StandardCharsets.UTF_8));
			exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		} finally {
			System.setOut(systemOut);
			System.setErr(systemErr);
		}
		assertEquals("", stray.toString(StandardCharsets.UTF_8), "printed outside the import report");
		return new Result(exit, out.toString(), err.toString());
	}

	private Path copySeed(String seed, String name) throws IOException {
		Path file = dir.resolve(name);
		Files.copy(ImportFixtures.seed(seed, ".txt"), file);
		return file;
	}

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void cleanReportIsImportedWithExitZero() throws IOException {
		Path file = write("clean.txt", ImportFixtures.resource("clean-report.txt"));
		Path out = dir.resolve("out");
		Result r = run("import", "--out", out.toString(), file.toString());
		assertEquals(0, r.exit(), r.out() + r.err());
		assertEquals("", r.err());
		Path target = out.resolve("clean.lawreport");
		assertTrue(Files.isRegularFile(target));
		assertTrue(r.out().startsWith("导入 " + file + "（纯文本，UTF-8） → " + target + "\n"), r.out());
		for (String line : r.out().split("\n")) {
			assertTrue(line.startsWith("导入 ") || line.startsWith(file.toString()), "not a report line: " + line);
		}
		assertTrue(r.out().contains(file + ":3: 提示 IMP-PART [推断] 第一部分“2024年度推进法治政府建设的主要举措和成效”"), r.out());
		assertTrue(Files.readString(target).startsWith("报告 依据 法治政府建设年度报告\n\n标题 \"某市某局关于2024年度法治政府建设情况的报告\"\n"));
	}

	/** A corrupt DOCX: one Chinese sentence; the library's own words and the stack trace only under --debug. */
	@Test
	void theLibrarysTextFollowsTheChineseSentenceOnlyUnderDebug() throws IOException {
		Path docx = dir.resolve("坏的.docx");
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(docx))) {
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		Result plain = run("import", "--out", dir.resolve("out").toString(), docx.toString());
		assertEquals(2, plain.exit());
		assertTrue(plain.err().startsWith(docx + ": ") && plain.err().contains("Word 文档"), plain.err());
		assertFalse(plain.err().contains("调试信息") || plain.err().contains("\tat ") || plain.err().contains("Exception"), plain.err());

		Result debug = run("--debug", "import", "--out", dir.resolve("out").toString(), docx.toString());
		assertEquals(2, debug.exit());
		assertTrue(debug.err().startsWith(docx + ": "), "the Chinese sentence comes first: " + debug.err());
		assertTrue(debug.err().contains("调试信息（--debug）：") && debug.err().contains("\tat org.apache.poi"), debug.err());
		Result after = run("import", "--out", dir.resolve("out").toString(), docx.toString());
		assertFalse(after.err().contains("调试信息"), "--debug of one run does not carry over to the next: " + after.err());
	}

	/** Issue 18 (3, 4): near misses of stated numbers and sections of work grouped as a guess, as the user reads them. */
	@Test
	void nearMissesAndGroupedSectionsAreInTheImportReportWithTheirLines() throws IOException {
		Path file = write("achievements.txt", """
				某市某局2024年法治政府建设年度报告
				一、加强党的领导，压实法治建设责任
				受理复议申请9件，办结6件，办结率66%。
				二、深化“放管服”改革
				共受理申请1000件，其中网上受理600件，窗口受理395件。
				三、存在的不足和原因
				基层执法力量不足。
				""");
		Path out = dir.resolve("out");
		Result r = run("import", "--out", out.toString(), file.toString());
		assertTrue(r.out().contains(file + ":2: 警告 IMP-PART [推断] 第一至第二部分（“加强党的领导，压实法治建设责任”、“深化“放管服”改革”）"
				+ "的标题都是具体工作"), r.out());
		assertTrue(r.out().contains(file + ":3: 警告 IMP-RELATION [原文问题] 比例 66% 只在截断时成立：6件 / 9件 四舍五入为 67%"), r.out());
		assertTrue(r.out().contains(file + ":5: 警告 IMP-RELATION [原文问题] “其中”所列各项之和 600件 + 395件 = 995件，比总数 1000件 少 5件"),
				r.out());
		String imported = Files.readString(out.resolve("achievements.lawreport"));
		assertTrue(imported.contains("部分 举措成效 \"2024年度推进法治政府建设的主要举措和成效\"\n\t节 \"加强党的领导，压实法治建设责任\""), imported);
	}

	@Test
	void reportWithErrorFindingsIsImportedWithExitOne() throws IOException {
		Path file = copySeed("000", "wulong.txt");
		Result r = run("import", "--out", dir.resolve("out").toString(), file.toString());
		assertEquals(1, r.exit(), r.err());
		assertTrue(Files.exists(dir.resolve("out/wulong.lawreport")));
		// the validator's findings are placed at the line of the original: part 四 is line 15
		assertTrue(r.out().contains(file + ":15: 错误 LR-PART-EMPTY [校验] 第四部分“2025年推进法治政府建设的工作思路”只有标题"), r.out());
		assertTrue(r.out().contains(file + ":18: 提示 IMP-JUNK [删去] 删去网站链接列表：“国务院部门网站”"), r.out());
	}

	@Test
	void unreadableInputsExitTwoAndTheOthersAreStillImported() throws IOException {
		Path good = write("clean.txt", ImportFixtures.resource("clean-report.txt"));
		Path binary = dir.resolve("binary.txt");
		Files.write(binary, new byte[] { 'a', '\n', 'b', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80 });
		Path oldWord = write("old.doc", "not really a doc");
		Path missing = dir.resolve("nowhere.txt");
		Path out = dir.resolve("out");
		Result r = run("import", "--out", out.toString(), binary.toString(), good.toString(), oldWord.toString(), missing.toString());
		assertEquals(2, r.exit());
		assertTrue(r.err().contains(binary + ":2:2: 无法识别文件编码"), r.err());
		assertTrue(r.err().contains(oldWord + ": 旧版 Word（.doc）"), r.err());
		assertTrue(r.err().contains(missing + ": 找不到文件"), r.err());
		assertTrue(Files.exists(out.resolve("clean.lawreport")));
		assertFalse(Files.exists(out.resolve("binary.lawreport")));
	}

	@Test
	void anExistingFileIsOverwrittenOnlyWithForce() throws IOException {
		Path file = copySeed("003", "tongnan.txt");
		Path out = dir.resolve("out");
		assertEquals(1, run("import", "--out", out.toString(), file.toString()).exit());
		Path target = out.resolve("tongnan.lawreport");
		String imported = Files.readString(target);
		Files.writeString(target, "officer's edits");
		Result refused = run("import", "--out", out.toString(), file.toString());
		assertEquals(2, refused.exit());
		assertTrue(refused.err().contains("已存在，不会覆盖") && refused.err().contains("--force"), refused.err());
		assertEquals("officer's edits", Files.readString(target));
		Result forced = run("import", "--force", "--out", out.toString(), file.toString());
		assertEquals(1, forced.exit(), forced.err());
		assertEquals(imported, Files.readString(target));
	}

	@Test
	void theOriginalIsNeverModified() throws IOException {
		Path file = copySeed("003", "tongnan.txt");
		Files.setLastModifiedTime(file, FileTime.fromMillis(1_600_000_000_000L));
		byte[] before = Files.readAllBytes(file);
		run("import", "--force", file.toString());
		assertArrayEquals(before, Files.readAllBytes(file));
		assertEquals(FileTime.fromMillis(1_600_000_000_000L), Files.getLastModifiedTime(file));
		assertTrue(Files.exists(dir.resolve("tongnan.lawreport")));
		// an original named like its output is not replaced by it, even with --force
		Path lawreportNamed = write("report.lawreport", ImportFixtures.resource("clean-report.txt"));
		byte[] text = Files.readAllBytes(lawreportNamed);
		Result r = run("import", "--force", lawreportNamed.toString());
		assertEquals(2, r.exit());
		assertArrayEquals(text, Files.readAllBytes(lawreportNamed));
	}

	@Test
	void gb18030OriginalIsReadAndTheEncodingNamed() throws IOException {
		Path gb = dir.resolve("gb.txt");
		Files.write(gb, ImportFixtures.read(ImportFixtures.seed("003", ".txt")).getBytes(Charset.forName("GB18030")));
		Path utf = copySeed("003", "utf.txt");
		Path out = dir.resolve("out");
		Result r = run("import", "--out", out.toString(), gb.toString(), utf.toString());
		assertEquals(1, r.exit(), r.err());
		assertTrue(r.out().contains("导入 " + gb + "（纯文本，GB18030）"), r.out());
		assertTrue(r.out().contains(gb + ": 提示 IMP-ENCODING [规范] 原文按 GB18030 编码读取"), r.out());
		List<String> fromGb = Files.readAllLines(out.resolve("gb.lawreport"), StandardCharsets.UTF_8);
		List<String> fromUtf = Files.readAllLines(out.resolve("utf.lawreport"), StandardCharsets.UTF_8);
		assertEquals(fromUtf.stream().filter(l -> !l.startsWith("//")).toList(), fromGb.stream().filter(l -> !l.startsWith("//")).toList());
		assertTrue(fromGb.contains("签发人 \"黄西北\" 标识 \"签发：\""));
	}

	@Test
	void jsonReportHasOneObjectPerInput() throws IOException {
		Path file = copySeed("000", "wulong.txt");
		Path missing = dir.resolve("nowhere.txt");
		Result r = run("import", "--format", "json", "--out", dir.resolve("out").toString(), file.toString(), missing.toString());
		assertEquals(2, r.exit());
		JsonArray array = JsonParser.parseString(r.out()).getAsJsonArray();
		assertEquals(2, array.size());
		JsonObject imported = array.get(0).getAsJsonObject();
		assertEquals(file.toString(), imported.get("source").getAsString());
		assertEquals("text", imported.get("kind").getAsString());
		assertTrue(imported.get("written").getAsBoolean());
		assertEquals(dir.resolve("out/wulong.lawreport").toString(), imported.get("output").getAsString());
		JsonObject junk = null;
		for (JsonElement e : imported.getAsJsonArray("entries")) {
			JsonObject entry = e.getAsJsonObject();
			if (entry.get("code").getAsString().equals("IMP-JUNK") && entry.get("line").getAsInt() == 24) {
				junk = entry;
			}
		}
		assertEquals("dropped", junk.get("category").getAsString());
		assertEquals("info", junk.get("severity").getAsString());
		assertTrue(junk.get("message").getAsString().contains("版权所有"));
		JsonObject failed = array.get(1).getAsJsonObject();
		assertFalse(failed.get("written").getAsBoolean());
		assertTrue(failed.getAsJsonObject("failure").get("message").getAsString().contains("找不到文件"));
	}
}
