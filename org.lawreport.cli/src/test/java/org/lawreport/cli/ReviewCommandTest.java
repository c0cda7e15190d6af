package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.cli.Main;
import org.lawreport.testing.HeadlessChromium;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.testing.LibreOffice;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code lawreport review} and the CI side of {@code validate}, read back by independent tools. */
class ReviewCommandTest {

	record Result(int exit, String out, String err) {
	}

	static Result run(String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
		return new Result(exit, out.toString(), err.toString());
	}

	@TempDir
	Path dir;

	static Path seeds;

	@BeforeAll
	static void seedsFolder() {
		seeds = TestSupport.projectRoot().resolve("seeds");
	}

	/** Findings per file, counted from validate's JSON (the reference the review must agree with). */
	private static Map<String, int[]> countsByFile() {
		Result r = run("validate", "--format", "json", seeds.toString());
		Map<String, int[]> counts = new HashMap<>();
		for (JsonElement e : JsonParser.parseString(r.out()).getAsJsonArray()) {
			JsonObject o = e.getAsJsonObject();
			int[] c = counts.computeIfAbsent(o.get("file").getAsString(), k -> new int[2]);
			switch (o.get("severity").getAsString()) {
				case "error" -> c[0]++;
				case "warning" -> c[1]++;
				default -> {
				}
			}
		}
		return counts;
	}

	private static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"') {
				quoted = true;
			} else if (c == ',') {
				row.add(field.toString());
				field.setLength(0);
			} else if (c == '\n') {
				row.add(field.toString().replaceAll("\r$", ""));
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
			} else {
				field.append(c);
			}
		}
		return rows;
	}

	@Test
	void theTextReviewHasOneRowPerReportAndTheTotals() {
		Result r = run("review", seeds.toString());
		assertEquals(1, r.exit(), "the seeds have errors, so the review fails: " + r.err());
		assertTrue(r.out().contains("审查口径：各报告所依据的模板"), r.out());
		for (String issuer : List.of("重庆市武隆区政务服务管", "新余市行政審批局", "巴中市政务服务和大数据", "重庆市潼南区政务服务管", "重庆市江北区人民政府")) {
			assertTrue(r.out().contains(issuer), issuer + " missing in\n" + r.out());
		}
		assertTrue(r.out().contains("按检查项：") && r.out().contains("LR-PART-MISSING") == r.out().contains("缺少必备部分"), r.out());
		assertTrue(r.out().contains("不能通过的报告（有错误）：5 份"), r.out());
		assertTrue(r.err().contains("共审查 5 份报告"), r.err());
	}

	@Test
	void theCsvAgreesWithTheValidatorAndShowsEachPartsStatus() throws IOException {
		Path csv = dir.resolve("审查.csv");
		Result r = run("review", "--format", "csv", "--out", csv.toString(), seeds.toString());
		assertEquals(1, r.exit(), r.err());
		byte[] bytes = Files.readAllBytes(csv);
		assertEquals((byte) 0xEF, bytes[0], "UTF-8 byte order mark for Excel/WPS");
		List<List<String>> rows = parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
		List<String> header = rows.get(0);
		assertEquals(6, rows.size());
		int errors = header.indexOf("错误");
		int warnings = header.indexOf("警告");
		int nested = header.indexOf("不足原因（必备）");
		int other = header.indexOf("其他（可选）");
		int onTime = header.indexOf("是否按期");
		int file = header.indexOf("文件");
		assertTrue(errors > 0 && nested > 0 && other > 0 && onTime > 0, header.toString());
		Map<String, int[]> reference = countsByFile();
		for (List<String> row : rows.subList(1, rows.size())) {
			int[] expected = reference.getOrDefault(row.get(file), new int[2]);
			assertEquals(String.valueOf(expected[0]), row.get(errors), row.get(file));
			assertEquals(String.valueOf(expected[1]), row.get(warnings), row.get(file));
			assertEquals("缺", row.get(other), "no seed has the optional part 其他: " + row.get(file));
		}
		List<String> wulong = rows.stream().filter(row -> row.get(file).contains("000_")).findFirst().orElseThrow();
		assertEquals("错位", wulong.get(nested), "seed 000 writes its shortcomings inside another part");
		assertEquals("空", wulong.get(header.indexOf("下年安排（必备）")), "seed 000's plan part has only its heading");
		assertEquals("按期", wulong.get(onTime));
		List<String> xinyu = rows.stream().filter(row -> row.get(file).contains("001_")).findFirst().orElseThrow();
		assertEquals("无法判断", xinyu.get(onTime), "seed 001 has no 成文日期");
	}

	@Test
	@UsesExternalPrograms
	void theWorkbookReadsBackInPoiAndInLibreOffice() throws Exception {
		Path xlsx = dir.resolve("审查.xlsx");
		assertEquals(1, run("review", "--format", "xlsx", "--out", xlsx.toString(), seeds.toString()).exit());
		try (XSSFWorkbook book = new XSSFWorkbook(new FileInputStream(xlsx.toFile()))) {
			assertEquals(List.of("报告", "发现", "检查项", "发文机关", "说明"),
					List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3), book.getSheetName(4)));
			Sheet reports = book.getSheet("报告");
			assertEquals(5, reports.getLastRowNum());
			int total = countsByFile().values().stream().mapToInt(c -> c[0] + c[1]).sum();
			Sheet findings = book.getSheet("发现");
			long counted = 0;
			for (int i = 1; i <= findings.getLastRowNum(); i++) {
				String severity = findings.getRow(i).getCell(3).getStringCellValue();
				if (severity.equals("错误") || severity.equals("警告")) {
					counted++;
				}
			}
			assertEquals(total, counted, "every error and warning is on the findings sheet");
		}
		// LibreOffice Calc as an independent reader: every sheet to CSV
		Path out = Files.createDirectories(dir.resolve("lo"));
		Process p = new ProcessBuilder(LibreOffice.executable().toString(),
				"-env:UserInstallation=" + dir.resolve("lo-profile-" + UUID.randomUUID()).toUri(), "--headless", "--norestore",
				"--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir",
				out.toString(), xlsx.toString()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(p.waitFor(300, TimeUnit.SECONDS), "LibreOffice did not finish");
		Path sheet;
		try (Stream<Path> files = Files.list(out)) {
			sheet = files.filter(f -> f.getFileName().toString().contains("报告")).findFirst()
					.orElseThrow(() -> new AssertionError("LibreOffice wrote no sheet 报告: " + log));
		}
		List<List<String>> rows = parseCsv(Files.readString(sheet, StandardCharsets.UTF_8));
		assertEquals(6, rows.size(), rows.toString());
		assertEquals("发文机关", rows.get(0).get(0));
		assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("新余市行政審批局")), rows.toString());
	}

	@Test
	@UsesExternalPrograms
	void theHtmlPageSortsInABrowserAndLinksEachFindingToItsLine() throws Exception {
		Path html = dir.resolve("审查.html");
		assertEquals(1, run("review", "--format", "html", "--out", html.toString(), seeds.toString()).exit());
		String page = Files.readString(html, StandardCharsets.UTF_8);
		assertFalse(page.contains("<script src") || page.contains("<link "), "self-contained");
		Matcher link = Pattern.compile("href=\"(file:[^\"]*003_0db46809fcd894a2\\.lawreport)#L(\\d+)\"").matcher(page);
		assertTrue(link.find(), "findings link to file and line");
		// sorted by errors, descending, by the page's own script in Chromium
		int errorsColumn = 6 + 5;
		String dom = HeadlessChromium.run(html.toUri() + "#sort=" + errorsColumn + ":desc", "--dump-dom", "--virtual-time-budget=3000");
		assertTrue(dom.contains("data-sorted=\"" + errorsColumn + ":desc\""), "the script sorted the table");
		Matcher cell = Pattern.compile("<tr[^>]*>(?:<td[^>]*>.*?</td>){" + errorsColumn + "}<td[^>]*>(\\d+)</td>").matcher(dom);
		List<Integer> errors = new ArrayList<>();
		while (cell.find()) {
			errors.add(Integer.parseInt(cell.group(1)));
		}
		assertEquals(5, errors.size(), "five report rows");
		List<Integer> sorted = new ArrayList<>(errors);
		sorted.sort((a, b) -> b - a);
		assertEquals(sorted, errors);
		assertEquals(6, errors.get(0), "seed 000 has the most errors");
		assertTrue(dom.contains("id=\"chart-rules\"") && dom.contains("<rect class=\"error\""), "the chart is drawn");

		Path shot = dir.resolve("review.png");
		HeadlessChromium.run(html, "--screenshot=" + shot, "--window-size=1400,1000");
		assertTrue(Files.size(shot) > 20_000, "a screenshot with content");
	}

	@Test
	@UsesExternalPrograms
	void sarifFromValidateAndReviewPassesTheSarifMultitool() throws Exception {
		Path validateLog = dir.resolve("validate.sarif");
		Result v = run("validate", "--format", "sarif", seeds.toString());
		assertEquals(1, v.exit());
		Files.writeString(validateLog, v.out(), StandardCharsets.UTF_8);
		JsonObject run = JsonParser.parseString(v.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
		JsonArray results = run.getAsJsonArray("results");
		int total = countsByFile().values().stream().mapToInt(c -> c[0] + c[1]).sum();
		long errorsAndWarnings = 0;
		for (JsonElement e : results) {
			String level = e.getAsJsonObject().get("level").getAsString();
			if (level.equals("error") || level.equals("warning")) {
				errorsAndWarnings++;
			}
		}
		assertEquals(total, errorsAndWarnings);
		JsonObject first = results.get(0).getAsJsonObject();
		JsonObject location = first.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
		assertTrue(location.getAsJsonObject("artifactLocation").get("uri").getAsString().endsWith(".lawreport"));
		assertTrue(location.getAsJsonObject("region").get("startLine").getAsInt() >= 1);

		Path reviewLog = dir.resolve("review.sarif");
		assertEquals(1, run("review", "--format", "sarif", "--out", reviewLog.toString(), seeds.toString()).exit());
		for (Path log : List.of(validateLog, reviewLog)) {
			assertEquals(List.of(), SarifMultitool.schemaViolations(Files.readString(log, StandardCharsets.UTF_8)));
			SarifMultitool.Result checked = SarifMultitool.validate(log);
			assertTrue(checked.console().contains("1 files scanned"), checked.console());
			assertFalse(checked.console().contains(": error "), checked.console());
			assertEquals(0, checked.exit(), checked.console());
		}
		// the schema check does judge: a line number that is not a number, a level SARIF does not have
		String broken = v.out().replaceFirst("\"startLine\": \\d+", "\"startLine\": \"x\"").replaceFirst("\"level\": \"error\"",
				"\"level\": \"fatal\"");
		assertEquals(2, SarifMultitool.schemaViolations(broken).size(), SarifMultitool.schemaViolations(broken).toString());
	}

	@Test
	void failOnDecidesTheExitCodeForCiGates() throws IOException {
		Path warningOnly = dir.resolve("warning.lawreport");
		Files.writeString(warningOnly, TestSupport.HEADER + TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年办理事项{12件},群众满意。"),
				StandardCharsets.UTF_8);
		assertEquals(0, run("validate", warningOnly.toString()).exit());
		assertEquals(1, run("validate", "--fail-on", "warning", warningOnly.toString()).exit());
		assertEquals(1, run("review", "--fail-on", "warning", warningOnly.toString()).exit());
		assertEquals(0, run("review", warningOnly.toString()).exit());
		assertEquals(0, run("validate", "--fail-on", "none", seeds.toString()).exit());
		Result bad = run("validate", "--fail-on", "sometimes", warningOnly.toString());
		assertEquals(2, bad.exit());
		assertTrue(bad.err().startsWith("用法错误："), bad.err());
	}

	@Test
	void waivedFindingsAreListedNotDroppedAndDoNotFail() throws IOException {
		Path report = dir.resolve("waived.lawreport");
		Files.writeString(report, TestSupport.HEADER + TestSupport.ALL_PARTS.replace("\t段 \"全年办理事项{12件}。\"",
				"\t// 豁免 LR-PUNCT-HALFWIDTH：照录上级文件原文\n\t段 \"全年办理事项{12件},群众满意。\""), StandardCharsets.UTF_8);
		Result validate = run("validate", "--fail-on", "warning", report.toString());
		assertEquals(0, validate.exit(), validate.out());
		assertTrue(validate.out().contains("已豁免（警告） LR-PUNCT-HALFWIDTH") && validate.out().contains("豁免理由：照录上级文件原文"),
				validate.out());
		assertTrue(validate.err().contains("已豁免 1"), validate.err());
		Result review = run("review", report.toString());
		assertTrue(review.out().contains("已豁免的发现（须复核）：1 条") && review.out().contains("照录上级文件原文"), review.out());
		Result sarif = run("validate", "--format", "sarif", report.toString());
		JsonObject result = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results").get(0).getAsJsonObject();
		assertEquals("照录上级文件原文", result.getAsJsonArray("suppressions").get(0).getAsJsonObject().get("justification").getAsString());
	}

	@Test
	void theProjectFileChoosesTheProfileAndTheReviewSaysSo() throws IOException {
		Files.writeString(dir.resolve("样例市.lawreport"), TestSupport.CITY_PROFILE, StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("lawreport.properties"), "profile=样例市.lawreport\n", StandardCharsets.UTF_8);
		Path districts = Files.createDirectories(dir.resolve("各区"));
		Files.writeString(districts.resolve("东湖区.lawreport"),
				TestSupport.HEADER.replace("2025年1月20日", "2025年3月15日") + TestSupport.ALL_PARTS, StandardCharsets.UTF_8);
		Result r = run("review", districts.toString());
		assertTrue(r.out().contains("审查口径：样例市审查口径") && r.out().contains("lawreport.properties"), r.out());
		assertTrue(r.out().contains("逾期") && r.out().contains("重大决策"), r.out());
		Result explicit = run("review", "--profile", "法治政府建设年度报告", districts.toString());
		assertTrue(explicit.out().contains("审查口径：法治政府建设年度报告"), explicit.out());
		assertFalse(explicit.out().contains("重大决策"), explicit.out());
		Result missing = run("review", "--profile", dir.resolve("没有.lawreport").toString(), districts.toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err().contains("找不到审查口径文件"), missing.err());
	}

	@Test
	void anUnreadableFileIsARowWithItsLocationAndTheRunExitsTwo() throws IOException {
		Path folder = Files.createDirectories(dir.resolve("reports"));
		Files.writeString(folder.resolve("good.lawreport"), TestSupport.HEADER + TestSupport.ALL_PARTS, StandardCharsets.UTF_8);
		Path binary = folder.resolve("binary.lawreport");
		Files.write(binary, new byte[] { 'a', '\n', 'b', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x80 });
		Path csv = dir.resolve("review.csv");
		Result r = run("review", "--format", "csv", "--out", csv.toString(), folder.toString());
		assertEquals(2, r.exit(), r.err());
		List<List<String>> rows = parseCsv(Files.readString(csv, StandardCharsets.UTF_8).substring(1));
		assertEquals(3, rows.size(), "both files are rows");
		int first = rows.get(0).indexOf("最严重的发现一");
		List<String> broken = rows.stream().filter(row -> row.get(row.size() - 1).endsWith("binary.lawreport")).findFirst().orElseThrow();
		assertTrue(broken.get(first).startsWith(binary + ":2:2 错误 LR-FILE-UNREADABLE"), broken.get(first));
		assertTrue(broken.get(first).contains("无法识别文件编码"), broken.get(first));
	}

	@Test
	void anExistingOutputIsNeverOverwrittenWithoutForce() throws IOException {
		Path csv = dir.resolve("old.csv");
		Files.writeString(csv, "keep me", StandardCharsets.UTF_8);
		Result r = run("review", "--format", "csv", "--out", csv.toString(), seeds.toString());
		assertEquals(2, r.exit());
		assertTrue(r.err().contains("已存在，不会覆盖"), r.err());
		assertEquals("keep me", Files.readString(csv, StandardCharsets.UTF_8));
		assertEquals(1, run("review", "--format", "csv", "--force", "--out", csv.toString(), seeds.toString()).exit());
		assertTrue(Files.readString(csv, StandardCharsets.UTF_8).contains("发文机关"));
	}
}
