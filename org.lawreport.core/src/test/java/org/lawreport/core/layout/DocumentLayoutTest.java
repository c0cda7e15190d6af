package org.lawreport.core.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.layout.DocumentLayout;
import org.lawreport.core.layout.FontMetrics;
import org.lawreport.core.layout.FontRole;
import org.lawreport.core.layout.LaidOutDocument.Ink;
import org.lawreport.core.layout.LaidOutDocument.LineKind;
import org.lawreport.core.layout.LaidOutDocument.Page;
import org.lawreport.core.layout.LaidOutDocument.Rule;
import org.lawreport.core.layout.LaidOutDocument.TextLine;
import org.lawreport.core.layout.LaidOutDocument;
import org.lawreport.core.layout.PlacedGlyph;

/**
 * The page layout of GB/T 9704-2012 on synthetic documents: page breaks after 22 lines, the 版头 positions, the
 * closing rules, the 版记 on an even page and the page numbers. Lengths are checked in millimetres against the
 * numbers of the standard.
 */
class DocumentLayoutTest {

	private static final double MM = 72 / 25.4;
	private static final double LEFT = 28 * MM;
	private static final double RIGHT = (210 - 26) * MM;
	private static final double TOP = 37 * MM;
	private static final double BOTTOM = (297 - 35) * MM;
	private static final double CELL = 156.0 / 28 * MM;
	private static final double PITCH = 225.0 / 22 * MM;
	private static final double TOLERANCE = 0.01 * MM;
	/** One line of body text: 26 ideographs after the two-cell indent. */
	private static final String ONE_LINE = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄";
	private static final Header NO_HEADER = new Header("某局", null, null, null, null, null, null);
	private static final Closing NO_CLOSING = new Closing(null, null, null, null, null, null, null, null);

	private final DocumentLayout layout = new DocumentLayout(FontMetrics.uniform(0.5));

	private static Paragraph paragraph(String text) {
		return new Paragraph(List.of(new Run(text, Run.Kind.TEXT)));
	}

	private static List<Block> lines(int n) {
		List<Block> body = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			body.add(paragraph(ONE_LINE));
		}
		return body;
	}

	private static List<TextLine> body(Page page) {
		return page.lines().stream().filter(l -> l.kind() == LineKind.PARAGRAPH || l.kind() == LineKind.HEADING).toList();
	}

	private static TextLine only(Page page, LineKind kind) {
		List<TextLine> found = page.lines().stream().filter(l -> l.kind() == kind).toList();
		assertEquals(1, found.size(), kind + " on page " + page.number());
		return found.get(0);
	}

	@Test
	void twentyTwoLinesFillAPageAndTheTwentyThirdStartsTheNext() {
		LaidOutDocument doc = layout.layout(new OfficialDocument(NO_HEADER, lines(50), NO_CLOSING));
		assertEquals(3, doc.pages().size());
		assertEquals(List.of(22, 22, 6), doc.pages().stream().map(p -> body(p).size()).toList());
		List<TextLine> page = body(doc.pages().get(1));
		for (int i = 0; i < page.size(); i++) {
			assertEquals(i, page.get(i).gridLine());
			if (i > 0) {
				assertEquals(PITCH, page.get(i).baseline() - page.get(i - 1).baseline(), TOLERANCE, "225 mm / 22");
			}
			assertEquals(28, page.get(i).glyphs().size() + 2, "26 characters after the indent");
			assertEquals(RIGHT, page.get(i).right(), TOLERANCE, "the line ends at the right edge of the type area");
		}
		// the first line's em box starts at the top of the type area; the 22nd ends inside it
		assertEquals(TOP, page.get(0).baseline() - 0.88 * 16, TOLERANCE);
		assertTrue(page.get(21).baseline() + 0.12 * 16 <= BOTTOM, "22nd line inside the type area");
	}

	@Test
	void aHeadingIsNeverTheLastLineOfAPage() {
		List<Block> body = lines(21);
		body.add(new Heading(1, "二、", List.of(new Run("标题", Run.Kind.TEXT)), List.of()));
		body.add(paragraph(ONE_LINE));
		LaidOutDocument doc = layout.layout(new OfficialDocument(NO_HEADER, body, NO_CLOSING));
		assertEquals(21, body(doc.pages().get(0)).size());
		TextLine heading = body(doc.pages().get(1)).get(0);
		assertEquals("二、标题", heading.text());
		assertEquals(0, heading.gridLine());
		assertEquals(FontRole.HEITI, heading.glyphs().get(0).role());
		// a 接排 heading is a paragraph: it may end a page
		List<Block> runOn = lines(21);
		runOn.add(new Heading(3, "1.", List.of(new Run("标题。", Run.Kind.TEXT)), List.of(new Run("接排正文。", Run.Kind.TEXT))));
		runOn.add(paragraph(ONE_LINE));
		assertEquals(22, body(layout.layout(new OfficialDocument(NO_HEADER, runOn, NO_CLOSING)).pages().get(0)).size());
	}

	@Test
	void headingFontsFollowTheLevels() {
		List<Block> body = List.of(new Heading(1, "一、", List.of(new Run("甲", Run.Kind.TEXT)), List.of()),
				new Heading(2, "（一）", List.of(new Run("乙", Run.Kind.TEXT)), List.of()),
				new Heading(3, "1.", List.of(new Run("丙。", Run.Kind.TEXT)), List.of(new Run("接排。", Run.Kind.TEXT))),
				new Heading(4, "（1）", List.of(new Run("丁", Run.Kind.TEXT)), List.of()));
		List<TextLine> lines = body(layout.layout(new OfficialDocument(NO_HEADER, body, NO_CLOSING)).pages().get(0));
		assertEquals(FontRole.HEITI, lines.get(0).glyphs().get(2).role());
		assertEquals(FontRole.KAITI, lines.get(1).glyphs().get(3).role());
		assertEquals(FontRole.BODY, lines.get(2).glyphs().get(0).role());
		assertEquals(FontRole.BODY, lines.get(2).glyphs().get(4).role(), "接排 text in the body font");
		assertEquals(FontRole.BODY, lines.get(3).glyphs().get(3).role());
		for (TextLine l : lines) {
			assertEquals(LEFT + 2 * CELL, l.left(), TOLERANCE, "headings are indented two cells: " + l.text());
		}
	}

	@Test
	void theRedHeadOfAnUpwardReport() {
		Header header = new Header("某局", "某某市某某区某某局文件", "某发〔2025〕3号", "签发人：", "张三", "关于2024年度法治政府建设情况的报告",
				"区委依法治区办");
		LaidOutDocument doc = layout.layout(new OfficialDocument(header, lines(30), NO_CLOSING));
		Page first = doc.pages().get(0);
		TextLine mark = only(first, LineKind.ISSUER_MARK);
		assertEquals(Ink.RED, mark.ink());
		assertEquals(mark.left() - LEFT, RIGHT - mark.right(), TOLERANCE, "centred");
		assertTrue(mark.right() - mark.left() <= RIGHT - LEFT + TOLERANCE, "inside the type area");
		double size = mark.glyphs().get(0).size();
		assertEquals(TOP + 35 * MM, mark.baseline() - 0.88 * size, TOLERANCE, "top edge 35 mm below the type area");

		// the mark ends 37 + 35 + 14.8 = 86.8 mm down, inside grid line 4 (0-based); lines 5 and 6 stay empty
		TextLine number = only(first, LineKind.DOCUMENT_NUMBER);
		TextLine signer = only(first, LineKind.SIGNER);
		assertEquals(7, number.gridLine());
		assertEquals(number.baseline(), signer.baseline(), TOLERANCE, "签发人 on the line of the 发文字号");
		assertEquals(LEFT + CELL, number.left(), TOLERANCE, "发文字号 居左空一字");
		assertEquals(RIGHT - CELL, signer.right(), TOLERANCE, "签发人 居右空一字");
		assertEquals("签发人：张三", signer.text());
		assertEquals(FontRole.BODY, signer.glyphs().get(0).role());
		assertEquals(FontRole.KAITI, signer.glyphs().get(4).role());

		Rule red = first.rules().get(0);
		assertEquals(Ink.RED, red.ink());
		assertEquals(LEFT, red.x0(), TOLERANCE);
		assertEquals(RIGHT, red.x1(), TOLERANCE);
		double numberBottom = number.baseline() + 0.12 * 16;
		assertEquals(4 * MM, red.y() - numberBottom, TOLERANCE, "red line 4 mm below the 发文字号");

		// the red line is at 37 + 81.2 mm, inside grid line 7; lines 8 and 9 stay empty, the title starts on 10
		TextLine title = only(first, LineKind.TITLE);
		assertEquals(10, title.gridLine());
		assertEquals(title.left() - LEFT, RIGHT - title.right(), TOLERANCE, "title centred");
		assertEquals(22, title.glyphs().get(0).size(), "2号");
		TextLine recipient = only(first, LineKind.RECIPIENT);
		assertEquals(12, recipient.gridLine(), "one empty line under the title");
		assertEquals("区委依法治区办：", recipient.text());
		assertEquals(LEFT, recipient.left(), TOLERANCE, "顶格");
		assertEquals(13, body(first).get(0).gridLine());
		assertEquals(9, body(first).size());
	}

	@Test
	void withoutRecipientOrSignerTheNumberIsCentred() {
		Header header = new Header("某局", "某局文件", "某发〔2025〕3号", null, null, "标题", null);
		Page first = layout.layout(new OfficialDocument(header, lines(3), NO_CLOSING)).pages().get(0);
		TextLine number = only(first, LineKind.DOCUMENT_NUMBER);
		assertEquals(number.left() - LEFT, RIGHT - number.right(), TOLERANCE);
	}

	@Test
	void withoutHeadTheTitleOpensThePage() {
		Header header = new Header("某局", null, null, null, null, "某局2024年法治政府建设年度报告", null);
		Page first = layout.layout(new OfficialDocument(header, lines(3), NO_CLOSING)).pages().get(0);
		assertEquals(0, only(first, LineKind.TITLE).gridLine());
		assertTrue(first.rules().isEmpty(), "no red line without a 版头");
		assertEquals(2, body(first).get(0).gridLine(), "one empty line between title and body");
	}

	@Test
	void signatureRightTwoCellsAndTheDateTwoCellsFurtherRight() {
		Closing closing = new Closing(null, "某某市某某区人民政府办公室", "2025年1月2日", null, "此件公开发布", null, null, null);
		Page page = layout.layout(new OfficialDocument(NO_HEADER, lines(3), closing)).pages().get(0);
		TextLine signature = only(page, LineKind.SIGNATURE);
		TextLine date = only(page, LineKind.DATE);
		assertEquals(RIGHT - 2 * CELL, signature.right(), TOLERANCE, "署名 右空二字");
		assertEquals(signature.left() + 2 * CELL, date.left(), TOLERANCE, "date starts two cells right of the 署名");
		assertEquals(4, signature.gridLine(), "one empty line under the body");
		assertEquals(5, date.gridLine());
		TextLine note = only(page, LineKind.NOTE);
		assertEquals(6, note.gridLine());
		assertEquals("（此件公开发布）", note.text());
		assertEquals(LEFT + 2 * CELL, note.left(), TOLERANCE, "附注 居左空二字");
	}

	@Test
	void aDateLongerThanTheSignatureSitsRightTwoCellsAndPushesTheSignatureLeft() {
		Closing closing = new Closing(null, "某局", "2025年12月22日", null, null, null, null, null);
		Page page = layout.layout(new OfficialDocument(NO_HEADER, lines(3), closing)).pages().get(0);
		TextLine signature = only(page, LineKind.SIGNATURE);
		TextLine date = only(page, LineKind.DATE);
		assertEquals(RIGHT - 2 * CELL, date.right(), TOLERANCE, "date 右空二字");
		assertEquals(date.left() - 2 * CELL, signature.left(), TOLERANCE);
	}

	@Test
	void withASealTheDateSitsRightFourCellsAndTheSignatureIsCentredOverIt() {
		Closing closing = new Closing(null, "某某市某某区人民政府", "2025年1月2日", "有", null, null, null, null);
		Page page = layout.layout(new OfficialDocument(NO_HEADER, lines(3), closing)).pages().get(0);
		TextLine signature = only(page, LineKind.SIGNATURE);
		TextLine date = only(page, LineKind.DATE);
		assertEquals(RIGHT - 4 * CELL, date.right(), TOLERANCE, "date 右空四字");
		assertEquals((date.left() + date.right()) / 2, (signature.left() + signature.right()) / 2, TOLERANCE);
		assertEquals(date.gridLine() - 1, signature.gridLine());
	}

	@Test
	void theClosingNeverStandsAloneOnAPage() {
		Closing closing = new Closing(null, "某局", "2025年1月2日", null, null, null, null, null);
		LaidOutDocument doc = layout.layout(new OfficialDocument(NO_HEADER, lines(22), closing));
		assertEquals(2, doc.pages().size());
		assertEquals(21, body(doc.pages().get(0)).size());
		Page last = doc.pages().get(1);
		assertEquals(0, body(last).get(0).gridLine(), "the last body line moved with the closing");
		assertEquals(2, only(last, LineKind.SIGNATURE).gridLine());
	}

	@Test
	void pageNumbersSitSevenMillimetresBelowTheTypeAreaOutsideOneCharacter() {
		LaidOutDocument doc = layout.layout(new OfficialDocument(NO_HEADER, lines(50), NO_CLOSING));
		double one = 14; // 空一字 in 4号
		for (Page page : doc.pages()) {
			TextLine folio = only(page, LineKind.PAGE_NUMBER);
			assertEquals("— " + page.number() + " —", page.folio());
			assertEquals("—" + page.number() + "—", folio.text(), "spaces are positions, not glyphs");
			assertEquals(14, folio.glyphs().get(0).size(), "4号");
			assertEquals(BOTTOM + 7 * MM, folio.baseline() - 0.88 * 14, TOLERANCE);
			if (page.number() % 2 == 1) {
				assertEquals(RIGHT - one, folio.right(), TOLERANCE, "odd pages: 右空一字");
			} else {
				assertEquals(LEFT + one, folio.left(), TOLERANCE, "even pages: 左空一字");
			}
		}
	}

	@Test
	void theVersionRecordEndsAnEvenPageWithItsRules() {
		Closing closing = new Closing(null, "某局", "2025年1月2日", null, null, "市委依法治市办，市司法局", "某局办公室", "2025年1月3日");
		// body ends on page 1 (odd): the 版记 goes to page 2, which carries no number
		LaidOutDocument doc = layout.layout(new OfficialDocument(NO_HEADER, lines(5), closing));
		assertEquals(2, doc.pages().size());
		assertNotNull(doc.pages().get(0).folio());
		Page record = doc.pages().get(1);
		assertNull(record.folio());
		TextLine copy = only(record, LineKind.COPY_TO);
		assertEquals("抄送：市委依法治市办，市司法局。", copy.text());
		assertEquals(20, copy.gridLine());
		assertEquals(LEFT + 14, copy.left(), TOLERANCE, "左空一字 (4号)");
		List<TextLine> printer = record.lines().stream().filter(l -> l.kind() == LineKind.PRINTER).toList();
		assertEquals(2, printer.size());
		assertEquals(LEFT + 14, printer.get(0).left(), TOLERANCE, "印发机关 左空一字");
		assertEquals(RIGHT - 14, printer.get(1).right(), TOLERANCE, "印发日期 右空一字");
		assertEquals("2025年1月3日印发", printer.get(1).text());
		List<Rule> rules = record.rules();
		assertEquals(3, rules.size());
		assertEquals(0.35 * MM, rules.get(0).thickness(), TOLERANCE);
		assertEquals(0.25 * MM, rules.get(1).thickness(), TOLERANCE);
		assertEquals(0.35 * MM, rules.get(2).thickness(), TOLERANCE);
		assertEquals(BOTTOM, rules.get(2).y(), TOLERANCE, "the last rule on the bottom edge of the type area");
		for (Rule r : rules) {
			assertEquals(LEFT, r.x0(), TOLERANCE);
			assertEquals(RIGHT, r.x1(), TOLERANCE);
		}
		assertTrue(rules.get(0).y() < copy.baseline() - 0.88 * 14 && copy.baseline() < rules.get(1).y());

		// body ends on page 2 (even) with room: the 版记 shares it
		LaidOutDocument shared = layout.layout(new OfficialDocument(NO_HEADER, lines(30), closing));
		assertEquals(2, shared.pages().size());
		assertTrue(shared.pages().get(1).lines().stream().anyMatch(l -> l.kind() == LineKind.SIGNATURE));
		assertTrue(shared.pages().get(1).lines().stream().anyMatch(l -> l.kind() == LineKind.COPY_TO));

		// body fills page 2: a blank page 3 and the 版记 on page 4, neither numbered
		LaidOutDocument blank = layout.layout(new OfficialDocument(NO_HEADER, lines(40), closing));
		assertEquals(4, blank.pages().size());
		assertTrue(blank.pages().get(2).lines().isEmpty());
		assertNull(blank.pages().get(2).folio());
		assertNull(blank.pages().get(3).folio());
		assertEquals("— 2 —", blank.pages().get(1).folio());
	}

	@Test
	void everyGlyphStaysInsideTheTypeArea() {
		Header header = new Header("某局", "某某市某某区某某局文件", "某发〔2025〕3号", "签发人：", "张三", "关于2024年度法治政府建设情况的报告",
				"区委依法治区办");
		List<Block> body = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			body.add(paragraph("根据“三集中三到位”要求，在14个政务服务部门设置行政审批科，综合窗口比例达88.4%；梳理207件——清单……"));
		}
		Closing closing = new Closing("材料", "某局", "2025年1月2日", null, "此件公开发布", "市委", "某局办公室", "2025年1月3日");
		for (Page page : layout.layout(new OfficialDocument(header, body, closing)).pages()) {
			for (TextLine line : page.lines()) {
				for (PlacedGlyph g : line.glyphs()) {
					assertTrue(g.x() >= LEFT - TOLERANCE && g.x() + g.width() * line.horizontalScale() <= RIGHT + TOLERANCE,
							line.text());
				}
				if (line.gridLine() >= 0) {
					assertTrue(line.gridLine() < 22);
				}
			}
		}
	}

	@Test
	void aDocumentWithOnlyATitleIsOneNumberedPage() {
		Header header = new Header("某局", null, null, null, null, "某局2024年法治政府建设年度报告", null);
		LaidOutDocument doc = layout.layout(new OfficialDocument(header, List.of(), NO_CLOSING));
		assertEquals(1, doc.pages().size());
		assertEquals("— 1 —", doc.pages().get(0).folio());
		assertEquals(0, only(doc.pages().get(0), LineKind.TITLE).gridLine());
	}
}
