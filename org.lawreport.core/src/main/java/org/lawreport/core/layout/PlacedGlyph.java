package org.lawreport.core.layout;

import java.util.List;

/**
 * One character placed on a line. {@code x} is the left edge of the character's slot: in points from the left of
 * the line's measure as the line breaker returns it, from the left edge of the page in a {@link LaidOutDocument}.
 * {@code width} is the slot: one cell for a CJK character ({@code fullWidth}), the font's advance width otherwise.
 * A renderer draws a CJK glyph inside its cell and a measured glyph at {@code x}.
 */
public record PlacedGlyph(int codePoint, FontRole role, double size, double x, double width, boolean fullWidth) {

	public PlacedGlyph moved(double dx) {
		return new PlacedGlyph(codePoint, role, size, x + dx, width, fullWidth);
	}

	public String text() {
		return new String(Character.toChars(codePoint));
	}

	/** The characters of a run of glyphs. */
	static String text(List<PlacedGlyph> glyphs) {
		StringBuilder out = new StringBuilder();
		for (PlacedGlyph g : glyphs) {
			out.appendCodePoint(g.codePoint());
		}
		return out.toString();
	}

	/** Left edge of the first glyph's slot (0 for no glyphs). */
	static double left(List<PlacedGlyph> glyphs) {
		return glyphs.isEmpty() ? 0 : glyphs.get(0).x();
	}

	/** Right edge of the last glyph's slot, its width scaled horizontally (0 for no glyphs). */
	static double right(List<PlacedGlyph> glyphs, double horizontalScale) {
		if (glyphs.isEmpty()) {
			return 0;
		}
		PlacedGlyph last = glyphs.get(glyphs.size() - 1);
		return last.x() + last.width() * horizontalScale;
	}
}
