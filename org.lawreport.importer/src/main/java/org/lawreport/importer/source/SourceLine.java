package org.lawreport.importer.source;

import java.util.Objects;

/**
 * One line of an original, as its reader found it.
 *
 * @param number         where it stands in the original, 1-based: the text line, the Word paragraph, or the line
 *                       of the HTML source where its text starts
 * @param text           the text, as written (leading and trailing white space included)
 * @param styleLevel     1–4 when a Word heading style (标题 1–4, Heading 1–4, an outline level) marks it as a
 *                       heading of that level; 0 otherwise
 * @param titleStyle     whether the original marks it as the document's title (Word style 标题/Title, the
 *                       page's article heading)
 * @param outsideContent whether a web page shows it outside the article (navigation, header, footer, link lists)
 */
public record SourceLine(int number, String text, int styleLevel, boolean titleStyle, boolean outsideContent) {

	public SourceLine {
		Objects.requireNonNull(text, "text");
		if (styleLevel < 0 || styleLevel > 4) {
			throw new IllegalArgumentException("style level " + styleLevel);
		}
	}

	/** A line without any style information. */
	public static SourceLine plain(int number, String text) {
		return new SourceLine(number, text, 0, false, false);
	}
}
