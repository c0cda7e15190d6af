package org.lawreport.dsl.layout;

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
}
