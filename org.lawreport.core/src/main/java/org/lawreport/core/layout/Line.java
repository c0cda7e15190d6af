package org.lawreport.core.layout;

import java.util.List;

/**
 * A line as the line breaker returns it: the glyphs placed from the left edge of the measure (the indent is
 * included), the natural width of its content (before justification), and whether it ends its paragraph.
 */
public record Line(List<PlacedGlyph> glyphs, double naturalWidth, boolean lastOfParagraph) {

	public Line {
		glyphs = List.copyOf(glyphs);
	}

	public String text() {
		return PlacedGlyph.text(glyphs);
	}

	/** Left edge of the first glyph's slot, right edge of the last one (0 and 0 for an empty line). */
	public double left() {
		return PlacedGlyph.left(glyphs);
	}

	public double right() {
		return PlacedGlyph.right(glyphs, 1);
	}
}
