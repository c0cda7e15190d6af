package org.lawreport.core.layout;

import java.util.List;

/**
 * An official document laid out on A4 pages: what a fixed-layout renderer draws. Coordinates are in points, x
 * from the left edge of the page, y from the top edge (downwards).
 */
public record LaidOutDocument(List<Page> pages) {

	public LaidOutDocument {
		pages = List.copyOf(pages);
	}

	/** Colours a page uses: the 发文机关标志 and its separator are red, everything else black. */
	public enum Ink {
		BLACK, RED
	}

	/** What a line is, for renderers and tests. */
	public enum LineKind {
		ISSUER_MARK, DOCUMENT_NUMBER, SIGNER, TITLE, RECIPIENT, HEADING, PARAGRAPH, ATTACHMENT, SIGNATURE, DATE, NOTE,
		COPY_TO, PRINTER, PAGE_NUMBER
	}

	/**
	 * One page: its number in the document (1-based), its printed page number ({@code null} on blank pages and on
	 * the 版记 page), its text lines and its rules.
	 */
	public record Page(int number, String folio, List<TextLine> lines, List<Rule> rules) {
		public Page {
			lines = List.copyOf(lines);
			rules = List.copyOf(rules);
		}

		/** The lines of the type area that sit on the grid (0..21), in grid order. */
		public List<TextLine> gridLines() {
			return lines.stream().filter(l -> l.gridLine() >= 0).toList();
		}
	}

	/**
	 * A line of text: its baseline, its glyphs at absolute positions, its colour and horizontal scale (below 1 for
	 * a 发文机关标志 narrowed to fit), its kind, and the grid line it occupies (0..21, or -1 off the grid).
	 */
	public record TextLine(double baseline, List<PlacedGlyph> glyphs, Ink ink, double horizontalScale, LineKind kind,
			int gridLine) {
		public TextLine {
			glyphs = List.copyOf(glyphs);
		}

		public String text() {
			return PlacedGlyph.text(glyphs);
		}

		public double left() {
			return PlacedGlyph.left(glyphs);
		}

		public double right() {
			return PlacedGlyph.right(glyphs, horizontalScale);
		}
	}

	/** A horizontal rule from x0 to x1, centred on y, {@code thickness} points thick. */
	public record Rule(double x0, double x1, double y, double thickness, Ink ink) {
	}
}
