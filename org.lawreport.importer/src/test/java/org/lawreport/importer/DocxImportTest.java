package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.importer.Draft;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.source.SourceDocument;
import org.lawreport.importer.source.SourceKind;
import org.lawreport.importer.source.SourceReader;
import org.lawreport.importer.source.UnreadableSourceException;
import org.lawreport.testing.PublishedText;

/**
 * Word documents: one line per paragraph (numbered as paragraphs), heading levels from Word's heading styles when
 * the paragraph has one and from the numbering text otherwise, the Title style marking the title.
 */
class DocxImportTest {

	private static List<String> lines(String seed) {
		return ImportFixtures.read(ImportFixtures.seed(seed, ".txt")).lines().toList();
	}

	/** Seed 003 in Word: parts in 标题 1, the first part's sections in 标题 2, the rest numbered by text only. */
	private static byte[] seed003() {
		List<String> lines = lines("003");
		return ImportFixtures.docx(lines, n -> {
			String line = lines.get(n - 1);
			if (n == 9) {
				return -1;
			}
			if (line.matches("^[一二三四五六七八九十]+、.*")) {
				return 1;
			}
			if (n < 71 && line.matches("^[（(][一二三四五六七八九十]+[）)].*")) {
				return 2;
			}
			return 0;
		});
	}

	@Test
	void wordDocumentOfSeed003ImportsLikeItsText() {
		ImportResult fromWord = ImportFixtures.importBytes("003.docx", seed003());
		ImportResult fromText = ImportFixtures.importSeed("003");
		assertEquals(SourceKind.DOCX, fromWord.source().kind());
		String original = PublishedText.canonical(ImportFixtures.read(ImportFixtures.seed("003", ".txt")));
		SeedImportRoundTripTest.assertSameText(original, ImportFixtures.rendered(fromWord.lawreport()));
		String handWritten = ImportFixtures.read(ImportFixtures.seed("003", ".lawreport"));
		assertEquals(ImportFixtures.structuralCodes(handWritten), ImportFixtures.structuralCodes(fromWord.lawreport()));
		// the same report, apart from the comment naming the original
		assertEquals(withoutComments(fromText.lawreport()), withoutComments(fromWord.lawreport()));
		// paragraphs are numbered like the text's lines, so the report points at the same places
		assertEquals(List.of(19, 41, 69, 81, 95, 105, 109, 115),
				ImportFixtures.notes(fromWord, "IMP-LINE-JOIN").stream().map(ImportNote::line).toList());
	}

	@Test
	void traditionalSeedWithoutAnyStylesImportsFromItsNumbering() {
		ImportResult result = ImportFixtures.importBytes("001.docx", ImportFixtures.docx(lines("001"), n -> 0));
		String original = PublishedText.canonical(ImportFixtures.read(ImportFixtures.seed("001", ".txt")));
		SeedImportRoundTripTest.assertSameText(original, ImportFixtures.rendered(result.lawreport()));
		String handWritten = ImportFixtures.read(ImportFixtures.seed("001", ".lawreport"));
		assertEquals(ImportFixtures.structuralCodes(handWritten), ImportFixtures.structuralCodes(result.lawreport()));
	}

	@Test
	void headingStylesGiveTheLevelWhenTheTextHasNoNumber() {
		List<String> lines = List.of(
				"2024年度推进法治政府建设的主要举措和成效",
				"强化学习培训",
				"全年开展集中学习12次。",
				"规范行政执法",
				"全年评查案卷40卷。",
				"2024年度推进法治政府建设存在的不足和原因",
				"基层执法力量不足。");
		int[] styles = { 1, 2, 0, 2, 0, 1, 0 };
		ImportResult result = ImportFixtures.importBytes("styled.docx", ImportFixtures.docx(lines, n -> styles[n - 1]));
		List<Draft.Heading> parts = result.draft().parts();
		assertEquals(2, parts.size());
		assertEquals(List.of("强化学习培训", "规范行政执法"),
				parts.get(0).headings().stream().map(h -> h.title().plain()).toList());
		assertEquals(List.of(2, 2), parts.get(0).headings().stream().map(Draft.Heading::level).toList());
		assertEquals(List.of(1, 2, 4, 6), ImportFixtures.notes(result, "IMP-LEVEL").stream().map(ImportNote::line).toList());
		assertTrue(ImportFixtures.rendered(result.lawreport()).contains("一、2024年度推进法治政府建设的主要举措和成效（一）强化学习培训"),
				ImportFixtures.rendered(result.lawreport()));
	}

	@Test
	void styleAndNumberingThatDisagreeAreReportedAndTheStyleWins() {
		List<String> lines = List.of("一、2024年度推进法治政府建设的主要举措和成效", "1.强化学习培训", "全年开展集中学习12次。");
		ImportResult result = ImportFixtures.importBytes("mixed.docx", ImportFixtures.docx(lines, n -> n == 2 ? 2 : 0));
		assertEquals(2, result.draft().parts().get(0).headings().get(0).level());
		List<ImportNote> level = ImportFixtures.notes(result, "IMP-LEVEL");
		assertEquals(1, level.size());
		assertEquals(2, level.get(0).line());
		assertTrue(level.get(0).message().contains("“1.”"), level.get(0).message());
	}

	@Test
	void headingsNumberedByWordItselfAreReadWithTheirNumbers() {
		List<String> lines = List.of(
				"2024年度推进法治政府建设的主要举措和成效",
				"强化学习培训",
				"全年开展集中学习12次。",
				"规范行政执法",
				"严格执法程序。全年评查案卷40卷。",
				"2024年度推进法治政府建设存在的不足和原因",
				"基层执法力量不足。");
		int[] levels = { 0, 1, -1, 1, 2, 0, -1 };
		ImportResult result = ImportFixtures.importBytes("numbered.docx", ImportFixtures.docxWithWordNumbering(lines, levels));
		assertEquals(List.of("一、2024年度推进法治政府建设的主要举措和成效", "（一）强化学习培训", "全年开展集中学习12次。", "（二）规范行政执法",
				"1.严格执法程序。全年评查案卷40卷。", "二、2024年度推进法治政府建设存在的不足和原因", "基层执法力量不足。"),
				result.source().lines().stream().map(l -> l.text()).toList());
		assertEquals(List.of(1), ImportFixtures.notes(result, "IMP-WORD-NUMBERING").stream().map(ImportNote::line).toList());
		assertEquals(2, result.draft().parts().size());
		Draft.Heading rules = result.draft().parts().get(0).headings().get(1);
		assertEquals("规范行政执法", rules.title().plain());
		assertTrue(rules.headings().get(0).runIn());
		assertEquals("一、2024年度推进法治政府建设的主要举措和成效（一）强化学习培训全年开展集中学习12次。（二）规范行政执法1.严格执法程序。"
				+ "全年评查案卷40卷。二、2024年度推进法治政府建设存在的不足和原因基层执法力量不足。", ImportFixtures.rendered(result.lawreport()));
	}

	@Test
	void aDamagedWordFileCannotBeRead() {
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
				() -> SourceReader.read(Path.of("broken.docx"), "PK\u0003\u0004 not a zip".getBytes(StandardCharsets.ISO_8859_1)));
		assertChineseOnly(e.getMessage());
	}

	/** Hostile and broken Word files: one Chinese sentence each, never POI's English, its class names or settings. */
	@Test
	void anEmptyZipIsNotAWordDocument() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("readme.txt"));
			zip.write("这不是 Word 文档".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
				() -> SourceReader.read(Path.of("empty.docx"), bytes.toByteArray()));
		assertTrue(e.getMessage().startsWith("不是 Word 文档（.docx）"), e.getMessage());
		assertChineseOnly(e.getMessage());
	}

	@Test
	void aZipBombIsRefusedAsSuch() throws Exception {
		byte[] bomb = rewritten((name, in, zip) -> {
			if (!name.equals("word/document.xml")) {
				in.transferTo(zip);
				return;
			}
			// a paragraph of 300 MB of spaces: about 300 KB compressed
			String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			int at = xml.indexOf("</w:body>");
			zip.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
			byte[] spaces = new byte[1 << 20];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 300; i++) {
				zip.write(spaces);
			}
			zip.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
		});
		assertTrue(bomb.length < 2_000_000, "the bomb is small: " + bomb.length);
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class, () -> SourceReader.read(Path.of("bomb.docx"), bomb));
		assertTrue(e.getMessage().contains("压缩炸弹"), e.getMessage());
		assertChineseOnly(e.getMessage());
	}

	@Test
	void aPackageWithAnEmptyRelationshipsPartIsDamaged() throws Exception {
		byte[] noRelationships = rewritten((name, in, zip) -> {
			if (!name.equals("_rels/.rels")) {
				in.transferTo(zip);
			}
		});
		UnreadableSourceException e = assertThrows(UnreadableSourceException.class,
				() -> SourceReader.read(Path.of("norels.docx"), noRelationships));
		assertChineseOnly(e.getMessage());
	}

	/** Writes one entry of a Word file into the rewritten one (writing nothing leaves an empty entry). */
	private interface EntryWriter {
		void write(String name, InputStream in, ZipOutputStream zip) throws IOException;
	}

	/** A small Word file with each entry passed through {@code writer}. */
	private static byte[] rewritten(EntryWriter writer) throws IOException {
		byte[] docx = ImportFixtures.docx(List.of("一、总体情况", "正文。"), n -> 0);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx)); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (ZipEntry entry; (entry = in.getNextEntry()) != null;) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				writer.write(entry.getName(), in, zip);
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	/** A message for a user: Chinese, and none of the library's English (class names, settings, rule numbers). */
	private static void assertChineseOnly(String message) {
		assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), message);
		for (String internal : List.of("Exception", "IOUtils", "OOXML", "[M.", "poi", "Zip bomb", "ZipSecureFile")) {
			assertTrue(!message.contains(internal), "library text in: " + message);
		}
	}

	@Test
	void aWordFileIsRecognisedByItsContentWhateverItsName() throws Exception {
		SourceDocument document = SourceReader.read(Path.of("report.bin"), ImportFixtures.docx(List.of("一、总体情况", "正文。"), n -> 0));
		assertEquals(SourceKind.DOCX, document.kind());
		assertEquals(List.of("一、总体情况", "正文。"), document.lines().stream().map(l -> l.text()).toList());
	}

	private static String withoutComments(String lawreport) {
		return lawreport.lines().filter(l -> !l.startsWith("//")).reduce("", (a, b) -> a + b + "\n");
	}
}
