package org.lawreport.core.citations;

import java.util.ArrayList;
import java.util.List;

/** The titles cited in a piece of prose: the text between 《 and the matching 》 (a title may quote one in 〈〉). */
public final class CitedTitles {

	/** Titles longer than this are not titles but an unclosed 《 running on. */
	static final int MAX_LENGTH = 120;

	/** A cited title: its offset and length in the prose (without the brackets) and its text. */
	public record Citation(int offset, int length, String title) {
	}

	private CitedTitles() {
	}

	/** Every cited title of {@code text}, in order; an unclosed 《 or a line break ends nothing. */
	public static List<Citation> in(String text) {
		List<Citation> found = new ArrayList<>();
		if (text == null) {
			return found;
		}
		int i = text.indexOf('《');
		while (i >= 0) {
			int start = i + 1;
			int end = start;
			int depth = 1;
			while (end < text.length() && end - start <= MAX_LENGTH) {
				char c = text.charAt(end);
				if (c == '《') {
					depth++;
				} else if (c == '》' && --depth == 0) {
					break;
				} else if (c == '\n' || c == '\r') {
					break;
				}
				end++;
			}
			if (end < text.length() && text.charAt(end) == '》' && depth == 0 && end > start) {
				found.add(new Citation(start, end - start, text.substring(start, end)));
				i = text.indexOf('《', end + 1);
			} else {
				i = text.indexOf('《', start);
			}
		}
		return found;
	}

	/** Whether {@code offset} of {@code text} lies inside a cited title (brackets included). */
	public static boolean[] insideTitles(String text) {
		boolean[] inside = new boolean[text == null ? 0 : text.length()];
		for (Citation c : in(text)) {
			for (int k = c.offset() - 1; k <= c.offset() + c.length(); k++) {
				inside[k] = true;
			}
		}
		return inside;
	}
}
