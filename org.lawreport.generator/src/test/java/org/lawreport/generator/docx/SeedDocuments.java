package org.lawreport.generator.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.testing.TestSupport;
import org.lawreport.generator.docx.DocxGenerator;

/** The seeds (and variants of them) as laid-out documents, and their DOCX. */
final class SeedDocuments {

	static final String[] SEEDS = { "000", "001", "002", "003", "004" };

	/** Metadata that gives a report a 版记 (抄送, 印发机关, 印发日期). */
	static final String VERSION_RECORD = """
			抄送机关 "市委依法治市办，市司法局"
			印发机关 "重庆市某区政务服务管理办公室"
			印发日期 "2025年1月23日"
			""";

	private SeedDocuments() {
	}

	static Path seedFile(String prefix) throws IOException {
		try (var files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix + "_") && p.toString().endsWith(".lawreport"))
					.findFirst().orElseThrow(() -> new IllegalStateException("no seed " + prefix));
		}
	}

	static String seedText(String prefix) throws IOException {
		return Files.readString(seedFile(prefix), StandardCharsets.UTF_8);
	}

	static OfficialDocument seed(String prefix) throws IOException {
		return parse(seedText(prefix));
	}

	/** The seed with extra metadata lines put right after its first line (where metadata belongs). */
	static OfficialDocument seedWith(String prefix, String metadata) throws IOException {
		String text = seedText(prefix);
		int firstLineEnd = text.indexOf('\n') + 1;
		return parse(text.substring(0, firstLineEnd) + metadata + text.substring(firstLineEnd));
	}

	/**
	 * A report with the test header (its title takes page 1's first line, a blank line follows), a 版记, and
	 * {@code paragraphs} one-line paragraphs; the 署名 and 成文日期 add three lines (one blank).
	 */
	static OfficialDocument oneLineParagraphs(int paragraphs) {
		return parse(TestSupport.HEADER + VERSION_RECORD + "段 \"正文。\"\n".repeat(paragraphs));
	}

	static OfficialDocument parse(String text) {
		return DocumentBuilder.build(TestSupport.report(text));
	}

	static byte[] docx(OfficialDocument document) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new DocxGenerator().render(document, out);
		return out.toByteArray();
	}

	static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}
}
