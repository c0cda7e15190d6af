package org.lawreport.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lawreport.generator.pdf.PdfTestSupport.MM;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.generator.pdf.PdfTestSupport.PageRead;
import org.lawreport.generator.pdf.PdfTestSupport.TextLineRead;
import org.lawreport.generator.PlainTextGenerator;

/**
 * The PDF as a file: metadata, fonts as poppler's pdffonts reports them, the red 版头 of seed 003, characters
 * that copy out wrong in careless PDFs, and the 版记 on an even page without a page number.
 */
@UsesExternalPrograms
class PdfDocumentTest {

	@Test
	void metadataNamesTitleAuthorAndLanguage() throws IOException {
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf("003"))) {
			PDDocumentInformation info = doc.getDocumentInformation();
			assertEquals("重庆市潼南区政务服务管理办公室 关于2020年度法治政府建设情况的报告", info.getTitle());
			assertEquals("重庆市潼南区政务服务管理办公室", info.getAuthor());
			assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
		}
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf("000"))) {
			assertNull(doc.getDocumentInformation().getTitle(), "seed 000 has no title");
			assertEquals("重庆市武隆区政务服务管理办公室", doc.getDocumentInformation().getAuthor());
			assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
		}
	}

	@Test
	void pdffontsReportsEveryFontEmbedded(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("003.pdf");
		Files.write(file, PdfTestSupport.seedPdf("003"));
		Process process;
		try {
			process = new ProcessBuilder("pdffonts", file.toString()).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError("pdffonts is not installed: install the Debian package poppler-utils", e);
		}
		assertTrue(process.waitFor(60, TimeUnit.SECONDS), "pdffonts did not finish");
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(0, process.exitValue(), output);
		List<String> rows = output.lines().skip(2).filter(l -> !l.isBlank()).toList();
		assertTrue(rows.size() >= 4, "body, title, 黑体 and 楷体 fonts expected:\n" + output);
		for (String row : rows) {
			String[] cells = row.trim().split("\\s+");
			// name type… encoding emb sub uni object generation
			assertEquals("yes", cells[cells.length - 5], "emb: " + row);
			assertEquals("yes", cells[cells.length - 4], "sub: " + row);
			assertEquals("yes", cells[cells.length - 3], "uni: " + row);
		}
	}

	@Test
	void theRedMarkAndTheRedLineOfSeed003() throws IOException {
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf("003"))) {
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100, ImageType.RGB);
			double px = 100 / 25.4;
			// the mark's top edge is 35 mm below the type area (72 mm from the top of the page); its glyphs are red
			int markTop = -1;
			int redLine = -1;
			for (int y = 0; y < (int) (150 * px); y++) {
				int red = 0;
				for (int x = (int) (28 * px); x < (int) (184 * px); x++) {
					int rgb = page.getRGB(x, y);
					int r = rgb >> 16 & 0xFF;
					int g = rgb >> 8 & 0xFF;
					if (r > 180 && g < 90) {
						red++;
					}
				}
				if (red > 0 && markTop < 0) {
					markTop = y;
				}
				if (red > 0.95 * 156 * px && redLine < 0) {
					redLine = y;
				}
			}
			assertEquals(72.0, markTop / px, 1.5, "top of the red 发文机关标志");
			assertTrue(redLine > 0, "a red line as wide as the type area");
			// the 发文字号 line's text ends above the red line, 4 mm away
			PageRead first = PdfTestSupport.read(doc).get(0);
			TextLineRead number = first.lines().stream().filter(l -> l.text().startsWith("潼政务办")).findFirst().orElseThrow();
			double numberBottom = number.baseline() + 0.12 * 16;
			assertEquals(4.0, redLine / px - PdfTestSupport.mm(numberBottom), 0.6, "red line 4 mm below the 发文字号");
			assertTrue(number.text().endsWith("签发：黄西北"), number.text());
		}
	}

	@Test
	void quotesDashesEllipsesAndDigitsCopyOutAsWritten() throws IOException {
		String text = "他说：“依法行政——不是口号……”全年受理71.33万件，增长11%，《条例》第3条（试行）。‘单引号’";
		OfficialDocument document = oneParagraph(new OfficialDocument.Header("某局", null, null, null, null, "测试标题", null), text);
		List<PageRead> pages = PdfTestSupport.read(PdfTestSupport.render(document));
		StringBuilder all = new StringBuilder();
		pages.get(0).typeArea().forEach(l -> all.append(l.text()));
		assertEquals(PlainTextGenerator.render(document).replaceAll("[\\s\\u3000]+", ""), all.toString());
	}

	@Test
	void theVersionRecordEndsTheLastEvenPageWithoutAPageNumber() throws IOException {
		OfficialDocument seed = PdfTestSupport.document("003");
		Closing c = seed.closing();
		OfficialDocument document = new OfficialDocument(seed.header(), seed.body(), new Closing(c.attachmentNote(),
				c.signature(), c.date(), c.seal(), "此件公开发布", "区委依法治区办，区司法局", "重庆市潼南区政务服务管理办公室", "2021年2月23日"));
		byte[] pdf = PdfTestSupport.render(document);
		List<PageRead> pages = PdfTestSupport.read(pdf);
		assertEquals(0, pages.size() % 2, "the 版记 is on an even page");
		PageRead last = pages.get(pages.size() - 1);
		assertTrue(last.belowTypeArea().isEmpty(), "no page number on the 版记 page");
		TextLineRead printer = last.typeArea().get(last.typeArea().size() - 1);
		assertEquals("重庆市潼南区政务服务管理办公室2021年2月23日印发", printer.text());
		assertTrue(last.typeArea().get(last.typeArea().size() - 2).text().startsWith("抄送：区委依法治区办"));
		String expected = PlainTextGenerator.render(document).replaceAll("[\\s\\u3000]+", "");
		StringBuilder actual = new StringBuilder();
		for (PageRead page : pages) {
			page.typeArea().forEach(l -> actual.append(l.text()));
			if (page.number() < pages.size() && !page.typeArea().isEmpty()) {
				assertEquals("—" + page.number() + "—", page.belowTypeArea().get(0).text());
			}
			if (page.typeArea().isEmpty()) {
				assertTrue(page.lines().isEmpty(), "a blank page before the 版记 carries nothing, not even a number");
			}
		}
		assertEquals(expected, actual.toString().replaceAll("[\\s\\u3000]+", ""));
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pages.size() - 1, 200, ImageType.GRAY);
			double px = 200 / 25.4;
			int lastRule = -1;
			for (int y = 0; y < image.getHeight(); y++) {
				int dark = 0;
				for (int x = (int) (28 * px); x < (int) (184 * px); x++) {
					if ((image.getRGB(x, y) & 0xFF) < 128) {
						dark++;
					}
				}
				if (dark > 0.98 * 156 * px) {
					lastRule = y;
				}
			}
			assertEquals(262.0, lastRule / px, 0.5, "the last 版记 rule lies on the bottom edge of the type area");
		}
	}

	@Test
	void theStreamIsLeftOpenForTheCaller() throws IOException {
		class Watched extends ByteArrayOutputStream {
			boolean closed;

			@Override
			public void close() {
				closed = true;
			}
		}
		Watched out = new Watched();
		PdfTestSupport.generator().render(PdfTestSupport.document("000"), out);
		assertTrue(out.size() > 1000);
		assertTrue(!out.closed, "render must not close the caller's stream");
		assertEquals("%PDF-", new String(out.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1));
		assertEquals("pdf", PdfTestSupport.generator().extension());
	}

	@Test
	void aCharacterNoFontHasIsAChineseErrorNotAMissingCharacter() {
		OfficialDocument document = new OfficialDocument(new OfficialDocument.Header("某局", null, null, null, null, null, null),
				// an Egyptian hieroglyph: not even the fallback for rare Han characters (BabelStone Han, which has emoji) draws it
				List.of(new Paragraph(List.of(new Run("满意度提升\uD80C\uDC00。", Run.Kind.TEXT)))),
				new Closing(null, null, null, null, null, null, null, null));
		IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
				() -> PdfTestSupport.generator().render(document, new ByteArrayOutputStream()));
		assertTrue(e.getMessage().startsWith("字符“\uD80C\uDC00”（U+13000）在所有可用字体中都没有字形"), e.getMessage());
	}

	@Test
	void invisibleCharactersPastedFromTheWebDoNotStopThePdf() throws IOException {
		// U+FEFF and U+200B inside a paragraph, U+00AD in the title: no font has them, the PDF leaves them out
		OfficialDocument document = oneParagraph(new OfficialDocument.Header("某局", null, null, null, null, "测试\u00AD标题", null),
				"全年受理\uFEFF行政复议案件\u200B12件。");
		List<PageRead> pages = PdfTestSupport.read(PdfTestSupport.render(document));
		StringBuilder all = new StringBuilder();
		pages.get(0).typeArea().forEach(l -> all.append(l.text()));
		assertTrue(all.toString().contains("测试标题") && all.toString().contains("全年受理行政复议案件12件。"), all.toString());
	}

	@Test
	void rareCharactersOfNamesAreDrawnFromTheFallbackFontAndCopyOut() throws IOException {
		// 𠀀 (U+20000) and 𪚥 (U+2A6A5), CJK Extension B: none of the Song, Kai and Hei fonts has them
		OfficialDocument document = oneParagraph(
				new OfficialDocument.Header("某局", null, "某局发〔2025〕1号", "签发人：", "黄\uD840\uDC00北", "测试标题", "某办"), "地名𪚥乡。");
		byte[] pdf = PdfTestSupport.render(document);
		StringBuilder all = new StringBuilder();
		PdfTestSupport.read(pdf).get(0).typeArea().forEach(l -> all.append(l.text()));
		assertTrue(all.toString().contains("黄\uD840\uDC00北") && all.toString().contains("地名𪚥乡。"), all.toString());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			boolean babelStone = false;
			for (COSName name : doc.getPage(0).getResources().getFontNames()) {
				babelStone |= doc.getPage(0).getResources().getFont(name).getName().contains("BabelStoneHan");
			}
			assertTrue(babelStone, "the rare characters come from BabelStone Han (fonts-babelstone-han)");
		}
	}

	/** A document of one paragraph under {@code header}, signed by 某局 on 2025年1月2日. */
	private static OfficialDocument oneParagraph(OfficialDocument.Header header, String text) {
		return new OfficialDocument(header, List.of(new Paragraph(List.of(new Run(text, Run.Kind.TEXT)))),
				new Closing(null, "某局", "2025年1月2日", null, null, null, null, null));
	}
}
