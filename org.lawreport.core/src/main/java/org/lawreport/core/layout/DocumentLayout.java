package org.lawreport.core.layout;

import static org.lawreport.core.layout.PageGeometry.points;

import java.util.ArrayList;
import java.util.List;

import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.layout.LaidOutDocument.Ink;
import org.lawreport.core.layout.LaidOutDocument.LineKind;
import org.lawreport.core.layout.LaidOutDocument.Page;
import org.lawreport.core.layout.LaidOutDocument.Rule;
import org.lawreport.core.layout.LaidOutDocument.TextLine;
import org.lawreport.core.layout.LineBreaker.Measure;

/**
 * Lays an {@link OfficialDocument} out on the pages of GB/T 9704-2012: 22 lines of 28 cells per page, every line
 * of the type area on the grid.
 *
 * <p>Page 1 with a 版头: the 发文机关标志 (red, centred, its top 35 mm below the type area, 初号 narrowed to fit),
 * two empty lines, the 发文字号 (居左空一字 with the 签发人 居右空一字 on the same line for an upward report,
 * that is one with a 主送机关 or a 签发人; centred otherwise), the red line 4 mm below it, two empty lines, the
 * title (2号, centred, broken at word boundaries), an empty line, the 主送机关 with its colon, then the body.
 * Without a 版头 the title starts on the first line. Body paragraphs and headings are indented two cells and
 * justified; a heading is never the last line of a page. The closing (附件说明, 署名, 成文日期, 附注) stays
 * together and keeps the last body line on its page. The 版记 ends at the bottom of the type area of an even page
 * (blank pages are added when needed); it and blank pages before it carry no page number. Page numbers "— n —"
 * (4号) sit 7 mm below the type area, 右空一字 on odd pages and 左空一字 on even pages.
 */
public final class DocumentLayout {

	public static final double PAGE_WIDTH = points(PageGeometry.PAGE_WIDTH_MM);
	public static final double PAGE_HEIGHT = points(PageGeometry.PAGE_HEIGHT_MM);
	/** Top and left edges of the type area, its size, the line pitch and the cell, all in points. */
	public static final double TOP = points(PageGeometry.TOP_MARGIN_MM);
	public static final double LEFT = points(PageGeometry.LEFT_MARGIN_MM);
	public static final double WIDTH = points(PageGeometry.TYPE_AREA_WIDTH_MM);
	public static final double HEIGHT = points(PageGeometry.TYPE_AREA_HEIGHT_MM);
	public static final double PITCH = points(PageGeometry.LINE_PITCH_MM);
	public static final double CELL = points(PageGeometry.CHARACTER_PITCH_MM);

	private static final int LINES = PageGeometry.LINES_PER_PAGE;
	private static final double BODY = PageGeometry.BODY_SIZE_PT;
	private static final double SMALL = PageGeometry.SMALL_SIZE_PT;
	private static final double EPSILON = 1e-6;

	private final LineBreaker breaker;

	public DocumentLayout(FontMetrics metrics) {
		this.breaker = new LineBreaker(metrics);
	}

	/** Top of grid line {@code index} (0..21), in points from the top of the page. */
	public static double gridTop(int index) {
		return TOP + index * PITCH;
	}

	/** The baseline of a line of {@code size} whose em box starts at {@code emTop}. */
	public static double baseline(double emTop, double size) {
		return emTop + PageGeometry.EM_BOX_ASCENT * size;
	}

	public LaidOutDocument layout(OfficialDocument document) {
		Flow flow = new Flow();
		int bodyStart = header(document.header(), flow);
		flow.slot = bodyStart;
		List<Block> body = document.body();
		List<Entry> closing = closing(document.closing());
		for (int b = 0; b < body.size(); b++) {
			Block block = body.get(b);
			boolean heading = block instanceof Heading;
			LineKind kind = heading ? LineKind.HEADING : LineKind.PARAGRAPH;
			List<Line> lines = breaker.lines(spans(block), new Measure(BODY, CELL, WIDTH, 2 * CELL, 0, true));
			boolean lastBlock = b == body.size() - 1;
			if (heading && ((Heading) block).runOn().isEmpty() && !lastBlock && flow.slot > 0
					&& flow.slot + lines.size() + 1 > LINES) {
				flow.newPage(); // keep a heading with the line after it
			}
			for (int i = 0; i < lines.size(); i++) {
				boolean lastLine = lastBlock && i == lines.size() - 1;
				if (lastLine && !closing.isEmpty() && flow.slot > 0 && flow.slot + 1 + closing.size() > LINES
						&& closing.size() < LINES) {
					flow.newPage(); // the closing keeps the last line of the body on its page
				}
				flow.placeOnGrid(lines.get(i), LEFT, kind);
			}
		}
		if (!closing.isEmpty() && flow.slot + closing.size() > LINES) {
			flow.newPage();
		}
		for (Entry entry : closing) {
			if (entry.line != null) {
				if (flow.slot >= LINES) {
					flow.newPage();
				}
				flow.placeOnGrid(entry.line, LEFT + entry.dx, entry.kind);
			} else {
				flow.slot++;
			}
		}
		versionRecord(document.closing(), flow);
		return flow.finish();
	}

	// ---------------------------------------------------------------- 版头, title, recipient

	/** Places the elements above the body on page 1 and returns the grid line where the body starts. */
	private int header(Header h, Flow flow) {
		boolean hasHead = h.issuerMark() != null || h.documentNumber() != null || h.signer() != null;
		int next = 0;
		if (hasHead) {
			int numberLine = 0;
			if (h.issuerMark() != null) {
				double size = PageGeometry.ISSUER_MARK_SIZE_PT;
				Line mark = breaker.single(List.of(new Span(h.issuerMark(), FontRole.TITLE)), size, size);
				double scale = Math.min(1, WIDTH / mark.naturalWidth());
				double left = LEFT + (WIDTH - mark.naturalWidth() * scale) / 2;
				double emTop = TOP + points(PageGeometry.ISSUER_MARK_FROM_TOP_MM);
				List<PlacedGlyph> glyphs = new ArrayList<>();
				for (PlacedGlyph g : mark.glyphs()) {
					glyphs.add(new PlacedGlyph(g.codePoint(), g.role(), g.size(), left + g.x() * scale, g.width(), g.fullWidth()));
				}
				flow.page.lines.add(new TextLine(baseline(emTop, size), glyphs, Ink.RED, scale, LineKind.ISSUER_MARK, -1));
				numberLine = firstGridLineBelow(emTop + size) + 2;
			}
			boolean upward = h.recipient() != null || h.signer() != null;
			if (h.documentNumber() != null) {
				Line number = breaker.single(List.of(new Span(h.documentNumber(), FontRole.BODY)), BODY, CELL);
				double left = upward ? LEFT + CELL : LEFT + (WIDTH - number.naturalWidth()) / 2;
				flow.place(number, left, LineKind.DOCUMENT_NUMBER, numberLine);
			}
			if (h.signer() != null) {
				String label = h.signerLabel() == null ? "签发人：" : h.signerLabel();
				Line signer = breaker.single(List.of(new Span(label, FontRole.BODY), new Span(h.signer(), FontRole.KAITI)),
						BODY, CELL);
				flow.place(signer, LEFT + WIDTH - CELL - signer.naturalWidth(), LineKind.SIGNER, numberLine);
			}
			double redLine = gridTop(numberLine) + BODY + points(PageGeometry.RED_LINE_BELOW_NUMBER_MM);
			flow.page.rules.add(new Rule(LEFT, LEFT + WIDTH, redLine, points(PageGeometry.RED_LINE_MM), Ink.RED));
			next = firstGridLineBelow(redLine + points(PageGeometry.RED_LINE_MM) / 2) + 2;
		}
		if (h.title() != null) {
			List<Line> title = breaker.balancedLines(List.of(new Span(h.title(), FontRole.TITLE)), PageGeometry.TITLE_SIZE_PT,
					WIDTH);
			for (Line line : title) {
				flow.place(line, LEFT + (WIDTH - line.naturalWidth()) / 2, LineKind.TITLE, next++);
			}
			next++; // one empty line under the title
		}
		if (h.recipient() != null) {
			List<Line> recipient = breaker.lines(List.of(new Span(h.recipient() + "：", FontRole.BODY)),
					new Measure(BODY, CELL, WIDTH, 0, 0, true));
			for (Line line : recipient) {
				flow.place(line, LEFT, LineKind.RECIPIENT, next++);
			}
		}
		return next;
	}

	/** The first grid line whose top is at or below {@code y}. */
	private static int firstGridLineBelow(double y) {
		return (int) Math.ceil((y - TOP) / PITCH - EPSILON);
	}

	// ---------------------------------------------------------------- body

	private static List<Span> spans(Block block) {
		List<Span> spans = new ArrayList<>();
		if (block instanceof Heading h) {
			FontRole role = switch (h.level()) {
				case 1 -> FontRole.HEITI;
				case 2 -> FontRole.KAITI;
				default -> FontRole.BODY;
			};
			spans.add(new Span(h.number(), role));
			for (Run run : h.title()) {
				spans.add(new Span(run.text(), role));
			}
			for (Run run : h.runOn()) {
				spans.add(new Span(run.text(), FontRole.BODY));
			}
		} else if (block instanceof Paragraph p) {
			for (Run run : p.runs()) {
				spans.add(new Span(run.text(), FontRole.BODY));
			}
		}
		return spans;
	}

	// ---------------------------------------------------------------- closing

	/** A line of the closing ({@code line} null for an empty line), shifted {@code dx} from the type area's left. */
	private record Entry(Line line, double dx, LineKind kind) {
	}

	private List<Entry> closing(Closing c) {
		List<Entry> entries = new ArrayList<>();
		if (c.attachmentNote() != null) {
			entries.add(new Entry(null, 0, null));
			double hang = breaker.width(List.of(new Span("附件：", FontRole.BODY)), BODY, CELL);
			for (Line line : breaker.lines(List.of(new Span("附件：" + c.attachmentNote(), FontRole.BODY)),
					new Measure(BODY, CELL, WIDTH, 2 * CELL, 2 * CELL + hang, true))) {
				entries.add(new Entry(line, 0, LineKind.ATTACHMENT));
			}
		}
		if (c.signature() != null || c.date() != null) {
			Line signature = c.signature() == null ? null : breaker.single(List.of(new Span(c.signature(), FontRole.BODY)), BODY, CELL);
			Line date = c.date() == null ? null : breaker.single(List.of(new Span(c.date(), FontRole.BODY)), BODY, CELL);
			double signatureLeft;
			double dateLeft;
			if (c.seal() != null) {
				// 加盖印章: date 右空四字, signature centred over the date; room above for the seal
				dateLeft = date == null ? 0 : WIDTH - 4 * CELL - date.naturalWidth();
				double centre = date == null ? WIDTH - 4 * CELL - signature.naturalWidth() / 2 : dateLeft + date.naturalWidth() / 2;
				signatureLeft = signature == null ? 0 : centre - signature.naturalWidth() / 2;
				entries.add(new Entry(null, 0, null));
				entries.add(new Entry(null, 0, null));
			} else {
				// 不加盖印章: signature 右空二字; the date two cells further right, or 右空二字 if it is the longer
				signatureLeft = signature == null ? 0 : WIDTH - 2 * CELL - signature.naturalWidth();
				dateLeft = signatureLeft + 2 * CELL;
				if (date != null && (signature == null || dateLeft + date.naturalWidth() > WIDTH - 2 * CELL + EPSILON)) {
					dateLeft = WIDTH - 2 * CELL - date.naturalWidth();
					signatureLeft = dateLeft - 2 * CELL;
				}
				entries.add(new Entry(null, 0, null));
			}
			if (signature != null) {
				entries.add(new Entry(signature, Math.max(0, signatureLeft), LineKind.SIGNATURE));
			}
			if (date != null) {
				entries.add(new Entry(date, Math.max(0, dateLeft), LineKind.DATE));
			}
		}
		if (c.note() != null) {
			if (entries.isEmpty()) {
				entries.add(new Entry(null, 0, null));
			}
			for (Line line : breaker.lines(List.of(new Span("（" + c.note() + "）", FontRole.BODY)),
					new Measure(BODY, CELL, WIDTH, 2 * CELL, 0, true))) {
				entries.add(new Entry(line, 0, LineKind.NOTE));
			}
		}
		return entries;
	}

	// ---------------------------------------------------------------- 版记

	private void versionRecord(Closing c, Flow flow) {
		if (c.copyTo() == null && c.printer() == null && c.printDate() == null) {
			return;
		}
		double inner = WIDTH - 2 * SMALL; // 左右各空一字
		List<Line> copy = List.of();
		if (c.copyTo() != null) {
			double hang = breaker.width(List.of(new Span("抄送：", FontRole.BODY)), SMALL, SMALL);
			copy = breaker.lines(List.of(new Span("抄送：" + c.copyTo() + "。", FontRole.BODY)),
					new Measure(SMALL, SMALL, inner, 0, hang, true));
		}
		boolean printLine = c.printer() != null || c.printDate() != null;
		int needed = copy.size() + (printLine ? 1 : 0);
		boolean fits = flow.slot <= LINES - needed;
		if (!fits) {
			flow.newPage();
		}
		if (flow.pages.size() % 2 == 1) {
			// the 版记 ends on an even page: a page opened for it that came out odd stays blank
			if (flow.page.lines.isEmpty() && flow.page.rules.isEmpty()) {
				flow.blankPage();
			}
			flow.newPage();
		}
		// the page that ends with the 版记 and any blank page before it carry no page number
		flow.page.versionRecord = true;
		int first = LINES - needed;
		double thick = points(PageGeometry.OUTER_RULE_MM);
		double thin = points(PageGeometry.INNER_RULE_MM);
		flow.page.rules.add(new Rule(LEFT, LEFT + WIDTH, gridTop(first), thick, Ink.BLACK));
		int line = first;
		for (Line l : copy) {
			flow.placeCentredInBand(l, LEFT + SMALL, LineKind.COPY_TO, line++, SMALL);
		}
		if (printLine) {
			if (!copy.isEmpty()) {
				flow.page.rules.add(new Rule(LEFT, LEFT + WIDTH, gridTop(line), thin, Ink.BLACK));
			}
			if (c.printer() != null) {
				Line printer = breaker.single(List.of(new Span(c.printer(), FontRole.BODY)), SMALL, SMALL);
				flow.placeCentredInBand(printer, LEFT + SMALL, LineKind.PRINTER, line, SMALL);
			}
			if (c.printDate() != null) {
				Line date = breaker.single(List.of(new Span(c.printDate() + "印发", FontRole.BODY)), SMALL, SMALL);
				flow.placeCentredInBand(date, LEFT + WIDTH - SMALL - date.naturalWidth(), LineKind.PRINTER, line, SMALL);
			}
			line++;
		}
		flow.page.rules.add(new Rule(LEFT, LEFT + WIDTH, gridTop(LINES), thick, Ink.BLACK));
		flow.slot = LINES;
	}

	// ---------------------------------------------------------------- pages

	private static final class PageBuilder {
		final List<TextLine> lines = new ArrayList<>();
		final List<Rule> rules = new ArrayList<>();
		boolean blank;
		boolean versionRecord;
	}

	private final class Flow {
		final List<PageBuilder> pages = new ArrayList<>();
		PageBuilder page;
		int slot;

		Flow() {
			newPage();
		}

		void newPage() {
			page = new PageBuilder();
			pages.add(page);
			slot = 0;
		}

		void blankPage() {
			page.blank = true;
		}

		/** Places a line on the next grid line, starting a page when this one is full. */
		void placeOnGrid(Line line, double left, LineKind kind) {
			if (slot >= LINES) {
				newPage();
			}
			place(line, left, kind, slot);
			slot++;
		}

		/** Places a line on grid line {@code index} of the current page, its em box at the top of the line. */
		void place(Line line, double left, LineKind kind, int index) {
			double size = line.glyphs().isEmpty() ? BODY : line.glyphs().get(0).size();
			page.lines.add(new TextLine(baseline(gridTop(index), size), shift(line, left), Ink.BLACK, 1, kind, index));
		}

		/** Places a line of the 版记 on grid line {@code index}, centred between the rules above and below it. */
		void placeCentredInBand(Line line, double left, LineKind kind, int index, double size) {
			double emTop = gridTop(index) + (PITCH - size) / 2;
			page.lines.add(new TextLine(baseline(emTop, size), shift(line, left), Ink.BLACK, 1, kind, index));
		}

		LaidOutDocument finish() {
			boolean noNumbers = false;
			List<Page> out = new ArrayList<>();
			for (int i = pages.size() - 1; i >= 0; i--) {
				PageBuilder p = pages.get(i);
				// pages from the 版记 page back over the blank pages before it carry no number
				noNumbers = p.versionRecord || noNumbers && p.blank;
				int number = i + 1;
				List<TextLine> lines = new ArrayList<>(p.lines);
				String folio = null;
				if (!noNumbers) {
					folio = "— " + number + " —";
					lines.add(folio(folio, number));
				}
				out.add(0, new Page(number, folio, lines, p.rules));
			}
			return new LaidOutDocument(out);
		}

		private TextLine folio(String text, int number) {
			Line line = breaker.single(List.of(new Span(text, FontRole.PAGE_NUMBER)), SMALL, SMALL);
			double left = number % 2 == 1 ? LEFT + WIDTH - SMALL - line.naturalWidth() : LEFT + SMALL;
			double emTop = TOP + HEIGHT + points(PageGeometry.PAGE_NUMBER_BELOW_TYPE_AREA_MM);
			return new TextLine(baseline(emTop, SMALL), shift(line, left), Ink.BLACK, 1, LineKind.PAGE_NUMBER, -1);
		}
	}

	private static List<PlacedGlyph> shift(Line line, double dx) {
		List<PlacedGlyph> out = new ArrayList<>(line.glyphs().size());
		for (PlacedGlyph g : line.glyphs()) {
			out.add(g.moved(dx));
		}
		return out;
	}
}
