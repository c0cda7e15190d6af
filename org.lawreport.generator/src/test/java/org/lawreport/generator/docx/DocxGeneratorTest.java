package org.lawreport.generator.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.testing.TestSupport;
import org.lawreport.generator.docx.DocxGenerator;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Reads the generated DOCX back with POI and checks the GB/T 9704 layout numbers: page, margins, grid, fonts and
 * sizes on every run, indents, alignment, the 版头 of seed 003, headings of every level, the closing elements,
 * footers and the 版记 section. Expected numbers are worked out here from the standard's millimetres and point
 * sizes, not taken from the generator.
 */
class DocxGeneratorTest {

	private static final String FANGSONG = "仿宋_GB2312";
	private static final String HEITI = "黑体";
	private static final String KAITI = "楷体_GB2312";
	private static final String XIAOBIAOSONG = "方正小标宋简体";
	private static final String SONGTI = "宋体";
	private static final Set<String> FONTS = Set.of(FANGSONG, HEITI, KAITI, XIAOBIAOSONG, SONGTI);

	/** 156 mm in twips (the type area's width). */
	private static final int TYPE_WIDTH = twips(156);
	/** One 3号 character: 16 pt = 320 twips (the unit of 空一字 in the body). */
	private static final int EM = 320;
	/** One 4号 character: 14 pt = 280 twips. */
	private static final int SMALL_EM = 280;
	/** Advances on the grid: a CJK character 16 pt − 0.25 pt, an ASCII character 8 pt − 0.25 pt (in twips). */
	private static final int FULL = 315;
	private static final int HALF = 155;

	private static final Pattern HEADING_NUMBER = Pattern.compile("^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）|(\\d+)\\.|（(\\d+)）)");

	static int twips(double mm) {
		return (int) Math.round(mm / 25.4 * 72 * 20);
	}

	// ------------------------------------------------------------------ page

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "003" })
	void pageIsA4WithTheStandardMarginsAndALineGridOf22Lines(String seed) throws IOException {
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.seed(seed)))) {
			List<CTSectPr> sections = sections(doc);
			assertFalse(sections.isEmpty());
			for (CTSectPr s : sections) {
				assertEquals(11906, num(s.getPgSz().getW()), "A4 width 210 mm");
				assertEquals(16838, num(s.getPgSz().getH()), "A4 height 297 mm");
				assertEquals(twips(37), num(s.getPgMar().getTop()), "天头 37 mm");
				assertEquals(twips(35), num(s.getPgMar().getBottom()), "bottom 35 mm");
				assertEquals(twips(28), num(s.getPgMar().getLeft()), "订口 28 mm");
				assertEquals(twips(26), num(s.getPgMar().getRight()), "right 26 mm");
				assertEquals(STDocGrid.LINES, s.getDocGrid().getType(), "a line grid (LibreOffice widens a character grid)");
				int pitch = num(s.getDocGrid().getLinePitch());
				assertTrue(22 * pitch <= twips(225) && 22 * (pitch + 1) > twips(225),
						"the largest pitch that fits 22 lines in 225 mm: " + pitch);
				assertEquals(579, pitch);
			}
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void everyRunNamesItsEastAsianFontAndSizeWithoutThemesStylesOrOtherFields(String seed) throws IOException {
		byte[] bytes = SeedDocuments.docx(SeedDocuments.seedWith(seed, SeedDocuments.VERSION_RECORD));
		try (XWPFDocument doc = SeedDocuments.read(bytes)) {
			List<XWPFRun> runs = new ArrayList<>();
			doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
			for (XWPFFooter footer : doc.getFooterList()) {
				footer.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
			}
			assertTrue(runs.size() > 20, "runs: " + runs.size());
			for (XWPFRun run : runs) {
				String font = font(run);
				assertTrue(FONTS.contains(font), "a 公文 font on every run: " + font + " on " + run.text());
				assertNotNull(rPr(run).getRFontsArray(0).getHint(), "East Asian hint on " + run.text());
				assertEquals("eastAsia", rPr(run).getRFontsArray(0).getHint().toString());
				assertTrue(rPr(run).sizeOfSzArray() == 1, "explicit size on " + run.text());
				assertEquals("zh-CN", rPr(run).getLangArray(0).getEastAsia());
			}
		}
		for (Map.Entry<String, String> part : parts(bytes).entrySet()) {
			if (!part.getKey().startsWith("word/")) {
				continue;
			}
			String xml = part.getValue();
			assertFalse(xml.contains("Theme="), "no theme fonts in " + part.getKey());
			assertFalse(xml.contains("<w:pStyle") || xml.contains("<w:rStyle"), "no named styles in " + part.getKey());
			assertFalse(xml.contains("fldSimple"), "complex fields only in " + part.getKey());
			Matcher instruction = Pattern.compile("<w:instrText[^>]*>([^<]*)<").matcher(xml);
			while (instruction.find()) {
				assertEquals("PAGE", instruction.group(1).strip(), "only PAGE fields (WPS renders it)");
			}
		}
	}

	@Test
	void quotesDashesAndEllipsesAreSetInTheBodyFontNotALatinOne() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER + """
				部分 举措成效 "举措"
					段 "开展“一网通办”改革——全年办结……共{12件}。"
				""");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			XWPFRun run = doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
					.filter(r -> r.text().contains("“")).findFirst().orElseThrow();
			CTFonts fonts = rPr(run).getRFontsArray(0);
			assertEquals(FANGSONG, fonts.getAscii());
			assertEquals(FANGSONG, fonts.getHAnsi());
			assertEquals(FANGSONG, fonts.getEastAsia());
			assertTrue(run.text().contains("——") && run.text().contains("……"));
		}
	}

	// ------------------------------------------------------------------ body

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void bodyBlocksAreJustifiedGridParagraphsIndentedTwoCharactersInTheirLevelFonts(String seed) throws IOException {
		OfficialDocument document = SeedDocuments.seed(seed);
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<XWPFParagraph> paragraphs = doc.getParagraphs();
			int at = 0;
			for (Block block : document.body()) {
				while (at < paragraphs.size() && !paragraphs.get(at).getText().equals(block.text())) {
					at++;
				}
				assertTrue(at < paragraphs.size(), "block in the DOCX, as one paragraph: " + block.text());
				XWPFParagraph p = paragraphs.get(at);
				CTPPr ppr = p.getCTP().getPPr();
				assertEquals(ParagraphAlignment.BOTH, p.getAlignment());
				assertEquals(2 * EM, num(ppr.getInd().getFirstLine()), "two characters, in twips");
				assertOn(ppr.getOverflowPunct(), "overflowPunct=1: no hanging punctuation");
				assertNull(ppr.getSnapToGrid(), "on the grid");
				CTSpacing spacing = ppr.getSpacing();
				assertEquals(240, num(spacing.getLine()));
				assertEquals(STLineSpacingRule.AUTO, spacing.getLineRule());
				assertEquals(0, num(spacing.getBefore()));
				assertEquals(0, num(spacing.getAfter()));
				String headingFont = block instanceof Heading h ? levelFont(h.level()) : FANGSONG;
				int headingChars = block instanceof Heading h ? (h.number() + OfficialDocument.Run.join(h.title())).length() : 0;
				int seen = 0;
				for (XWPFRun run : p.getRuns()) {
					assertEquals(16.0, run.getFontSizeAsDouble(), "3号");
					assertEquals(-5, run.getCharacterSpacing(), "−0.25 pt: 28 characters in 156 mm");
					String expected = seen < headingChars ? headingFont : FANGSONG;
					assertEquals(expected, font(run), "font of \"" + run.text() + "\" in " + block.text());
					seen += run.text().length();
				}
				at++;
			}
		}
	}

	@Test
	void runOnHeadingIsOneParagraphHeadingFontThenBodyFont() throws IOException {
		OfficialDocument document = SeedDocuments.seed("002");
		Heading runOn = document.body().stream().filter(b -> b instanceof Heading h && h.level() == 2 && !h.runOn().isEmpty())
				.map(Heading.class::cast).findFirst().orElseThrow();
		String headingText = runOn.number() + OfficialDocument.Run.join(runOn.title());
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith(headingText)).findFirst().orElseThrow();
			assertEquals(runOn.text(), p.getText(), "heading and its first paragraph in one paragraph");
			assertTrue(p.getText().length() > headingText.length() + 10);
			StringBuilder kai = new StringBuilder();
			StringBuilder fang = new StringBuilder();
			for (XWPFRun run : p.getRuns()) {
				(font(run).equals(KAITI) ? kai : fang).append(run.text());
				if (font(run).equals(FANGSONG)) {
					assertTrue(kai.length() > 0, "heading runs come first");
				}
			}
			assertEquals(headingText, kai.toString(), "（一） and title in 楷体");
			assertEquals(OfficialDocument.Run.join(runOn.runOn()), fang.toString(), "run-on text in 仿宋");
		}
	}

	@Test
	void headingNumbersOfEveryLevelInOrderAndRunInNumbersInsideParagraphs() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER + """
				部分 举措成效 "举措"
					段 "总述。" 要点 "甲。" 要点 "乙。"
					节 "第一节"
						条 "条一。" 接排
							段 要点 "子甲。"
						条 "条二"
					节 "第二节"
						条 "条三"
							款 "款一"
							款 "款二"
				部分 不足原因 "不足"
					段 要点 "丁。"
				""");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<String> numbers = new ArrayList<>();
			List<String> fonts = new ArrayList<>();
			for (XWPFParagraph p : doc.getParagraphs()) {
				Matcher number = p.getRuns().isEmpty() ? null : HEADING_NUMBER.matcher(p.getRuns().get(0).text());
				if (number != null && number.find()) {
					// the number opens the heading's first run, in the heading's font
					numbers.add(number.group());
					fonts.add(font(p.getRuns().get(0)));
				}
			}
			assertEquals(List.of("一、", "（一）", "1.", "2.", "（二）", "1.", "（1）", "（2）", "二、"), numbers);
			assertEquals(List.of(HEITI, KAITI, FANGSONG, FANGSONG, KAITI, FANGSONG, FANGSONG, FANGSONG, HEITI), fonts);
			List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertTrue(texts.contains("总述。一是甲。二是乙。"), "run-in numbers inside the paragraph: " + texts);
			assertTrue(texts.contains("1.条一。一是子甲。"), "接排 with a run-in number: " + texts);
			assertTrue(texts.stream().noneMatch(t -> t.startsWith("二是")));
		}
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "001", "003" })
	void headingNumbersCountUpWithinTheirParentInSeeds(String seed) throws IOException {
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.seed(seed)))) {
			int[] expected = new int[5];
			int headings = 0;
			for (XWPFParagraph p : doc.getParagraphs()) {
				if (p.getRuns().isEmpty()) {
					continue;
				}
				Matcher m = HEADING_NUMBER.matcher(p.getRuns().get(0).text());
				if (!m.find()) {
					continue;
				}
				int level = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
				String digits = m.group(level);
				int value = level <= 2 ? chinese(digits) : Integer.parseInt(digits);
				assertEquals(++expected[level], value, "heading " + p.getText());
				for (int deeper = level + 1; deeper < expected.length; deeper++) {
					expected[deeper] = 0;
				}
				assertEquals(levelFont(level), font(p.getRuns().get(0)), p.getText());
				headings++;
			}
			assertTrue(headings > 10, "headings found: " + headings);
		}
	}

	// ------------------------------------------------------------------ 版头

	@Test
	void seed003HasTheFullIssuerHead() throws IOException {
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.seed("003")))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			XWPFParagraph mark = ps.get(0);
			assertEquals("重庆市潼南区政务服务管理办公室文件", mark.getText());
			assertEquals(ParagraphAlignment.CENTER, mark.getAlignment());
			XWPFRun markRun = mark.getRuns().get(0);
			assertEquals(XIAOBIAOSONG, font(markRun));
			assertEquals("FF0000", markRun.getColor(), "red");
			double size = markRun.getFontSizeAsDouble();
			int scale = markRun.getTextScale();
			assertTrue(size >= 22, "at least 2号: " + size);
			assertTrue(size * 17 * scale / 100 <= 156 / 25.4 * 72, "on one line: " + size + " pt at " + scale + "%");
			int before = num(mark.getCTP().getPPr().getSpacing().getBefore());
			assertTrue(before > twips(30) && before <= twips(35), "its top 35 mm below the type area: " + before);

			assertTrue(ps.get(1).getText().isEmpty() && ps.get(2).getText().isEmpty(), "two lines between mark and number");
			XWPFParagraph number = ps.get(3);
			List<XWPFRun> runs = number.getRuns();
			assertEquals("潼政务办〔2021〕10号", runs.get(0).text());
			assertEquals(FANGSONG, font(runs.get(0)));
			assertTrue(runs.get(1).getCTR().sizeOfTabArray() == 1, "a tab to the right");
			assertEquals("签发：", runs.get(2).text(), "the label as the report gives it");
			assertEquals(FANGSONG, font(runs.get(2)));
			assertEquals("黄西北", runs.get(3).text());
			assertEquals(KAITI, font(runs.get(3)), "签发人 name in 楷体");
			assertEquals(ParagraphAlignment.LEFT, number.getAlignment());
			assertEquals(EM, num(number.getCTP().getPPr().getInd().getFirstLine()), "发文字号 居左空一字");
			CTTabStop tab = number.getCTP().getPPr().getTabs().getTabArray(0);
			assertEquals(STTabJc.RIGHT, tab.getVal());
			assertEquals(TYPE_WIDTH - EM, num(tab.getPos()), "签发人 居右空一字");
			CTBorder red = number.getCTP().getPPr().getPBdr().getBottom();
			assertEquals(STBorder.SINGLE, red.getVal());
			assertEquals("FF0000", red.xgetColor().getStringValue(), "red");
			assertNull(number.getCTP().getPPr().getInd().getLeft(), "the red line spans the type area");
			assertNull(number.getCTP().getPPr().getInd().getRight());

			assertTrue(ps.get(4).getText().isEmpty() && ps.get(5).getText().isEmpty(), "title two lines below the red line");
			XWPFParagraph title = ps.get(6);
			assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
			assertEquals("重庆市潼南区政务服务管理办公室关于2020年度法治政府建设情况的报告", title.getText().replaceAll("\\s", ""));
			assertEquals(XIAOBIAOSONG, font(title.getRuns().get(0)));
			assertEquals(22.0, title.getRuns().get(0).getFontSizeAsDouble(), "2号");
			assertEquals(1, title.getCTP().getRArray(0).sizeOfBrArray(), "broken where the author put the space");
			assertEquals("重庆市潼南区政务服务管理办公室", title.getRuns().get(0).text().strip());

			assertTrue(ps.get(7).getText().isEmpty(), "主送机关 one line below the title");
			XWPFParagraph recipient = ps.get(8);
			assertEquals("区委依法治区办：", recipient.getText(), "full-width colon");
			CTPPr rppr = recipient.getCTP().getPPr();
			assertTrue(rppr.getInd() == null || rppr.getInd().getFirstLine() == null, "顶格");
			assertEquals(FANGSONG, font(recipient.getRuns().get(0)));
		}
	}

	@Test
	void documentNumberOfADownwardReportIsCentred() throws IOException {
		OfficialDocument document = SeedDocuments.parse("""
				报告 依据 法治政府建设年度报告
				标题 "关于2024年度法治政府建设情况的报告"
				发文机关标志 "某局文件"
				发文字号 "某发〔2025〕1号"
				段 "正文。"
				""");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			XWPFParagraph number = doc.getParagraphs().stream().filter(p -> p.getText().equals("某发〔2025〕1号")).findFirst()
					.orElseThrow();
			assertEquals(ParagraphAlignment.CENTER, number.getAlignment());
			assertEquals("FF0000", number.getCTP().getPPr().getPBdr().getBottom().xgetColor().getStringValue());
		}
	}

	// ------------------------------------------------------------------ closing

	@Test
	void signatureRightTwoCharactersAndDateTwoCharactersRightOfItsStart() throws IOException {
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.seed("000")))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			int s = indexOf(ps, "重庆市武隆区政务服务管理办公室");
			assertTrue(ps.get(s - 1).getText().isEmpty(), "one line below the body");
			XWPFParagraph signature = ps.get(s);
			XWPFParagraph date = ps.get(s + 1);
			assertEquals("2025年1月22日", date.getText());
			assertEquals(ParagraphAlignment.RIGHT, signature.getAlignment());
			assertEquals(2 * EM, num(signature.getCTP().getPPr().getInd().getRight()), "署名 右空二字");
			int signatureStart = TYPE_WIDTH - 2 * EM - 15 * FULL;
			assertEquals(ParagraphAlignment.LEFT, date.getAlignment());
			assertEquals(signatureStart + 2 * EM, num(date.getCTP().getPPr().getInd().getLeft()),
					"date starts two characters right of the 署名's first character");
		}
	}

	@Test
	void aDateLongerThanTheSignatureGoesRightTwoCharactersAndTheSignatureMovesLeft() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER.replace("署名 \"某市某局\"", "署名 \"某局\"") + "段 \"正文。\"\n");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			int s = indexOf(ps, "某局");
			XWPFParagraph date = ps.get(s + 1);
			assertEquals("2025年1月20日", date.getText());
			int dateWidth = 3 * FULL + 7 * HALF;
			assertEquals(ParagraphAlignment.RIGHT, date.getAlignment());
			assertEquals(2 * EM, num(date.getCTP().getPPr().getInd().getRight()), "date 右空二字");
			assertEquals(TYPE_WIDTH - 2 * EM - dateWidth - 2 * EM, num(ps.get(s).getCTP().getPPr().getInd().getLeft()),
					"署名 starts two characters left of the date");
		}
	}

	@Test
	void withASealTheDateIsRightFourCharactersAndTheSignatureCentredAboveIt() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER + "印章 \"某市某局\"\n段 \"正文。\"\n");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			int s = indexOf(ps, "某市某局");
			XWPFParagraph signature = ps.get(s);
			XWPFParagraph date = ps.get(s + 1);
			assertEquals(ParagraphAlignment.RIGHT, date.getAlignment());
			assertEquals(4 * EM, num(date.getCTP().getPPr().getInd().getRight()), "date 右空四字");
			int dateWidth = 3 * FULL + 7 * HALF;
			int signatureWidth = 4 * FULL;
			int dateCentre = TYPE_WIDTH - 4 * EM - dateWidth / 2;
			int signatureRight = num(signature.getCTP().getPPr().getInd().getRight());
			int signatureCentre = TYPE_WIDTH - signatureRight - signatureWidth / 2;
			assertTrue(Math.abs(signatureCentre - dateCentre) <= 1, "署名 centred on the date: " + signatureCentre + " vs " + dateCentre);
			assertTrue(ps.get(s - 1).getText().isEmpty() && ps.get(s - 2).getText().isEmpty(), "room for the seal");
		}
	}

	@Test
	void attachmentNoteAndNoteFollowTheBody() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER + """
				附件说明 "1.政务服务事项统计表"
				附注 "此件公开发布"
				段 "正文。"
				""");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<XWPFParagraph> ps = doc.getParagraphs();
			int a = indexOf(ps, "附件：1.政务服务事项统计表");
			assertTrue(ps.get(a - 1).getText().isEmpty(), "one line below the body");
			var ind = ps.get(a).getCTP().getPPr().getInd();
			int prefix = 3 * FULL + 2 * HALF;
			assertEquals(prefix, num(ind.getHanging()), "wrapped lines under the name's first character");
			assertEquals(2 * EM + prefix, num(ind.getLeft()), "左空二字");
			int n = indexOf(ps, "（此件公开发布）");
			assertEquals(indexOf(ps, "2025年1月20日") + 1, n, "附注 on the line after the date");
			assertEquals(2 * EM, num(ps.get(n).getCTP().getPPr().getInd().getFirstLine()), "居左空二字");
		}
	}

	// ------------------------------------------------------------------ footers, 版记, properties

	@Test
	void pageNumbersInEvenAndOddFootersOddRightEvenLeft() throws IOException {
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.seed("000")))) {
			assertTrue(doc.getEvenAndOddHeadings(), "even-and-odd footers");
			CTSectPr body = doc.getDocument().getBody().getSectPr();
			XWPFFooter odd = footer(doc, body, STHdrFtr.DEFAULT);
			XWPFFooter even = footer(doc, body, STHdrFtr.EVEN);
			assertPageNumber(odd, ParagraphAlignment.RIGHT);
			assertPageNumber(even, ParagraphAlignment.LEFT);
			assertEquals(SMALL_EM, num(odd.getParagraphs().get(0).getCTP().getPPr().getInd().getRight()), "odd pages 右空一字");
			assertEquals(SMALL_EM, num(even.getParagraphs().get(0).getCTP().getPPr().getInd().getLeft()), "even pages 左空一字");
		}
	}

	private static void assertPageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
		assertEquals(1, footer.getParagraphs().size());
		XWPFParagraph p = footer.getParagraphs().get(0);
		assertEquals(alignment, p.getAlignment());
		assertEquals("— 1 —", p.getText().replace("PAGE", "").replaceAll("\\s+", " ").strip(),
				"em dashes around the number (field result 1)");
		assertTrue(footer._getHdrFtr().xmlText().contains(" PAGE "), "a PAGE field");
		for (XWPFRun run : p.getRuns()) {
			assertEquals(SONGTI, font(run));
			assertEquals(14.0, run.getFontSizeAsDouble(), "4号");
		}
	}

	@Test
	void versionRecordSitsInALastSectionWithoutPageNumbers() throws IOException {
		OfficialDocument document = SeedDocuments.parse(TestSupport.HEADER + SeedDocuments.VERSION_RECORD + "段 \"正文。\"\n");
		try (XWPFDocument doc = SeedDocuments.read(SeedDocuments.docx(document))) {
			List<CTSectPr> sections = sections(doc);
			assertEquals(2, sections.size(), "body section and 版记 section");
			assertTrue(footer(doc, sections.get(0), STHdrFtr.DEFAULT).getText().contains("—"), "body pages numbered");
			CTSectPr last = sections.get(1);
			assertEquals(STSectionMark.NEXT_PAGE, last.getType().getVal(), "a one-page body is known to end on page 1");
			for (STHdrFtr.Enum type : List.of(STHdrFtr.DEFAULT, STHdrFtr.EVEN)) {
				XWPFFooter f = footer(doc, last, type);
				assertEquals("", f.getText().strip(), "no page number on the 版记 page");
				assertFalse(f._getHdrFtr().xmlText().contains("PAGE"));
			}
			List<XWPFParagraph> ps = doc.getParagraphs();
			int c = indexOf(ps, "抄送：市委依法治市办，市司法局。");
			XWPFParagraph copy = ps.get(c);
			XWPFParagraph spacer = ps.get(c - 1);
			XWPFParagraph print = ps.get(c + 1);
			assertEquals(c + 2, ps.size(), "the 版记 ends the document");
			assertRule(spacer.getCTP().getPPr().getPBdr().getBottom(), 8, "first rule 0.35 mm");
			assertRule(print.getCTP().getPPr().getPBdr().getTop(), 6, "middle rule 0.25 mm");
			assertRule(print.getCTP().getPPr().getPBdr().getBottom(), 8, "last rule 0.35 mm");
			assertEquals(14.0, copy.getRuns().get(0).getFontSizeAsDouble(), "4号");
			assertEquals(FANGSONG, font(copy.getRuns().get(0)));
			var ind = copy.getCTP().getPPr().getInd();
			assertEquals(SMALL_EM, num(ind.getLeft()) - num(ind.getHanging()), "抄送 左空一字");
			assertEquals(SMALL_EM, num(ind.getRight()), "右空一字");
			assertEquals(3 * SMALL_EM, num(ind.getHanging()), "wrapped names under the first name");
			assertEquals("重庆市某区政务服务管理办公室\t2025年1月23日印发", print.getText());
			assertEquals(SMALL_EM, num(print.getCTP().getPPr().getInd().getFirstLine()), "印发机关 左空一字");
			CTTabStop tab = print.getCTP().getPPr().getTabs().getTabArray(0);
			assertEquals(STTabJc.RIGHT, tab.getVal());
			assertEquals(TYPE_WIDTH - SMALL_EM, num(tab.getPos()), "印发日期 右空一字");
		}
	}

	@Test
	void versionRecordIsPaddedToAnEvenPageOnlyWhenTheBodysLastPageIsCertain() throws IOException {
		// page 1 holds 22 lines less the title and the blank line after it: 20; the closing adds 3 lines
		try (XWPFDocument exact = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.oneLineParagraphs(17)))) {
			// 20 lines fill page 1 exactly: one line more in some reader and the body ends on page 2
			assertEquals(STSectionMark.EVEN_PAGE, sections(exact).get(1).getType().getVal(), "left to the reader");
			assertFalse(pageBreakInLastSection(exact), "no padding when the page is not certain");
		}
		try (XWPFDocument clear = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.oneLineParagraphs(27)))) {
			// 30 lines: page 2 with 10 lines either way; the 版记 section would start on page 3
			assertEquals(STSectionMark.NEXT_PAGE, sections(clear).get(1).getType().getVal());
			assertTrue(pageBreakInLastSection(clear), "a page break pads to page 4");
		}
		try (XWPFDocument one = SeedDocuments.read(SeedDocuments.docx(SeedDocuments.oneLineParagraphs(5)))) {
			assertEquals(STSectionMark.NEXT_PAGE, sections(one).get(1).getType().getVal());
			assertFalse(pageBreakInLastSection(one), "page 2 is even already");
		}
	}

	private static boolean pageBreakInLastSection(XWPFDocument doc) {
		boolean inLast = false;
		for (CTP p : doc.getDocument().getBody().getPArray()) {
			if (inLast) {
				for (var r : p.getRArray()) {
					for (var br : r.getBrArray()) {
						if (br.getType() == org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType.PAGE) {
							return true;
						}
					}
				}
			}
			if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
				inLast = true;
			}
		}
		return false;
	}

	private static void assertRule(CTBorder border, int eighths, String what) {
		assertNotNull(border, what);
		assertEquals(STBorder.SINGLE, border.getVal(), what);
		assertEquals(eighths, num(border.getSz()), what);
	}

	@Test
	void documentPropertiesNameTitleAuthorAndLanguage() throws IOException {
		OfficialDocument document = SeedDocuments.seed("003");
		byte[] bytes = SeedDocuments.docx(document);
		try (XWPFDocument doc = SeedDocuments.read(bytes)) {
			var core = doc.getProperties().getCoreProperties();
			assertEquals("重庆市潼南区政务服务管理办公室 关于2020年度法治政府建设情况的报告", core.getTitle());
			assertEquals("重庆市潼南区政务服务管理办公室", core.getCreator());
			assertEquals("zh-CN", core.getUnderlyingProperties().getLanguageProperty().orElseThrow());
			assertEquals(0, doc.getStyle().sizeOfStyleArray(), "no named styles, only document defaults");
			CTFonts defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
			assertEquals(FANGSONG, defaults.getEastAsia());
		} catch (org.apache.xmlbeans.XmlException e) {
			fail(e);
		}
		assertEquals("docx", new DocxGenerator().extension());
	}

	// ------------------------------------------------------------------ helpers

	static String levelFont(int level) {
		return switch (level) {
		case 1 -> HEITI;
		case 2 -> KAITI;
		default -> FANGSONG;
		};
	}

	private static int chinese(String numeral) {
		String digits = "一二三四五六七八九";
		if (numeral.equals("十")) {
			return 10;
		}
		if (numeral.startsWith("十")) {
			return 10 + digits.indexOf(numeral.charAt(1)) + 1;
		}
		if (numeral.length() == 1) {
			return digits.indexOf(numeral.charAt(0)) + 1;
		}
		throw new IllegalArgumentException(numeral);
	}

	private static CTRPr rPr(XWPFRun run) {
		CTRPr rpr = run.getCTR().getRPr();
		assertNotNull(rpr, "run properties on " + run.text());
		return rpr;
	}

	/** The run's font; all four slots must name it. */
	static String font(XWPFRun run) {
		CTRPr rpr = rPr(run);
		assertEquals(1, rpr.sizeOfRFontsArray(), "fonts on " + run.text());
		CTFonts f = rpr.getRFontsArray(0);
		assertEquals(f.getEastAsia(), f.getAscii(), "ASCII font = East Asian font on " + run.text());
		assertEquals(f.getEastAsia(), f.getHAnsi(), "high ANSI font = East Asian font on " + run.text());
		assertEquals(f.getEastAsia(), f.getCs(), "complex-script font = East Asian font on " + run.text());
		return f.getEastAsia();
	}

	private static void assertOn(CTOnOff onOff, String what) {
		assertNotNull(onOff, what);
		Object val = onOff.getVal();
		assertTrue(val == null || Set.of("1", "true", "on").contains(String.valueOf(val)), what + ": " + val);
	}

	private static int num(Object value) {
		return ((BigInteger) value).intValue();
	}

	private static int indexOf(List<XWPFParagraph> ps, String text) {
		for (int i = 0; i < ps.size(); i++) {
			if (ps.get(i).getText().equals(text)) {
				return i;
			}
		}
		throw new AssertionError("no paragraph \"" + text + "\"");
	}

	static List<CTSectPr> sections(XWPFDocument doc) {
		List<CTSectPr> sections = new ArrayList<>();
		for (CTP p : doc.getDocument().getBody().getPArray()) {
			if (p.getPPr() != null && p.getPPr().getSectPr() != null) {
				sections.add(p.getPPr().getSectPr());
			}
		}
		sections.add(doc.getDocument().getBody().getSectPr());
		return sections;
	}

	private static XWPFFooter footer(XWPFDocument doc, CTSectPr section, STHdrFtr.Enum type) {
		for (CTHdrFtrRef ref : section.getFooterReferenceArray()) {
			if (ref.getType() == type) {
				return (XWPFFooter) doc.getRelationById(ref.getId());
			}
		}
		throw new AssertionError("no " + type + " footer in the section");
	}

	private static Map<String, String> parts(byte[] docx) throws IOException {
		Map<String, String> parts = new java.util.TreeMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().endsWith(".xml")) {
					parts.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return parts;
	}
}
