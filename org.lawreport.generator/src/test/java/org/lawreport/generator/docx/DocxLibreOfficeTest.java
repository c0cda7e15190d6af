package org.lawreport.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.testing.LibreOffice;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.generator.docx.PdfLayout.Line;
import org.lawreport.generator.docx.PdfLayout.Page;
import org.lawreport.generator.PlainTextGenerator;

/**
 * LibreOffice as an independent reader: every seed's DOCX is converted to PDF (fresh profile, the fontconfig file
 * of the test resources), and the PDF is read with PDFBox. On every full body page there are 22 lines, each in
 * its row of the 225 mm type area; full lines of CJK text hold 28 characters (fewer only where 避头尾 moved a
 * character down); the text starts 28 mm from the left; page numbers alternate sides; every character of the
 * plain-text rendering is on the pages; seed 003's 版头 is red where it should be; the 版记 lands on an even page
 * without a number, its last rule on the type area's bottom.
 */
@UsesExternalPrograms
class DocxLibreOfficeTest {

	static final double TOP = 37;
	static final double BOTTOM = 262;
	static final double LEFT = 28;
	static final double RIGHT = 184;
	static final double CENTRE = (LEFT + RIGHT) / 2;
	/** One grid row, 579 twips (the largest pitch that fits 22 lines in 225 mm). */
	static final double PITCH = 579 / 20.0 * PdfLayout.MM_PER_POINT;
	/** One 3号 character and one 4号 character, in millimetres. */
	static final double EM = 16 * PdfLayout.MM_PER_POINT;
	static final double SMALL_EM = 14 * PdfLayout.MM_PER_POINT;

	/** Marks that never start a line (GB/T 15834 避头): a full line may hold fewer characters only before them. */
	static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—%,.;:?!)";
	/** Marks that never end a line (避尾): a full line may also hold fewer characters when one of them would end it. */
	static final String NO_LINE_END = "（《「『【〔“‘(";

	/** The documents converted: the five seeds and reports with a 版记. */
	static final Map<String, OfficialDocument> DOCUMENTS = new LinkedHashMap<>();
	static final Map<String, List<Page>> PAGES = new TreeMap<>();
	static final Map<String, Path> PDFS = new TreeMap<>();

	@TempDir
	static Path work;

	@BeforeAll
	static void convertWithLibreOffice() throws Exception {
		LibreOffice.executable();
		for (String seed : SeedDocuments.SEEDS) {
			DOCUMENTS.put(seed, SeedDocuments.seed(seed));
		}
		DOCUMENTS.put("short+版记", SeedDocuments.parse(TestSupport.HEADER + SeedDocuments.VERSION_RECORD + "段 \"正文。\"\n"));
		DOCUMENTS.put("two-page+版记", SeedDocuments.oneLineParagraphs(27));
		for (String seed : List.of("000", "003", "004")) {
			DOCUMENTS.put(seed + "+版记", SeedDocuments.seedWith(seed, SeedDocuments.VERSION_RECORD));
		}
		List<Path> docx = new ArrayList<>();
		for (Map.Entry<String, OfficialDocument> e : DOCUMENTS.entrySet()) {
			Path file = work.resolve(fileName(e.getKey()) + ".docx");
			Files.write(file, SeedDocuments.docx(e.getValue()));
			docx.add(file);
		}
		List<Path> pdfs = LibreOffice.convertToPdf(docx, work);
		int i = 0;
		for (String name : DOCUMENTS.keySet()) {
			PDFS.put(name, pdfs.get(i++));
			PAGES.put(name, PdfLayout.read(PDFS.get(name)));
		}
	}

	private static String fileName(String name) {
		return name.replace("+版记", "-record");
	}

	// ------------------------------------------------------------------ the grid

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void fullBodyPagesHold22LinesOf28CharactersFromTheLeftMargin(String seed) {
		OfficialDocument document = DOCUMENTS.get(seed);
		List<Page> pages = PAGES.get(seed);
		int lastBodyPage = lastBodyPage(pages);
		boolean head = document.header().title() != null || document.header().issuerMark() != null;
		List<Page> full = pages.subList(head ? 1 : 0, lastBodyPage - 1);
		assertTrue(!full.isEmpty() || lastBodyPage <= 2, "full pages to check");

		List<Line> bodyLines = pages.subList(0, lastBodyPage).stream().flatMap(p -> p.linesAbove(BOTTOM).stream()).toList();
		TreeSet<Integer> linesPerPage = new TreeSet<>();
		TreeMap<Integer, Integer> fullLines = new TreeMap<>();
		double firstTop = Double.NaN;
		for (Page page : full) {
			List<Line> lines = page.linesAbove(BOTTOM);
			linesPerPage.add(lines.size());
			assertEquals(22, lines.size(), "page " + page.number() + " of seed " + seed + ": " + texts(lines));
			for (int i = 0; i < lines.size(); i++) {
				Line line = lines.get(i);
				double rowTop = TOP + i * PITCH;
				assertTrue(line.baseline() > rowTop && line.baseline() < rowTop + PITCH,
						"line " + (i + 1) + " in its grid row on page " + page.number() + ": baseline " + line.baseline());
				boolean atMargin = Math.abs(line.left() - LEFT) < 0.5;
				boolean indented = Math.abs(line.left() - (LEFT + 2 * EM)) < 0.6;
				assertTrue(atMargin || indented, "line starts at the margin or two characters in: " + line.left() + " " + line.text());
				assertTrue(line.right() <= RIGHT + 0.3, "nothing past the right edge: " + line.right() + " " + line.text());
				if (line.right() > RIGHT - 1 && allFullWidth(line.characters())) {
					int count = line.characters().codePointCount(0, line.characters().length());
					int capacity = atMargin ? 28 : 26;
					if (count != capacity) {
						int at = bodyLines.indexOf(line);
						String next = at + 1 < bodyLines.size() ? bodyLines.get(at + 1).characters() : "";
						int moved = capacity - count;
						boolean kinsoku = moved <= 2 && next.length() > moved && (NO_LINE_START.indexOf(next.charAt(moved)) >= 0
								|| NO_LINE_END.indexOf(next.charAt(moved - 1)) >= 0);
						assertTrue(kinsoku, "a full line holds " + capacity + " characters unless 避头尾 moved some down: " + count
								+ " " + line.text() + " | " + next);
					}
					fullLines.merge(atMargin ? count : count + 2, 1, Integer::sum);
				}
			}
			if (Double.isNaN(firstTop)) {
				firstTop = lines.get(0).top();
			}
		}
		int checked = fullLines.values().stream().mapToInt(Integer::intValue).sum();
		assertTrue(checked >= 3, "full CJK lines checked in seed " + seed + ": " + checked);
		assertTrue(fullLines.getOrDefault(28, 0) > checked / 2, "most full lines hold 28 characters: " + fullLines);

		double leftMargin = pages.subList(0, lastBodyPage).stream().flatMap(p -> p.linesAbove(BOTTOM).stream())
				.mapToDouble(Line::left).min().orElseThrow();
		assertEquals(LEFT, leftMargin, 1.0, "left margin");
		if (!full.isEmpty()) {
			assertTrue(firstTop >= TOP && firstTop < TOP + PITCH / 2, "first line's top near the type area's top: " + firstTop);
		}
		System.out.printf("DOCX via LibreOffice, seed %s: %d pages (body %d), full body pages %d with %s lines, "
				+ "full CJK lines by characters (first lines counted with their two-character indent) %s, left margin %.1f mm, top of first line %.1f mm%n", seed, pages.size(),
				lastBodyPage, full.size(), linesPerPage, fullLines, leftMargin, firstTop);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004", "short+版记", "two-page+版记", "000+版记", "003+版记", "004+版记" })
	void everyCharacterOfTheTextRenderingIsOnThePages(String name) {
		String expected = PlainTextGenerator.render(DOCUMENTS.get(name)).replaceAll("[\\s\\u3000]+", "");
		String actual = PAGES.get(name).stream().flatMap(p -> p.linesAbove(BOTTOM).stream()).map(Line::characters)
				.collect(Collectors.joining());
		if (!expected.equals(actual)) {
			int i = 0;
			while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
				i++;
			}
			throw new AssertionError("first difference at character " + i + " of " + expected.length() + ":\n text: "
					+ expected.substring(Math.max(0, i - 20), Math.min(expected.length(), i + 20)) + "\n  PDF: "
					+ actual.substring(Math.max(0, i - 20), Math.min(actual.length(), i + 20)));
		}
	}

	// ------------------------------------------------------------------ page numbers

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004", "003+版记" })
	void pageNumbersOddRightEvenLeftSevenMillimetresBelowTheTypeArea(String name) {
		List<Page> pages = PAGES.get(name);
		int lastBodyPage = lastBodyPage(pages);
		for (Page page : pages.subList(0, lastBodyPage)) {
			List<Line> footer = page.linesBelow(BOTTOM);
			assertEquals(1, footer.size(), "one page number on page " + page.number());
			Line number = footer.get(0);
			assertEquals("—" + page.number() + "—", number.characters(), "— N — on page " + page.number());
			double middle = number.baseline() - 0.38 * SMALL_EM;
			assertEquals(BOTTOM + 7, middle, 1.5, "the number's middle (its 一字线) 7 mm below the type area");
			if (page.number() % 2 == 1) {
				assertEquals(RIGHT - SMALL_EM, number.right(), 1.0, "odd page: right, 空一字");
			} else {
				assertEquals(LEFT + SMALL_EM, number.left(), 1.0, "even page: left, 空一字");
			}
		}
		for (Page page : pages.subList(lastBodyPage, pages.size())) {
			assertTrue(page.linesBelow(BOTTOM).isEmpty(), "no page number on page " + page.number() + " after the body");
		}
	}

	// ------------------------------------------------------------------ 版头 and headings

	@Test
	void seed003IssuerMarkAndSeparatorAreRedTitleCentredHeadingsInTheirFonts() throws IOException {
		List<Page> pages = PAGES.get("003");
		List<Line> lines = pages.get(0).linesAbove(BOTTOM);
		Line number = lines.stream().filter(l -> l.characters().startsWith("潼政务办")).findFirst().orElseThrow();
		BufferedImage image;
		double dpi = 150;
		try (PDDocument pdf = Loader.loadPDF(PDFS.get("003").toFile())) {
			image = new PDFRenderer(pdf).renderImageWithDPI(0, (float) dpi);
		}
		double mmPerPixel = 25.4 / dpi;
		List<int[]> redRows = new ArrayList<>();
		int firstRed = -1;
		int redLeft = Integer.MAX_VALUE;
		int redRight = -1;
		for (int y = 0; y < image.getHeight(); y++) {
			int count = 0;
			int minX = Integer.MAX_VALUE;
			int maxX = -1;
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int r = rgb >> 16 & 0xff;
				int g = rgb >> 8 & 0xff;
				int b = rgb & 0xff;
				if (r > 180 && g < 90 && b < 90) {
					count++;
					minX = Math.min(minX, x);
					maxX = Math.max(maxX, x);
				}
			}
			if (count > 0 && firstRed < 0) {
				firstRed = y;
			}
			if (count > 0 && y * mmPerPixel < number.top()) {
				redLeft = Math.min(redLeft, minX);
				redRight = Math.max(redRight, maxX);
			}
			if (count > 0.8 * (RIGHT - LEFT) / mmPerPixel) {
				redRows.add(new int[] { y, minX, maxX });
			}
		}
		assertTrue(firstRed >= 0, "red ink on page 1");
		assertEquals(TOP + 35, firstRed * mmPerPixel, 1.0, "the 发文机关标志's top edge 35 mm below the type area's top");
		assertEquals(CENTRE, (redLeft + redRight) / 2.0 * mmPerPixel, 1.0, "the 发文机关标志 centred");
		assertTrue(!redRows.isEmpty(), "a red separator across the type area");
		int[] rule = redRows.get(0);
		assertEquals(LEFT, rule[1] * mmPerPixel, 1.0, "separator starts at the left margin");
		assertEquals(RIGHT, (rule[2] + 1) * mmPerPixel, 1.0, "separator ends at the right margin");
		double below = rule[0] * mmPerPixel - (number.baseline() + 0.12 * EM);
		assertTrue(below > 3 && below < 5.5, "separator about 4 mm below the 发文字号: " + below);

		Line signer = number;
		assertTrue(signer.glyphs().stream().filter(g -> "黄".equals(g.text())).allMatch(g -> g.font().contains("Kai")),
				"签发人 name in the 楷体 stand-in");
		List<Line> title = lines.stream().filter(l -> l.glyphs().get(0).fontSize() > 20 && l.top() > number.baseline()).toList();
		assertEquals(2, title.size(), "two title lines");
		for (Line line : title) {
			assertEquals(CENTRE, (line.left() + line.right()) / 2, 1.5, "title centred: " + line.text());
		}
		Line level1 = lines.stream().filter(l -> l.characters().startsWith("一、")).findFirst().orElseThrow();
		assertTrue(level1.glyphs().get(0).font().contains("ZenHei"), "一、 heading in the 黑体 stand-in: " + level1.glyphs().get(0).font());
		Line level2 = pages.get(1).lines().stream().filter(l -> l.characters().startsWith("（一）")).findFirst().orElseThrow();
		assertTrue(level2.glyphs().get(0).font().contains("Kai"), "（一） heading in the 楷体 stand-in: " + level2.glyphs().get(0).font());
		Line body = lines.stream().filter(l -> l.characters().startsWith("根据")).findFirst().orElseThrow();
		assertTrue(body.glyphs().get(0).font().contains("Ming"), "body in the 仿宋 stand-in: " + body.glyphs().get(0).font());
	}

	// ------------------------------------------------------------------ 版记

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "short+版记", "two-page+版记", "000+版记", "003+版记", "004+版记" })
	void versionRecordEndsTheTypeAreaOfAnEvenPageWithoutPageNumbers(String name) throws IOException {
		List<Page> pages = PAGES.get(name);
		int lastBodyPage = lastBodyPage(pages);
		Page record = pages.get(pages.size() - 1);
		assertTrue(record.lines().stream().anyMatch(l -> l.characters().startsWith("抄送：")), "the 版记 on the last page");
		assertEquals(0, record.number() % 2, "the 版记 on an even page (body ends on page " + lastBodyPage + ")");
		assertTrue(record.number() - lastBodyPage <= 2, "at most one blank page before the 版记");
		for (Page page : pages.subList(lastBodyPage, pages.size() - 1)) {
			assertTrue(page.lines().isEmpty(), "page " + page.number() + " blank");
		}
		assertTrue(record.linesBelow(BOTTOM).isEmpty(), "no page number on the 版记 page");
		Line copy = record.lines().stream().filter(l -> l.characters().startsWith("抄送：")).findFirst().orElseThrow();
		assertEquals(LEFT + SMALL_EM, copy.left(), 0.6, "抄送 左空一字");
		assertEquals(14, copy.glyphs().get(0).fontSize(), 0.1, "4号");
		Line print = record.lines().get(record.lines().size() - 1);
		assertTrue(print.characters().endsWith("印发"));
		assertEquals(RIGHT - SMALL_EM, print.right(), 0.6, "印发日期 右空一字");

		List<double[]> rules = darkRules(PDFS.get(name), record.number() - 1);
		assertEquals(3, rules.size(), "first, middle and last rule: " + rules.stream().map(r -> r[0] + "").toList());
		double last = rules.get(2)[1];
		assertTrue(last > BOTTOM - 1 && last <= BOTTOM + 0.2, "the last rule on the type area's bottom: " + last);
		assertTrue(rules.get(0)[0] < copy.top() && rules.get(1)[0] > copy.baseline() && rules.get(1)[0] < print.top(),
				"rules around the 版记 lines");
		double outer = rules.get(0)[1] - rules.get(0)[0];
		double inner = rules.get(1)[1] - rules.get(1)[0];
		assertTrue(outer > inner, "first rule thicker than the middle one: " + outer + " / " + inner);
		System.out.printf("DOCX via LibreOffice, %s: body ends on page %d, 版记 on page %d, last rule %.2f mm%n", name,
				lastBodyPage, record.number(), last);
	}

	/** Dark rows spanning the type area's width: [top, bottom] in millimetres, merged. */
	private static List<double[]> darkRules(Path pdf, int pageIndex) throws IOException {
		double dpi = 300;
		BufferedImage image;
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			image = new PDFRenderer(document).renderImageWithDPI(pageIndex, (float) dpi);
		}
		double mmPerPixel = 25.4 / dpi;
		List<double[]> rules = new ArrayList<>();
		int previous = -2;
		for (int y = 0; y < image.getHeight(); y++) {
			final int row = y;
			long dark = IntStream.range(0, image.getWidth()).filter(x -> {
				int rgb = image.getRGB(x, row);
				return (rgb >> 16 & 0xff) < 100 && (rgb >> 8 & 0xff) < 100 && (rgb & 0xff) < 100;
			}).count();
			if (dark > 0.8 * (RIGHT - LEFT) / mmPerPixel) {
				if (y == previous + 1) {
					rules.get(rules.size() - 1)[1] = (y + 1) * mmPerPixel;
				} else {
					rules.add(new double[] { y * mmPerPixel, (y + 1) * mmPerPixel });
				}
				previous = y;
			}
		}
		return rules;
	}

	// ------------------------------------------------------------------ helpers

	/** The last page with text in the type area other than the 版记. */
	private static int lastBodyPage(List<Page> pages) {
		int last = 0;
		for (Page page : pages) {
			List<Line> lines = page.linesAbove(BOTTOM);
			if (!lines.isEmpty() && lines.stream().noneMatch(l -> l.characters().startsWith("抄送："))) {
				last = page.number();
			}
		}
		assertTrue(last > 0, "body text found");
		return last;
	}

	static boolean allFullWidth(String text) {
		return text.codePoints().allMatch(cp -> cp >= 0x2E80 && cp <= 0x9FFF || cp >= 0xFF00 && cp <= 0xFF60
				|| cp >= 0x2018 && cp <= 0x201F || cp == 0x2014 || cp == 0x2026 || cp >= 0xF900 && cp <= 0xFAFF);
	}

	private static String texts(List<Line> lines) {
		return lines.stream().map(Line::text).collect(Collectors.joining(" | "));
	}
}
