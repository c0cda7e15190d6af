package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.importer.source.SourceReader;
import org.lawreport.importer.source.UnreadableSourceException;

/**
 * Hostile originals given to the importer: a Word file that reaches for outside files (XXE) or names parts outside
 * itself (zip slip) or has ten thousand parts, and web pages nested a thousand deep or of 50 MB. Each is imported
 * or refused in one Chinese sentence; nothing is read or written outside. Rows of ROBUSTNESS.md's table.
 */
class HostileSourceTest {

	@TempDir
	Path dir;

	private static byte[] docxWith(String extraName, byte[] extraBytes, String documentXmlPrefix, int extraParts) throws IOException {
		byte[] docx = ImportFixtures.docx(List.of("一、总体情况", "正文。"), n -> 0);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry e; (e = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(e.getName()));
				byte[] content = in.readAllBytes();
				if (documentXmlPrefix != null && e.getName().equals("word/document.xml")) {
					String xml = new String(content, StandardCharsets.UTF_8);
					int declEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
					content = (xml.substring(0, declEnd) + documentXmlPrefix + xml.substring(declEnd)).replace("正文。", "正文&xxe;。")
							.getBytes(StandardCharsets.UTF_8);
				}
				zip.write(content);
				zip.closeEntry();
			}
			if (extraName != null) {
				zip.putNextEntry(new ZipEntry(extraName));
				zip.write(extraBytes);
				zip.closeEntry();
			}
			for (int i = 0; i < extraParts; i++) {
				zip.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
				zip.write("<a/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	@Test
	void aWordFileThatReachesForAnOutsideFileNeverReadsIt() throws IOException {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "机密内容ABC");
		String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
		Outcome outcome = importOrRefuse("xxe.docx", docxWith(null, null, doctype, 0));
		assertFalse(outcome.text().contains("机密内容"), outcome.text());
	}

	@Test
	void aWordFileWithAPartNamedOutsideItselfWritesNothingThere() throws IOException {
		byte[] docx = docxWith("../../逃逸.txt", "x".getBytes(StandardCharsets.UTF_8), null, 0);
		ImportResult result = ImportFixtures.importBytes("slip.docx", docx);
		assertTrue(result.lawreport().contains("正文"), result.lawreport());
		assertFalse(Files.exists(dir.resolve("../../逃逸.txt").normalize()));
		assertFalse(Files.exists(Path.of("..", "..", "逃逸.txt")));
	}

	@Test
	void aWordFileOfTenThousandPartsIsImportedOrRefusedInChinese() throws IOException {
		Outcome outcome = importOrRefuse("many.docx", docxWith(null, null, null, 10_000));
		assertTrue(outcome.refusal() != null || outcome.text().contains("正文"), outcome.text());
		System.out.println("10,000 parts: " + (outcome.refusal() != null ? outcome.refusal() : "imported"));
	}

	@Test
	void aWebPageNestedAThousandDeepIsImported() {
		String page = "<html><body>" + "<div>".repeat(1000) + "<p>一、总体情况</p><p>正文。</p>" + "</div>".repeat(1000) + "</body></html>";
		ImportResult result = ImportFixtures.importBytes("deep.html", page.getBytes(StandardCharsets.UTF_8));
		assertTrue(result.lawreport().contains("正文"), result.lawreport());
	}

	@Test
	void scriptsInAWebPageNeverBecomeReportText() {
		String page = "<html><body><script>document.write('注入的文字')</script><p>一、总体情况</p><p>正文。</p>"
				+ "<style>p{color:red}</style></body></html>";
		ImportResult result = ImportFixtures.importBytes("script.html", page.getBytes(StandardCharsets.UTF_8));
		assertFalse(result.lawreport().contains("注入的文字") || result.lawreport().contains("color"), result.lawreport());
	}

	@Test
	@Tag("slow") // 15–30 s: left out of ./run-tests --quick
	void aFiftyMegabyteWebPageIsImportedOrRefusedInChinese() {
		StringBuilder page = new StringBuilder("<html><body><p>一、总体情况</p>");
		String paragraph = "<p>全年依法行政，推进法治政府建设各项工作取得新进展。</p>\n";
		while (page.length() * 3L < 50L * 1024 * 1024) {
			page.append(paragraph);
		}
		page.append("</body></html>");
		Outcome outcome = importOrRefuse("big.html", page.toString().getBytes(StandardCharsets.UTF_8));
		assertTrue(outcome.refusal() != null || outcome.text().contains("依法行政"), outcome.text());
	}

	/** An import: the LawReport text, or the refusal (a Chinese sentence) when the original cannot be read. */
	private record Outcome(String text, String refusal) {
	}

	private static Outcome importOrRefuse(String name, byte[] bytes) {
		try {
			return new Outcome(ImportFixtures.IMPORTER.importDocument(SourceReader.read(Path.of(name), bytes)).lawreport(), null);
		} catch (UnreadableSourceException refused) {
			String message = refused.getMessage();
			assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
			assertFalse(message.contains("Exception"), message);
			return new Outcome("", message);
		}
	}
}
