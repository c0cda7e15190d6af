package org.lawreport.core.layout;

/**
 * Advance widths for the line breaker, in em (the font's advance width divided by its units per em). Only
 * characters that are not set on the character grid (Latin letters, digits, half-width punctuation) are measured;
 * every CJK character takes one full cell whatever its font says.
 */
@FunctionalInterface
public interface FontMetrics {

	double advance(FontRole role, int codePoint);

	/** Every measured character as wide as {@code em}: for tests and for fonts whose Latin part is monospaced. */
	static FontMetrics uniform(double em) {
		return (role, codePoint) -> em;
	}
}
