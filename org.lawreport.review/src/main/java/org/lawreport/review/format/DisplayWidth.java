package org.lawreport.review.format;

/** Terminal column widths: Chinese characters and full-width forms take two columns, the rest one. */
final class DisplayWidth {

	private DisplayWidth() {
	}

	static int of(String s) {
		int width = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			width += wide(cp) ? 2 : 1;
			i += Character.charCount(cp);
		}
		return width;
	}

	static boolean wide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) || (cp >= 0x3041 && cp <= 0xA4CF)
				|| (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F)
				|| (cp >= 0xFF00 && cp <= 0xFF60) || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
	}

	/** {@code s} cut to at most {@code width} columns (with … when cut) and padded to exactly that width. */
	static String fit(String s, int width) {
		String text = s == null ? "" : s;
		if (of(text) > width) {
			StringBuilder b = new StringBuilder();
			int w = 0;
			for (int i = 0; i < text.length();) {
				int cp = text.codePointAt(i);
				int cw = wide(cp) ? 2 : 1;
				if (w + cw > width - 1) {
					break;
				}
				b.appendCodePoint(cp);
				w += cw;
				i += Character.charCount(cp);
			}
			text = b.append('…').toString();
		}
		return text + " ".repeat(Math.max(0, width - of(text)));
	}
}
