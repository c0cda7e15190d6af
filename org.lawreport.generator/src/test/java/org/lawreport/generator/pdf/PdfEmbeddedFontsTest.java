package org.lawreport.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.fonts.DocumentFonts;
import org.lawreport.core.fonts.FontFace;
import org.lawreport.core.fonts.FontSearch;
import org.lawreport.core.layout.FontRole;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.core.fonts.FontboxReference;
import org.lawreport.generator.pdf.PdfGenerator;

/**
 * The fonts inside our PDFs, read by PDFBox and FontBox: every glyph a page shows has the outline and the width
 * of the character in the font file it came from; poppler and Ghostscript draw the pages without a complaint and
 * qpdf finds the file sound; one generator
 * renders on several threads at once and gives the same bytes as one at a time.
 */
@UsesExternalPrograms
class PdfEmbeddedFontsTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "003", "004" })
	void everyEmbeddedGlyphIsTheOriginalOutlineWithItsWidth(String seed) throws IOException {
		Map<String, FontFace> byName = new HashMap<>();
		for (FontRole role : FontRole.values()) {
			FontFace face = PdfTestSupport.generator().fonts().face(role);
			byName.put(face.font().postScriptName(), face);
		}
		int checked = 0;
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf(seed))) {
			PDPage first = doc.getPage(0);
			for (COSName name : first.getResources().getFontNames()) {
				PDType0Font font = (PDType0Font) first.getResources().getFont(name);
				PDCIDFontType2 cidFont = (PDCIDFontType2) font.getDescendantFont();
				assertFalse(cidFont.isDamaged(), font.getName() + " could not be read");
				assertEquals(COSName.IDENTITY, cidFont.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP));
				FontFace source = byName.get(font.getName().substring(7));
				assertTrue(source != null, "which file is " + font.getName() + "?");
				byte[] program = cidFont.getFontDescriptor().getFontFile2().toByteArray();
				TrueTypeFont original = FontboxReference.faces(source.file()).stream()
						.filter(f -> nameOf(f).equals(source.font().postScriptName())).findFirst().orElseThrow();
				try (TrueTypeFont embedded = FontboxReference.embedded(program)) {
					CmapLookup cmap = original.getUnicodeCmapLookup(false);
					for (int cid = 1; cid < embedded.getNumberOfGlyphs(); cid++) {
						String text = font.toUnicode(cid);
						if (text == null) {
							continue; // a component of a composite glyph: never shown on its own
						}
						int glyph = cmap.getGlyphId(text.codePointAt(0));
						String what = font.getName() + " CID " + cid + " “" + text + "”";
						assertEquals(FontboxReference.outline(original, glyph), FontboxReference.outline(embedded, cid), what);
						assertEquals(Math.round(original.getAdvanceWidth(glyph) * 1000f / original.getUnitsPerEm()), font.getWidth(cid), 0.001,
								what);
						checked++;
					}
				} finally {
					original.close();
				}
			}
		}
		assertTrue(checked > 300, "checked " + checked + " glyphs");
	}

	private static String nameOf(TrueTypeFont font) {
		try {
			return font.getName();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	@Test
	void popplerDrawsEveryPageWithoutAComplaint(@TempDir Path dir) throws Exception {
		Path pdf = dir.resolve("003.pdf");
		Files.write(pdf, PdfTestSupport.seedPdf("003"));
		Process process = new ProcessBuilder("pdftoppm", "-r", "30", "-gray", pdf.toString(), dir.resolve("page").toString())
				.redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), "pdftoppm did not finish");
		assertEquals(0, process.exitValue(), output);
		assertEquals("", output.strip(), "poppler's complaints");
		try (var pages = Files.list(dir)) {
			assertTrue(pages.filter(p -> p.toString().endsWith(".pgm")).count() >= 2);
		}
	}

	/**
	 * Fonts made for GB2312 often draw two characters with one glyph (a Kangxi radical and its ideograph, two
	 * dashes). Both must copy out of the PDF as written: here a copy of KaitiM whose character map sends U+2F00 ⼀
	 * to the glyph of U+4E00 一.
	 */
	@Test
	void twoCharactersSharingAGlyphEachCopyOutAsWritten(@TempDir Path dir) throws Exception {
		Path font = dir.resolve("kai-shared.ttf");
		Files.write(font, withSharedGlyph(Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"), 0x2F00, 0x4E00));
		Path config = dir.resolve("fonts.properties");
		Files.writeString(config, "正文=" + font + "\n标题=" + font + "\n黑体=" + font + "\n楷体=" + font + "\n页码=" + font + "\n",
				StandardCharsets.UTF_8);
		Path noSystemFonts = Files.createDirectory(dir.resolve("none"));
		String text = "一是⼀部首，再写一次一，再写⼀。";
		OfficialDocument document = new OfficialDocument(new OfficialDocument.Header("某局", null, null, null, null, "测试", null),
				List.of(new OfficialDocument.Paragraph(List.of(new OfficialDocument.Run(text, OfficialDocument.Run.Kind.TEXT)))),
				new OfficialDocument.Closing(null, "某局", "2025年1月2日", null, null, null, null, null));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (PdfGenerator generator = new PdfGenerator(DocumentFonts.open(new FontSearch(config, "测试", List.of(noSystemFonts)), n -> { }),
				n -> { })) {
			generator.render(document, out);
		}
		try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
			String extracted = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
			assertTrue(extracted.contains(text), extracted);
		}
	}

	/** A copy of a single-face TrueType font whose character map also sends {@code extra} to the glyph of {@code to}. */
	private static byte[] withSharedGlyph(Path file, int extra, int to) throws IOException {
		byte[] original = Files.readAllBytes(file);
		java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(original);
		java.util.TreeMap<Integer, Integer> map = new java.util.TreeMap<>();
		try (TrueTypeFont reference = FontboxReference.faces(file).get(0)) {
			CmapLookup cmap = reference.getUnicodeCmapLookup(false);
			for (int cp = 0x20; cp < 0xFFFF; cp++) {
				int glyph = cmap.getGlyphId(cp);
				if (glyph != 0) {
					map.put(cp, glyph);
				}
			}
			assertTrue(cmap.getGlyphId(extra) == 0, "the font has no glyph of its own for U+" + Integer.toHexString(extra));
		}
		map.put(extra, map.get(to));
		// the new cmap: one format 12 subtable (3, 10), one group per character
		java.nio.ByteBuffer cmap = java.nio.ByteBuffer.allocate(4 + 8 + 16 + 12 * map.size());
		cmap.putShort((short) 0).putShort((short) 1);
		cmap.putShort((short) 3).putShort((short) 10).putInt(12);
		cmap.putShort((short) 12).putShort((short) 0).putInt(16 + 12 * map.size()).putInt(0).putInt(map.size());
		map.forEach((cp, glyph) -> cmap.putInt(cp).putInt(cp).putInt(glyph));
		// the same tables, the cmap replaced, appended after the original bytes
		int tables = Short.toUnsignedInt(in.getShort(4));
		java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream();
		copy.write(original);
		while (copy.size() % 4 != 0) {
			copy.write(0);
		}
		int cmapOffset = copy.size();
		copy.write(cmap.array());
		byte[] result = copy.toByteArray();
		java.nio.ByteBuffer directory = java.nio.ByteBuffer.wrap(result);
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			if (directory.getInt(record) == 0x636D6170) { // 'cmap'
				directory.putInt(record + 8, cmapOffset);
				directory.putInt(record + 12, cmap.capacity());
			}
		}
		return result;
	}

	@Test
	void qpdfFindsNoErrorAndGhostscriptDrawsThePagesSilently(@TempDir Path dir) throws Exception {
		Path pdf = dir.resolve("003.pdf");
		Files.write(pdf, PdfTestSupport.seedPdf("003"));
		String check = run(dir, "qpdf", "--check", pdf.toString());
		assertTrue(check.contains("No syntax or stream encoding errors found"), check);
		String gs = run(dir, "gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pnggray", "-r30",
				"-sOutputFile=" + dir.resolve("gs-%02d.png"), pdf.toString());
		assertEquals("", gs.strip(), "Ghostscript's warnings");
		try (var pages = Files.list(dir)) {
			assertTrue(pages.filter(p -> p.getFileName().toString().startsWith("gs-")).count() >= 2);
		}
	}

	/** Runs a tool to the end and returns what it printed; fails when it is missing or exits with an error. */
	private static String run(Path dir, String... command) throws Exception {
		Process process;
		try {
			process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		} catch (IOException e) {
			throw new AssertionError(command[0] + " is not installed: run scripts/install-test-tools.sh", e);
		}
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
		assertEquals(0, process.exitValue(), command[0] + ": " + output);
		return output;
	}

	@Test
	void oneGeneratorOnFourThreadsGivesTheSameBytesAsOneAtATime() throws Exception {
		List<String> seeds = PdfTestSupport.SEEDS;
		Map<String, byte[]> alone = new HashMap<>();
		for (String seed : seeds) {
			alone.put(seed, PdfTestSupport.render(PdfTestSupport.document(seed)));
		}
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<byte[]>> results = new ArrayList<>();
			List<String> order = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (String seed : seeds) {
					order.add(seed);
					results.add(pool.submit(() -> {
						ByteArrayOutputStream out = new ByteArrayOutputStream();
						PdfTestSupport.generator().render(PdfTestSupport.document(seed), out);
						return out.toByteArray();
					}));
				}
			}
			for (int i = 0; i < results.size(); i++) {
				assertArrayEquals(alone.get(order.get(i)), results.get(i).get(), "seed " + order.get(i));
			}
		} finally {
			pool.shutdownNow();
		}
	}
}
