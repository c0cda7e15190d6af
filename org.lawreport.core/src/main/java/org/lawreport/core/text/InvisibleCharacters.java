package org.lawreport.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Characters that print nothing and have no place in an official document: format characters (zero-width spaces
 * and joiners U+200B–U+200D, direction marks U+200E/U+200F and U+202A–U+202E, the word joiner U+2060, the zero-width
 * no-break space U+FEFF, the soft hyphen U+00AD) and control characters. Text pasted from web pages and Word brings
 * them along; no font draws them.
 */
public final class InvisibleCharacters {

	private InvisibleCharacters() {
	}

	/** One invisible character of a text: its UTF-16 offset and length, and the code point. */
	public record Found(int offset, int length, int codePoint) {
		/** "U+FEFF", as a user can search for it. */
		public String codeName() {
			return String.format("U+%04X", codePoint);
		}
	}

	/** Whether the code point prints nothing (line breaks excepted: they separate lines, they are not in a line). */
	public static boolean isInvisible(int codePoint) {
		int type = Character.getType(codePoint);
		return type == Character.FORMAT || type == Character.CONTROL && codePoint != '\n' && codePoint != '\r';
	}

	/** Every invisible character of {@code text}, in order. */
	public static List<Found> in(String text) {
		List<Found> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int length = Character.charCount(cp);
			if (isInvisible(cp)) {
				found.add(new Found(i, length, cp));
			}
			i += length;
		}
		return found;
	}

	/** {@code text} without its invisible characters ({@code null} stays {@code null}; the same string when it has none). */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		int i = 0;
		while (i < text.length() && !isInvisible(text.codePointAt(i))) {
			i += Character.charCount(text.codePointAt(i));
		}
		if (i == text.length()) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
		while (i < text.length()) {
			int cp = text.codePointAt(i);
			if (!isInvisible(cp)) {
				out.appendCodePoint(cp);
			}
			i += Character.charCount(cp);
		}
		return out.toString();
	}
}
