package org.lawreport.generator.docx;

import static org.lawreport.generator.docx.Ooxml.big;
import static org.lawreport.generator.docx.Ooxml.on;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.layout.PageGeometry;
import org.lawreport.generator.docx.LineModel.Rules;
import org.lawreport.generator.docx.Ooxml.Look;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STSectionMark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * Writes one {@link OfficialDocument} as a GB/T 9704 DOCX and keeps count of the grid lines it fills, so that the
 * 版记 can be put on an even page (see {@link PagePlan}).
 */
final class DocxWriter {

	static final String FANGSONG = "仿宋_GB2312";
	static final String HEITI = "黑体";
	static final String KAITI = "楷体_GB2312";
	static final String XIAOBIAOSONG = "方正小标宋简体";
	static final String SONGTI = "宋体";
	static final String RED = "FF0000";
	static final String BLACK = "000000";

	/**
	 * Footer distance from the page's bottom edge: Word and LibreOffice both set the footer's last line this far
	 * up. 25.9 mm puts the middle of the page number, where its 一字线 are, 7 mm below the type area (measured in
	 * LibreOffice: glyph box 265.8–272.2 mm for a type area ending at 262 mm).
	 */
	static final int FOOTER_DISTANCE = PageGeometry.twips(25.9);

	static final Look BODY = new Look(FANGSONG, Grid.BODY_SIZE, Grid.CHARACTER_SPACING);
	static final Look TITLE = new Look(XIAOBIAOSONG, Grid.TITLE_SIZE, 0);
	static final Look SMALL = new Look(FANGSONG, Grid.SMALL_SIZE, 0);
	static final Look PAGE_NUMBER = new Look(SONGTI, Grid.SMALL_SIZE, 0);

	/** What the red separator adds to the height of its paragraph: the border's distance and its width. */
	private static final int RED_LINE_EXTRA = Grid.RED_LINE_SPACE_PT * 20 + Grid.ruleTwips(Grid.RED_RULE);

	/** One character of 3号, the unit of 空一字 in the body. */
	private static final int EM = Grid.BODY_SIZE;
	private static final int SMALL_EM = Grid.SMALL_SIZE;

	private final OfficialDocument document;
	private final XWPFDocument docx;
	private final CTBody body;
	private final PagePlan plan = new PagePlan();

	DocxWriter(OfficialDocument document) {
		this.document = document;
		this.docx = new XWPFDocument();
		this.body = docx.getDocument().getBody();
	}

	XWPFDocument write() {
		properties();
		defaults();
		docx.setEvenAndOddHeadings(true);
		header(document.header());
		for (Block block : document.body()) {
			block(block);
		}
		closing(document.closing());
		CTSectPr last = body.addNewSectPr();
		Closing c = document.closing();
		boolean versionRecord = c.copyTo() != null || c.printer() != null || c.printDate() != null;
		if (versionRecord) {
			if (body.sizeOfPArray() == 0) {
				gridParagraph(BODY, STJc.BOTH);
			}
			// the body section ends with the last body paragraph; the 版记 gets a section of its own, without numbers
			CTP lastBody = body.getPArray(body.sizeOfPArray() - 1);
			CTPPr ppr = lastBody.isSetPPr() ? lastBody.getPPr() : lastBody.addNewPPr();
			CTSectPr bodySection = ppr.addNewSectPr();
			pageSetup(bodySection);
			footers(bodySection, true);
			pageSetup(last);
			PagePlan.Decision decision = plan.decide();
			// when the body's last page is not certain, the reader decides: Word and WPS honour evenPage
			last.addNewType().setVal(decision.computable() ? STSectionMark.NEXT_PAGE : STSectionMark.EVEN_PAGE);
			footers(last, false);
			versionRecord(c, decision.padToEvenPage());
		} else {
			pageSetup(last);
			footers(last, true);
		}
		return docx;
	}

	// ------------------------------------------------------------------ document level

	private void properties() {
		var core = docx.getProperties().getCoreProperties();
		Header h = document.header();
		if (h.title() != null) {
			core.setTitle(h.title());
		}
		if (h.issuer() != null) {
			core.setCreator(h.issuer());
		}
		core.getUnderlyingProperties().setLanguageProperty(Ooxml.LANGUAGE);
	}

	/** Document defaults (no named styles): 3号仿宋, zh-CN, the grid paragraph. Every run repeats them anyway. */
	private void defaults() {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTDocDefaults defaults = styles.addNewDocDefaults();
		CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
		Ooxml.look(rpr, new Look(FANGSONG, Grid.BODY_SIZE, 0));
		var ppr = defaults.addNewPPrDefault().addNewPPr();
		Ooxml.lineSpacing(ppr, 0, 240, false);
		docx.createStyles().setStyles(styles);
	}

	private void pageSetup(CTSectPr section) {
		CTPageSz size = section.addNewPgSz();
		size.setW(big(Grid.PAGE_WIDTH));
		size.setH(big(Grid.PAGE_HEIGHT));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(big(Grid.TOP));
		margins.setBottom(big(Grid.BOTTOM));
		margins.setLeft(big(Grid.LEFT));
		margins.setRight(big(Grid.RIGHT));
		margins.setHeader(big(851));
		margins.setFooter(big(FOOTER_DISTANCE));
		margins.setGutter(big(0));
		CTDocGrid grid = section.addNewDocGrid();
		grid.setType(STDocGrid.LINES);
		grid.setLinePitch(big(Grid.LINE_PITCH));
	}

	/** Odd pages: number at the right, 空一字; even pages: at the left. {@code numbered=false}: empty footers. */
	private void footers(CTSectPr section, boolean numbered) {
		XWPFHeaderFooterPolicy policy = new XWPFHeaderFooterPolicy(docx, section);
		XWPFFooter odd = policy.createFooter(STHdrFtr.DEFAULT);
		XWPFFooter even = policy.createFooter(STHdrFtr.EVEN);
		pageNumber(onlyParagraph(odd), numbered, true);
		pageNumber(onlyParagraph(even), numbered, false);
		// whatever section POI attached the references to, they belong to this one
		for (XWPFFooter footer : List.of(odd, even)) {
			String id = docx.getRelationId(footer);
			for (CTSectPr s : allSections()) {
				for (int i = s.sizeOfFooterReferenceArray() - 1; i >= 0; i--) {
					if (id.equals(s.getFooterReferenceArray(i).getId())) {
						s.removeFooterReference(i);
					}
				}
			}
			CTHdrFtrRef ref = section.addNewFooterReference();
			ref.setType(footer == odd ? STHdrFtr.DEFAULT : STHdrFtr.EVEN);
			ref.setId(id);
		}
	}

	/** The footer's one paragraph (made through POI, which otherwise adds an empty one when saving). */
	private static CTP onlyParagraph(XWPFFooter footer) {
		return footer.createParagraph().getCTP();
	}

	private List<CTSectPr> allSections() {
		List<CTSectPr> sections = new ArrayList<>();
		for (CTP p : body.getPArray()) {
			if (p.isSetPPr() && p.getPPr().isSetSectPr()) {
				sections.add(p.getPPr().getSectPr());
			}
		}
		if (body.isSetSectPr()) {
			sections.add(body.getSectPr());
		}
		return sections;
	}

	private static void pageNumber(CTP p, boolean numbered, boolean odd) {
		CTPPr ppr = p.addNewPPr();
		on(ppr.addNewSnapToGrid(), false);
		Ooxml.lineSpacing(ppr, 0, 240, false);
		CTInd ind = ppr.addNewInd();
		if (odd) {
			ind.setRight(big(SMALL_EM));
		} else {
			ind.setLeft(big(SMALL_EM));
		}
		ppr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
		Ooxml.markLook(ppr, PAGE_NUMBER);
		if (!numbered) {
			return;
		}
		// "— 1 —": 4号 宋体, half-width digits, an em dash (一字线) on each side
		Ooxml.run(p, "— ", PAGE_NUMBER);
		Ooxml.run(p, "", PAGE_NUMBER).addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		var instruction = Ooxml.run(p, "", PAGE_NUMBER).addNewInstrText();
		instruction.setStringValue(" PAGE ");
		instruction.setSpace(SpaceAttribute.Space.PRESERVE);
		Ooxml.run(p, "", PAGE_NUMBER).addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		Ooxml.run(p, "1", PAGE_NUMBER);
		Ooxml.run(p, "", PAGE_NUMBER).addNewFldChar().setFldCharType(STFldCharType.END);
		Ooxml.run(p, " —", PAGE_NUMBER);
	}

	// ------------------------------------------------------------------ paragraphs

	/** A paragraph on the line grid: justified unless told, no widow control, no hanging punctuation. */
	private CTP gridParagraph(Look mark, STJc.Enum jc) {
		CTP p = body.addNewP();
		CTPPr ppr = p.addNewPPr();
		on(ppr.addNewWidowControl(), false);
		// LibreOffice reads overflowPunct inverted; 1 keeps every punctuation mark inside the line in both readers
		on(ppr.addNewOverflowPunct(), true);
		on(ppr.addNewAutoSpaceDE(), false);
		on(ppr.addNewAutoSpaceDN(), false);
		Ooxml.lineSpacing(ppr, 0, 240, false);
		ppr.addNewJc().setVal(jc);
		Ooxml.markLook(ppr, mark);
		return p;
	}

	/** A paragraph off the grid with exactly this line height (the title, the 发文机关标志, the 版记). */
	private CTP exactParagraph(Look mark, STJc.Enum jc, int before, int lineHeight) {
		CTP p = body.addNewP();
		CTPPr ppr = p.addNewPPr();
		on(ppr.addNewWidowControl(), false);
		on(ppr.addNewOverflowPunct(), true);
		on(ppr.addNewAutoSpaceDE(), false);
		on(ppr.addNewAutoSpaceDN(), false);
		on(ppr.addNewSnapToGrid(), false);
		Ooxml.lineSpacing(ppr, before, lineHeight, true);
		ppr.addNewJc().setVal(jc);
		Ooxml.markLook(ppr, mark);
		return p;
	}

	private static CTInd indent(CTP p) {
		CTPPr ppr = p.getPPr();
		return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
	}

	private void blankLines(int count) {
		for (int i = 0; i < count; i++) {
			gridParagraph(BODY, STJc.BOTH);
		}
	}

	// ------------------------------------------------------------------ 版头, title, 主送机关

	private void header(Header h) {
		boolean hasNumberLine = h.documentNumber() != null || h.signer() != null;
		if (h.issuerMark() != null) {
			issuerMark(h.issuerMark(), hasNumberLine);
			blankLines(2);
			plan.headerLines(2);
		}
		if (hasNumberLine) {
			numberLine(h);
		}
		if (h.issuerMark() != null || hasNumberLine) {
			blankLines(2);
			plan.headerLines(2);
		}
		if (h.title() != null) {
			title(h.title());
			blankLines(1);
			plan.headerLines(1);
		}
		if (h.recipient() != null) {
			String text = h.recipient() + "：";
			CTP p = gridParagraph(BODY, STJc.BOTH);
			Ooxml.run(p, text, BODY);
			plan.headerLines(lines(text, BODY, 0, 0, Grid.TYPE_WIDTH));
		}
	}

	/**
	 * Red, centred, 小标宋, 初号 on one line (narrowed, never widened; smaller when very long); its top edge 35 mm below the type
	 * area's top. The line is as high as a CJK font's glyph box (1.3 em), so where the characters stand does not
	 * depend on how a reader places text in a taller line; their ink starts about 0.2 em below the line's top
	 * (measured in LibreOffice at 22 and 36 pt). The space after it is chosen so that
	 * what page 1 holds off the grid leaves half a line pitch to spare: the count of body lines on page 1 then
	 * does not hang on a reader's rounding.
	 */
	private void issuerMark(String mark, boolean numberLineFollows) {
		int maxWidth = Grid.TYPE_WIDTH - 2 * EM;
		int size = Grid.ISSUER_MARK_SIZE;
		while (size > Grid.TITLE_SIZE && LineModel.width(mark, size, 0) / 2 > maxWidth) {
			size -= 20;
		}
		int natural = LineModel.width(mark, size, 0);
		int scale = Math.max(1, Math.min(100, maxWidth * 100 / Math.max(1, natural)));
		int lineHeight = size * 13 / 10;
		int before = Grid.ISSUER_MARK_TOP - size / 5;
		int offGrid = before + lineHeight + RED_LINE_EXTRA;
		int rest = Math.floorMod(Grid.TYPE_HEIGHT - offGrid, Grid.LINE_PITCH);
		int after = Math.floorMod(rest - Grid.LINE_PITCH / 2, Grid.LINE_PITCH);
		Look look = new Look(XIAOBIAOSONG, size, 0, RED, scale);
		CTP p = exactParagraph(look, STJc.CENTER, before, lineHeight);
		p.getPPr().getSpacing().setAfter(big(after));
		if (!numberLineFollows) {
			redLine(p);
			plan.offGrid(RED_LINE_EXTRA);
		}
		Ooxml.run(p, mark, look);
		plan.offGrid(before + lineHeight + after);
	}

	private static void redLine(CTP p) {
		CTPBdr borders = p.getPPr().addNewPBdr();
		Ooxml.border(borders.addNewBottom(), Grid.RED_RULE, Grid.RED_LINE_SPACE_PT, RED);
	}

	/**
	 * 发文字号 and 签发人. An upward report (one with a 主送机关) puts the number 居左空一字 and "签发人：" (仿宋) with the
	 * name (楷体) 居右空一字 on the same line; otherwise the number is centred. The red separator is this
	 * paragraph's bottom border, 4 mm below, as wide as the type area.
	 */
	private void numberLine(Header h) {
		boolean upward = h.recipient() != null || h.signer() != null;
		CTP p = gridParagraph(BODY, upward ? STJc.LEFT : STJc.CENTER);
		if (upward) {
			indent(p).setFirstLine(big(EM));
			CTTabStop tab = p.getPPr().addNewTabs().addNewTab();
			tab.setVal(STTabJc.RIGHT);
			tab.setPos(big(Grid.TYPE_WIDTH - EM));
		}
		redLine(p);
		if (h.documentNumber() != null) {
			Ooxml.run(p, h.documentNumber(), BODY);
		}
		if (h.signer() != null) {
			Ooxml.run(p, "", BODY).addNewTab();
			Ooxml.run(p, h.signerLabel(), BODY);
			Ooxml.run(p, h.signer(), BODY.withFont(KAITI));
		}
		plan.headerLines(1);
		plan.offGrid(RED_LINE_EXTRA);
	}

	/**
	 * 2号小标宋, centred. A space in the title marks where the author broke it (机关名称 / 关于……的报告): each part
	 * goes on its own line. Lines are exactly one grid pitch high, so Word and LibreOffice agree.
	 */
	private void title(String title) {
		CTP p = exactParagraph(TITLE, STJc.CENTER, 0, Grid.LINE_PITCH);
		String[] parts = title.strip().split("[ \\u3000]+");
		int lines = 0;
		for (int i = 0; i < parts.length; i++) {
			CTR r = Ooxml.run(p, parts[i], TITLE);
			if (i < parts.length - 1) {
				// the break goes after the text of the same run
				r.addNewBr();
			}
			lines += lines(parts[i], TITLE, 0, 0, Grid.TYPE_WIDTH);
		}
		plan.headerLines(lines);
	}

	// ------------------------------------------------------------------ body

	private void block(Block block) {
		CTP p = gridParagraph(BODY, STJc.BOTH);
		indent(p).setFirstLine(big(2 * EM));
		if (block instanceof Heading heading) {
			Look look = BODY.withFont(headingFont(heading.level()));
			List<Run> numberAndTitle = new ArrayList<>(heading.title().size() + 1);
			numberAndTitle.add(new Run(heading.number(), Run.Kind.TEXT));
			numberAndTitle.addAll(heading.title());
			runs(p, numberAndTitle, look);
			runs(p, heading.runOn(), BODY);
		} else if (block instanceof Paragraph paragraph) {
			runs(p, paragraph.runs(), BODY);
		}
		plan.bodyLines(block.text(), BODY, 2 * EM, 0, Grid.TYPE_WIDTH);
	}

	static String headingFont(int level) {
		return switch (level) {
		case 1 -> HEITI;
		case 2 -> KAITI;
		default -> FANGSONG;
		};
	}

	/** The runs of a paragraph share one look, so they become one run: fewer elements for WPS, Word and us. */
	private static void runs(CTP p, List<Run> runs, Look look) {
		StringBuilder text = new StringBuilder();
		for (Run run : runs) {
			text.append(run.text());
		}
		if (text.length() > 0) {
			Ooxml.run(p, text.toString(), look);
		}
	}

	// ------------------------------------------------------------------ after the body

	private void closing(Closing c) {
		if (c.attachmentNote() != null) {
			blankLines(1);
			plan.closingLines(1);
			String prefix = "附件：";
			var numbered = Pattern.compile("^\\d+[.．]").matcher(c.attachmentNote());
			if (numbered.find()) {
				prefix += numbered.group();
			}
			// wrapped lines align with the first character of the attachment's name
			int hanging = LineModel.width(prefix, Grid.BODY_SIZE, Grid.CHARACTER_SPACING);
			CTP p = gridParagraph(BODY, STJc.BOTH);
			CTInd ind = indent(p);
			ind.setLeft(big(2 * EM + hanging));
			ind.setHanging(big(hanging));
			String text = "附件：" + c.attachmentNote();
			Ooxml.run(p, text, BODY);
			plan.closingText(text, BODY, 2 * EM, 2 * EM + hanging, Grid.TYPE_WIDTH);
		}
		if (c.signature() != null || c.date() != null) {
			boolean seal = c.seal() != null;
			// with a seal the 署名 and date sit at the seal's centre, a little lower: one more line below the body
			blankLines(seal ? 2 : 1);
			plan.closingLines(seal ? 2 : 1);
			if (seal) {
				sealedSignature(c.signature(), c.date());
			} else {
				signature(c.signature(), c.date());
			}
		}
		if (c.note() != null) {
			String text = "（" + c.note() + "）";
			CTP p = gridParagraph(BODY, STJc.BOTH);
			indent(p).setFirstLine(big(2 * EM));
			Ooxml.run(p, text, BODY);
			plan.closingText(text, BODY, 2 * EM, 0, Grid.TYPE_WIDTH);
		}
	}

	/**
	 * Without a seal: 署名 右空二字; the date on the next line, its first character two characters right of the
	 * 署名's first character. When that would push the date past 右空二字, the date is set 右空二字 and the 署名
	 * starts two characters left of the date.
	 */
	private void signature(String signature, String date) {
		int right = Grid.TYPE_WIDTH - 2 * EM;
		if (signature == null) {
			rightAligned(date, 2 * EM);
			return;
		}
		int signatureWidth = width(signature);
		if (date == null) {
			rightAligned(signature, 2 * EM);
			return;
		}
		int dateWidth = width(date);
		int signatureStart = right - signatureWidth;
		if (signatureStart + 2 * EM + dateWidth <= right) {
			rightAligned(signature, 2 * EM);
			leftIndented(date, signatureStart + 2 * EM);
		} else {
			int dateStart = right - dateWidth;
			leftIndented(signature, Math.max(0, dateStart - 2 * EM));
			rightAligned(date, 2 * EM);
		}
	}

	/** With a seal: date 右空四字, 署名 centred on the date above it. */
	private void sealedSignature(String signature, String date) {
		if (date == null) {
			rightAligned(signature, 4 * EM);
			return;
		}
		if (signature != null) {
			int centreFromRight = 4 * EM + width(date) / 2;
			rightAligned(signature, Math.max(0, centreFromRight - width(signature) / 2));
		}
		rightAligned(date, 4 * EM);
	}

	private void rightAligned(String text, int rightIndent) {
		CTP p = gridParagraph(BODY, STJc.RIGHT);
		indent(p).setRight(big(rightIndent));
		Ooxml.run(p, text, BODY);
		plan.closingText(text, BODY, 0, 0, Grid.TYPE_WIDTH - rightIndent);
	}

	private void leftIndented(String text, int leftIndent) {
		CTP p = gridParagraph(BODY, STJc.LEFT);
		indent(p).setLeft(big(leftIndent));
		Ooxml.run(p, text, BODY);
		plan.closingText(text, BODY, leftIndent, leftIndent, Grid.TYPE_WIDTH);
	}

	private static int width(String text) {
		return LineModel.width(text, Grid.BODY_SIZE, Grid.CHARACTER_SPACING);
	}

	private static int lines(String text, Look look, int firstStart, int otherStart, int end) {
		return LineModel.lines(text, look.sizeTwips(), look.spacingTwips(), firstStart, otherStart, end, Rules.LIBREOFFICE);
	}

	// ------------------------------------------------------------------ 版记

	/** Height of the paragraph that holds the padding page break. */
	private static final int PAD_LINE = 20;

	/**
	 * The 版记 on a page of its own, its last rule on the bottom edge of the type area: a spacer paragraph of
	 * exact height whose bottom border is the first rule (0.35 mm), the 抄送 lines (4号仿宋, 左右各空一字, wrapped
	 * lines aligned after the colon), then 印发机关 (左空一字) and 印发日期 + "印发" (右空一字) between a 0.25 mm
	 * rule and the last 0.35 mm rule. When the body is known to end on an even page, a page break comes first:
	 * the blank page belongs to this section and so carries no number either.
	 */
	private void versionRecord(Closing c, boolean padToEvenPage) {
		String copyTo = c.copyTo() == null ? null : "抄送：" + c.copyTo() + "。";
		boolean printLine = c.printer() != null || c.printDate() != null;
		// each line is one grid pitch: the text's own height (1.3 em) and the rest split above and below it
		int textLine = Grid.SMALL_SIZE * 13 / 10;
		int above = (Grid.LINE_PITCH - textLine) / 2;
		int below = Grid.LINE_PITCH - textLine - above;
		int abovePt = Math.round(above / 20f);
		int belowPt = Math.round(below / 20f);
		int outer = Grid.ruleTwips(Grid.OUTER_RULE);
		int inner = Grid.ruleTwips(Grid.INNER_RULE);

		int content = outer;
		int copyLines = 0;
		if (copyTo != null) {
			copyLines = LineModel.lines(copyTo, SMALL.sizeTwips(), 0, SMALL_EM, 4 * SMALL_EM, Grid.TYPE_WIDTH - SMALL_EM,
					Rules.LIBREOFFICE);
			content += above + copyLines * textLine + (printLine ? below : belowPt * 20 + outer);
		}
		if (printLine) {
			content += (copyTo != null ? inner + abovePt * 20 : above) + textLine + belowPt * 20 + outer;
		}
		if (padToEvenPage) {
			// a page break in a paragraph of its own, one twentieth of a millimetre high where Word leaves its mark
			CTP pad = exactParagraph(SMALL, STJc.LEFT, 0, PAD_LINE);
			Ooxml.run(pad, "", SMALL).addNewBr().setType(STBrType.PAGE);
			content += PAD_LINE;
		}
		// a little room so that rounding in a reader never pushes the last rule onto a new page
		int spacerHeight = Math.max(Grid.LINE_PITCH, Grid.TYPE_HEIGHT - content - 20);

		CTP spacer = exactParagraph(SMALL, STJc.LEFT, 0, spacerHeight);
		Ooxml.border(spacer.getPPr().addNewPBdr().addNewBottom(), Grid.OUTER_RULE, 0, BLACK);
		if (copyTo != null) {
			CTP p = exactParagraph(SMALL, STJc.BOTH, above, textLine);
			CTInd ind = indent(p);
			ind.setLeft(big(4 * SMALL_EM));
			ind.setHanging(big(3 * SMALL_EM));
			ind.setRight(big(SMALL_EM));
			Ooxml.run(p, copyTo, SMALL);
			if (printLine) {
				p.getPPr().getSpacing().setAfter(big(below));
			} else {
				Ooxml.border(p.getPPr().addNewPBdr().addNewBottom(), Grid.OUTER_RULE, belowPt, BLACK);
			}
		}
		if (printLine) {
			CTP p = exactParagraph(SMALL, STJc.LEFT, copyTo != null ? 0 : above, textLine);
			indent(p).setFirstLine(big(SMALL_EM));
			CTTabStop tab = p.getPPr().addNewTabs().addNewTab();
			tab.setVal(STTabJc.RIGHT);
			tab.setPos(big(Grid.TYPE_WIDTH - SMALL_EM));
			CTPBdr borders = p.getPPr().addNewPBdr();
			if (copyTo != null) {
				Ooxml.border(borders.addNewTop(), Grid.INNER_RULE, abovePt, BLACK);
			}
			Ooxml.border(borders.addNewBottom(), Grid.OUTER_RULE, belowPt, BLACK);
			if (c.printer() != null) {
				Ooxml.run(p, c.printer(), SMALL);
			}
			if (c.printDate() != null) {
				Ooxml.run(p, "", SMALL).addNewTab();
				Ooxml.run(p, c.printDate() + "印发", SMALL);
			}
		}
	}

}
