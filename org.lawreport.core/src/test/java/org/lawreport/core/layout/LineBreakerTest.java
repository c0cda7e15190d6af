package org.lawreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.layout.DocumentLayout;
import org.lawreport.core.layout.FontMetrics;
import org.lawreport.core.layout.FontRole;
import org.lawreport.core.layout.Line;
import org.lawreport.core.layout.LineBreaker.Measure;
import org.lawreport.core.layout.LineBreaker;
import org.lawreport.core.layout.PlacedGlyph;
import org.lawreport.core.layout.Span;

/**
 * The line breaker on the grid: 28 cells per line, 避头尾, inseparable dashes and ellipses, unsplit numbers,
 * justification. Most cases use a 1-point cell and a 28-point measure so that positions read as cell counts;
 * Latin letters and digits are half a cell wide.
 */
class LineBreakerTest {

	/** 28 different-looking ideographs, so that a failure message shows where a line broke. */
	private static final String HAN = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄宇宙洪荒日月盈昃辰宿列张";
	private static final Measure GRID = new Measure(1, 1, 28, 0, 0, true);
	private static final Measure INDENTED = new Measure(1, 1, 28, 2, 0, true);
	private static final double EPS = 1e-9;

	private final LineBreaker breaker = new LineBreaker(FontMetrics.uniform(0.5));

	private static String han(int n) {
		return HAN.substring(0, n);
	}

	private List<String> texts(String text, Measure measure) {
		return breaker.lines(List.of(new Span(text, FontRole.BODY)), measure).stream().map(Line::text)
				.collect(Collectors.toList());
	}

	@Test
	void aFullLineOfTheRealGridHoldsTwentyEightCharactersTheFirstTwentySixAfterTheIndent() {
		Measure body = new Measure(16, DocumentLayout.CELL, DocumentLayout.WIDTH, 2 * DocumentLayout.CELL, 0, true);
		String text = (HAN + HAN + HAN).substring(0, 26 + 28 + 5);
		List<Line> lines = breaker.lines(List.of(new Span(text, FontRole.BODY)), body);
		assertEquals(List.of(26, 28, 5), lines.stream().map(l -> l.glyphs().size()).toList());
		// 156 mm / 28 = 5.571 mm per cell: the 28th character ends exactly at the right edge of the type area
		Line full = lines.get(1);
		assertEquals(156.0, mm(full.right() - full.left()), 1e-6);
		assertEquals(156.0 / 28, mm(full.glyphs().get(1).x() - full.glyphs().get(0).x()), 1e-9);
		assertEquals(2 * 156.0 / 28, mm(lines.get(0).left()), 1e-9, "two-cell indent");
		assertEquals(0, lines.get(1).left(), EPS, "wrapped lines flush left");
	}

	@ParameterizedTest(name = "“{0}” never starts a line")
	@ValueSource(strings = { "。", "，", "、", "；", "：", "？", "！", "）", "》", "”", "’", "〕", "」", ",", "." })
	void closingMarksNeverStartALine(String mark) {
		// 28 ideographs fill the line; the mark would be the 29th and start line 2: the 28th moves down with it
		List<String> lines = texts(han(28) + mark + "后文", GRID);
		assertEquals(han(27), lines.get(0));
		assertEquals(HAN.charAt(27) + mark + "后文", lines.get(1));
	}

	@ParameterizedTest(name = "“{0}” never ends a line")
	@ValueSource(strings = { "“", "‘", "（", "《", "〔", "「", "【", "(" })
	void openingMarksNeverEndALine(String mark) {
		// the mark is the 28th character: it would end line 1, so it starts line 2
		List<String> lines = texts(han(27) + mark + "引文" + mark, GRID);
		assertEquals(han(27), lines.get(0));
		assertEquals(mark + "引文" + mark, lines.get(1));
	}

	@Test
	void aChainOfMarksMovesTogether() {
		// 26 ideographs, then 。” : the closing quote may not start a line, nor may the full stop
		List<String> lines = texts(han(27) + "。”后", GRID);
		assertEquals(han(26), lines.get(0));
		assertEquals(HAN.charAt(26) + "。”后", lines.get(1));
	}

	@Test
	void dashesAreNeverSplit() {
		// —— on cells 28 and 29 would be split: both marks go to the next line
		List<String> lines = texts(han(27) + "——破折号后文", GRID);
		assertEquals(han(27), lines.get(0));
		assertTrue(lines.get(1).startsWith("——"), lines.get(1));
		// a dash that fits stays: 26 + 2 cells
		assertEquals(han(26) + "——", texts(han(26) + "——后文", GRID).get(0));
	}

	@Test
	void ellipsesAreNeverSplitNorStartALine() {
		List<String> lines = texts(han(27) + "……后文", GRID);
		assertEquals(han(26), lines.get(0));
		assertEquals(HAN.charAt(26) + "……后文", lines.get(1));
		for (String line : texts(HAN.repeat(3) + "……" + HAN + "……", GRID)) {
			assertFalse(line.startsWith("…"), line);
			assertFalse(line.endsWith("…") && !line.endsWith("……"), line);
		}
	}

	@Test
	void numbersAndWordsAreNeverSplit() {
		// "1235" is two cells wide: after 26 ideographs it fits and stays; after 27 it moves down whole
		assertEquals(han(26) + "1235", texts(han(26) + "1235项后文", GRID).get(0));
		List<String> lines = texts(han(27) + "1235项后文", GRID);
		assertEquals(han(27), lines.get(0));
		assertEquals("1235项后文", lines.get(1));
		// a decimal with its percent sign, and a Latin word, the same
		List<String> percent = texts(han(26) + "96.77%的满意率", GRID);
		assertEquals(han(26), percent.get(0));
		assertEquals("96.77%的满意率", percent.get(1));
		List<String> word = texts(han(25) + "WenQuanYi字体", GRID);
		assertEquals(han(25), word.get(0));
		assertEquals("WenQuanYi字体", word.get(1));
	}

	@Test
	void aWordLongerThanALineIsCutOnlyBecauseNothingElseFits() {
		String url = "https://www.example.gov.cn/zwgk/fzzfjs/2024/ndbg.html";
		List<String> lines = texts("见" + url + "。", GRID);
		assertEquals("见" + url + "。", String.join("", lines));
		assertTrue(lines.size() >= 2);
		for (String line : texts(url, GRID)) {
			assertTrue(line.length() <= 56, line); // half-cell characters: at most 56 on 28 cells
		}
	}

	@Test
	void fullLinesAreJustifiedAndTheLastLineIsNot() {
		List<Line> lines = breaker.lines(List.of(new Span(han(28) + "。后文在下一行", FontRole.BODY)), GRID);
		Line pushed = lines.get(0);
		assertEquals(27, pushed.glyphs().size());
		assertEquals(27, pushed.naturalWidth(), EPS);
		// 27 characters spread over 28 cells: the line ends at the right edge, all 26 gaps equal
		assertEquals(28, pushed.right(), EPS);
		double gap = pushed.glyphs().get(1).x() - pushed.glyphs().get(0).x();
		assertEquals(1 + 1.0 / 26, gap, EPS);
		for (int i = 1; i < pushed.glyphs().size(); i++) {
			assertEquals(gap, pushed.glyphs().get(i).x() - pushed.glyphs().get(i - 1).x(), EPS);
		}
		Line last = lines.get(1);
		assertTrue(last.lastOfParagraph());
		for (int i = 0; i < last.glyphs().size(); i++) {
			assertEquals(i, last.glyphs().get(i).x(), EPS, "natural spacing on the last line");
		}
	}

	@Test
	void justificationSpreadsTheSpaceLeftByHalfWidthDigits() {
		// 25 ideographs + "2020" (2 cells) + "年" = 28 cells exactly; 24 ideographs + "71.33" (2.5 cells) + ...
		List<Line> lines = breaker.lines(List.of(new Span(han(24) + "71.33万件，其中即办件" + han(20), FontRole.BODY)), GRID);
		Line first = lines.get(0);
		assertEquals(28, first.right(), EPS, first.text());
		assertTrue(first.naturalWidth() < 28, "the line needed stretching: " + first.naturalWidth());
		// digits of one number keep their natural advance (half a cell), only the gaps between items grow
		List<PlacedGlyph> g = first.glyphs();
		int seven = first.text().indexOf('7');
		assertEquals(0.5, g.get(seven + 1).x() - g.get(seven).x(), EPS);
		assertEquals(0.5, g.get(seven + 4).x() - g.get(seven + 3).x(), EPS);
	}

	@Test
	void everyCjkCharacterTakesOneFullCellWhateverItsFontSays() {
		// a font that draws “ ” narrow (0.33 em) and ideographs at 1 em still sets 28 characters on 28 cells
		LineBreaker narrowQuotes = new LineBreaker((role, cp) -> cp == '“' || cp == '”' ? 0.33 : 1.0);
		String text = "“" + han(26) + "”" + han(10);
		List<Line> lines = narrowQuotes.lines(List.of(new Span(text, FontRole.HEITI)), GRID);
		assertEquals(28, lines.get(0).glyphs().size());
		for (PlacedGlyph glyph : lines.get(0).glyphs()) {
			assertEquals(1, glyph.width(), EPS);
			assertTrue(glyph.fullWidth());
		}
	}

	@Test
	void theFirstLineIsIndentedTwoCellsAndFontRolesAreKept() {
		List<Line> lines = breaker.lines(List.of(new Span("一、", FontRole.HEITI), new Span("标题", FontRole.HEITI),
				new Span("接排的正文。", FontRole.BODY)), INDENTED);
		assertEquals(1, lines.size());
		List<PlacedGlyph> g = lines.get(0).glyphs();
		assertEquals(2, g.get(0).x(), EPS);
		assertEquals(FontRole.HEITI, g.get(0).role());
		assertEquals(FontRole.HEITI, g.get(3).role());
		assertEquals(FontRole.BODY, g.get(4).role());
	}

	@Test
	void spacesBreakAndDisappearAtTheEndOfALine() {
		// 20 cells + " alpha" (3) + " beta" (2.5) = 25.5; " gamma" would end at 28.5: the line breaks at that space
		List<Line> lines = breaker.lines(List.of(new Span(han(20) + " alpha beta gamma delta", FontRole.BODY)), GRID);
		assertEquals(han(20) + "alphabeta", lines.get(0).text(), "white space is not drawn");
		assertEquals("gammadelta", lines.get(1).text());
		assertEquals(28, lines.get(0).right(), EPS, "justified to the right edge");
		assertEquals(0, lines.get(1).left(), EPS, "no space at the start of a line");
		// inside the last line the space keeps its width (half a cell here)
		List<PlacedGlyph> last = lines.get(1).glyphs();
		assertEquals(2.5 + 0.5, last.get(5).x() - last.get(0).x(), EPS);
	}

	@Test
	void titlesBreakAtTheAuthorsSpaceOrBeforeGuanyu() {
		double size = 22;
		double width = DocumentLayout.WIDTH;
		List<String> spaced = breaker.balancedLines(List.of(new Span(
				"重庆市潼南区政务服务管理办公室 关于2020年度法治政府建设情况的报告", FontRole.TITLE)), size, width).stream()
				.map(Line::text).toList();
		assertEquals(List.of("重庆市潼南区政务服务管理办公室", "关于2020年度法治政府建设情况的报告"), spaced);
		List<String> guanyu = breaker.balancedLines(List.of(new Span(
				"中共某某区委全面依法治区委员会办公室关于2024年度法治政府建设情况的报告", FontRole.TITLE)), size, width)
				.stream().map(Line::text).toList();
		assertEquals(List.of("中共某某区委全面依法治区委员会办公室", "关于2024年度法治政府建设情况的报告"), guanyu);
		// "关于…" does not fit on one line: the break goes before the number, not between 2021 and 年度
		List<String> number = breaker.balancedLines(List.of(new Span(
				"重庆市潼南区人民政府关于印发2021年度法治政府建设工作要点的通知", FontRole.TITLE)), size, width).stream()
				.map(Line::text).toList();
		assertEquals(List.of("重庆市潼南区人民政府关于印发", "2021年度法治政府建设工作要点的通知"), number);
		List<String> short_ = breaker.balancedLines(List.of(new Span("某局2024年法治政府建设年度报告", FontRole.TITLE)), size,
				width).stream().map(Line::text).toList();
		assertEquals(List.of("某局2024年法治政府建设年度报告"), short_);
	}

	private static double mm(double points) {
		return points * 25.4 / 72;
	}
}
