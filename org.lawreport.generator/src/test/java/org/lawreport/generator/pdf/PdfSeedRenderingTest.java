package org.lawreport.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lawreport.generator.pdf.PdfTestSupport.MM;
import static org.lawreport.generator.pdf.PdfTestSupport.TYPE_LEFT;
import static org.lawreport.generator.pdf.PdfTestSupport.TYPE_RIGHT;
import static org.lawreport.generator.pdf.PdfTestSupport.mm;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.generator.pdf.PdfTestSupport.Glyph;
import org.lawreport.generator.pdf.PdfTestSupport.PageRead;
import org.lawreport.generator.pdf.PdfTestSupport.TextLineRead;
import org.lawreport.generator.PlainTextGenerator;

/**
 * Each of the five seeds rendered as PDF and read back with PDFBox: the 22 × 28 grid of GB/T 9704-2012 (lines per
 * full page, characters per full line, margins), page numbers, the text itself and the embedded fonts.
 */
@UsesExternalPrograms
class PdfSeedRenderingTest {

	private static final double PITCH = 225.0 / 22 * MM;
	private static final Pattern SUBSET = Pattern.compile("^[A-Z]{6}\\+.+");

	private static boolean bodySize(TextLineRead line) {
		return line.glyphs().stream().allMatch(g -> Math.abs(g.size() - 16) < 0.1);
	}

	private static boolean hasHead(OfficialDocument document) {
		return document.header().issuerMark() != null || document.header().title() != null;
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void fullPagesHoldTwentyTwoLinesOnThePitchOfTheGrid(String seed) {
		List<PageRead> pages = PdfTestSupport.read(PdfTestSupport.seedPdf(seed));
		boolean head = hasHead(PdfTestSupport.document(seed));
		assertTrue(pages.size() >= 3, "seed " + seed + " has " + pages.size() + " pages");
		int full = 0;
		for (int p = head ? 1 : 0; p < pages.size() - 1; p++) {
			List<TextLineRead> lines = pages.get(p).typeArea();
			for (int i = 1; i < lines.size(); i++) {
				double steps = (lines.get(i).baseline() - lines.get(i - 1).baseline()) / PITCH;
				assertEquals(Math.round(steps), steps, 0.01, "page " + (p + 1) + ": lines on the 225/22 mm pitch");
			}
			if (lines.size() == 22) {
				full++;
				continue;
			}
			TextLineRead next = pages.get(p + 1).typeArea().get(0);
			boolean headingKeptWithItsText = PdfTestSupport.heading(next);
			boolean lastLineKeptWithTheSignature = p + 1 == pages.size() - 1;
			assertTrue(lines.size() == 21 && (headingKeptWithItsText || lastLineKeptWithTheSignature),
					"seed " + seed + " page " + (p + 1) + " has " + lines.size() + " lines; the next page starts with “"
							+ next.text() + "”");
		}
		assertTrue(full >= 1, "no full page in seed " + seed);
		// the first line of every page after the first sits on the first line of the grid
		for (PageRead page : pages.subList(1, pages.size())) {
			Glyph first = page.typeArea().get(0).glyphs().get(0);
			assertEquals(37.0, mm(first.baseline() - first.ascent() * first.size()), 1.0, "page " + page.number());
		}
	}

	/** Lines of 3号 text that reach the right edge of the type area from its left edge: full, justified lines. */
	private static List<TextLineRead> fullLines(String seed) {
		List<TextLineRead> full = new ArrayList<>();
		for (PageRead page : PdfTestSupport.read(PdfTestSupport.seedPdf(seed))) {
			for (TextLineRead line : page.typeArea()) {
				if (bodySize(line) && Math.abs(line.right() - TYPE_RIGHT) < 0.6 * MM && line.left() < TYPE_LEFT + 1 * MM) {
					full.add(line);
				}
			}
		}
		return full;
	}

	private static boolean allCjk(TextLineRead line) {
		return line.glyphs().stream().allMatch(g -> PdfTestSupport.cjk(g.text()));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void everyCharacterIsInsideTheTypeAreaAndAFullChineseLineHoldsAtMostTwentyEight(String seed) {
		for (PageRead page : PdfTestSupport.read(PdfTestSupport.seedPdf(seed))) {
			for (TextLineRead line : page.typeArea()) {
				for (Glyph g : line.glyphs()) {
					assertTrue(g.x() >= TYPE_LEFT - 0.5 * MM && g.right() <= TYPE_RIGHT + 0.5 * MM,
							"page " + page.number() + ": “" + g.text() + "” outside the type area in " + line.text());
				}
			}
		}
		for (TextLineRead line : fullLines(seed)) {
			if (!allCjk(line)) {
				continue;
			}
			int n = line.glyphs().size();
			assertTrue(n <= 28, "more than 28 characters on a line: " + line.text());
			if (n == 28) {
				// on the grid: every character one cell of 156/28 mm, nothing stretched
				for (int i = 1; i < n; i++) {
					double step = line.glyphs().get(i).x() - line.glyphs().get(i - 1).x();
					assertEquals(156.0 / 28, mm(step), 0.15, line.text());
				}
			}
		}
	}

	@Test
	void mostFullLinesOfChineseTextHoldExactlyTwentyEightCharacters() {
		int lines = 0;
		int twentyEight = 0;
		for (String seed : PdfTestSupport.SEEDS) {
			for (TextLineRead line : fullLines(seed)) {
				if (allCjk(line)) {
					lines++;
					twentyEight += line.glyphs().size() == 28 ? 1 : 0;
				}
			}
		}
		// the others had a character moved down by 避头尾 or by a number that could not be split
		assertTrue(lines >= 100, "only " + lines + " full lines of Chinese text in the seeds");
		assertTrue(twentyEight >= 0.8 * lines, twentyEight + " of " + lines + " full lines hold 28 characters");
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void theTypeAreaStartsTwentyEightMillimetresFromTheLeftAndThirtySevenFromTheTop(String seed) throws IOException {
		List<PageRead> pages = PdfTestSupport.read(PdfTestSupport.seedPdf(seed));
		for (PageRead page : pages) {
			double left = page.typeArea().stream().filter(PdfSeedRenderingTest::bodySize).mapToDouble(TextLineRead::left).min()
					.orElseThrow();
			assertEquals(28.0, mm(left), 1.0, "left margin of page " + page.number());
		}
		// what a reader sees: the first ink of a page without the 版头 is 37 mm from the top edge
		int pageIndex = hasHead(PdfTestSupport.document(seed)) ? 1 : 0;
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf(seed))) {
			BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(pageIndex, 150, ImageType.GRAY);
			double pxPerMm = 150 / 25.4;
			int top = -1;
			int leftInk = Integer.MAX_VALUE;
			for (int y = 0; y < image.getHeight() && top < 0; y++) {
				for (int x = 0; x < image.getWidth(); x++) {
					if ((image.getRGB(x, y) & 0xFF) < 128) {
						top = y;
						break;
					}
				}
			}
			for (int y = 0; y < (int) (262 * pxPerMm); y++) {
				for (int x = 0; x < Math.min(leftInk, image.getWidth()); x++) {
					if ((image.getRGB(x, y) & 0xFF) < 128) {
						leftInk = x;
					}
				}
			}
			assertEquals(37.0, top / pxPerMm, 1.0, "top of the first line's ink, page " + (pageIndex + 1));
			assertEquals(28.0, leftInk / pxPerMm, 1.0, "leftmost ink, page " + (pageIndex + 1));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void pageNumbersSitSevenMillimetresBelowTheTypeAreaRightOnOddPagesLeftOnEven(String seed) {
		List<PageRead> pages = PdfTestSupport.read(PdfTestSupport.seedPdf(seed));
		for (PageRead page : pages) {
			List<TextLineRead> below = page.belowTypeArea();
			assertEquals(1, below.size(), "page " + page.number());
			TextLineRead folio = below.get(0);
			assertEquals("—" + page.number() + "—", folio.text());
			Glyph dash = folio.glyphs().get(0);
			assertEquals(14, dash.size(), 0.01, "4号");
			assertEquals(262.0 + 7.0, mm(dash.baseline() - dash.ascent() * dash.size()), 1.0, "7 mm below the type area");
			double oneCharacter = 14;
			if (page.number() % 2 == 1) {
				assertEquals(mm(TYPE_RIGHT - oneCharacter), mm(folio.right()), 1.0, "odd page " + page.number() + ": 右空一字");
			} else {
				assertEquals(mm(TYPE_LEFT + oneCharacter), mm(folio.left()), 1.0, "even page " + page.number() + ": 左空一字");
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void theTextOfThePdfIsTheTextOfTheReport(String seed) {
		OfficialDocument document = PdfTestSupport.document(seed);
		String expected = PlainTextGenerator.render(document).replaceAll("[\\s\\u3000]+", "");
		StringBuilder actual = new StringBuilder();
		for (PageRead page : PdfTestSupport.read(PdfTestSupport.seedPdf(seed))) {
			for (TextLineRead line : page.lines()) {
				if (line.baseline() < PdfTestSupport.TYPE_BOTTOM) {
					actual.append(line.text());
				}
			}
		}
		String text = actual.toString().replaceAll("[\\s\\u3000]+", "");
		if (!expected.equals(text)) {
			int i = 0;
			while (i < Math.min(expected.length(), text.length()) && expected.charAt(i) == text.charAt(i)) {
				i++;
			}
			assertEquals(expected.substring(Math.max(0, i - 20), Math.min(expected.length(), i + 20)),
					text.substring(Math.max(0, i - 20), Math.min(text.length(), i + 20)), "first difference at " + i);
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void fontsAreEmbeddedSubsetsEachOnce(String seed) throws IOException {
		try (PDDocument doc = Loader.loadPDF(PdfTestSupport.seedPdf(seed))) {
			Set<String> names = new HashSet<>();
			Set<String> faces = new HashSet<>();
			for (PDPage page : doc.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertTrue(font.isEmbedded(), font.getName() + " not embedded");
					assertTrue(SUBSET.matcher(font.getName()).matches(), font.getName() + " is not a subset (ABCDEF+Name)");
					if (names.add(font.getName())) {
						assertTrue(faces.add(font.getName().substring(7)), "face embedded twice: " + font.getName());
					}
				}
			}
			List<String> expected = new ArrayList<>(List.of("UMingCN", "BousungEG-Light-GB", "WenQuanYiZenHei"));
			assertTrue(faces.containsAll(expected), "faces " + faces);
		}
	}
}
