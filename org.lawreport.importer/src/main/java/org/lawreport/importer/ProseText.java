package org.lawreport.importer;

import org.lawreport.core.text.YearMention;
import org.lawreport.core.text.YearMentions;

/** Small facts about Chinese prose the recognisers share: white space, sentence ends, run-in markers, years. */
final class ProseText {

	static final String SENTENCE_MARKS = "。，,；;！？!?";
	private static final String CLOSERS = "”’）)》」』】]\"'";
	private static final String PARAGRAPH_ENDS = "。！？!?：:…";

	private ProseText() {
	}

	/** The line without surrounding white space (ASCII, ideographic, no-break, zero-width, BOM). */
	static String clean(String s) {
		int start = 0;
		int end = s.length();
		while (start < end && isSpace(s.charAt(start))) {
			start++;
		}
		while (end > start && isSpace(s.charAt(end - 1))) {
			end--;
		}
		return s.substring(start, end);
	}

	static boolean isSpace(char c) {
		return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
	}

	/** Whether the text ends a paragraph: 。！？：… possibly followed by closing quotes or brackets. */
	static boolean endsParagraph(String text) {
		int i = text.length() - 1;
		while (i >= 0 && (CLOSERS.indexOf(text.charAt(i)) >= 0 || isSpace(text.charAt(i)))) {
			i--;
		}
		return i >= 0 && PARAGRAPH_ENDS.indexOf(text.charAt(i)) >= 0;
	}

	/** The end of a heading's title: just after its first sentence mark (。！？) outside quotes and brackets, or -1. */
	static int titleEnd(String rest) {
		int depth = 0;
		for (int i = 0; i < rest.length(); i++) {
			char c = rest.charAt(i);
			if ("“‘《（(「『〔【".indexOf(c) >= 0) {
				depth++;
			} else if ("”’》）)」』〕】".indexOf(c) >= 0) {
				depth = Math.max(0, depth - 1);
			} else if (depth == 0 && "。！？!?".indexOf(c) >= 0) {
				return i + 1;
			}
		}
		return -1;
	}

	/**
	 * Where {@code marker} (一是, 二是 …) starts a run-in point: at the start of the text or after a sentence mark;
	 * after a comma too when the series is already under way ({@code continuing}).
	 */
	static int findMarker(String text, String marker, int from, boolean continuing) {
		for (int at = text.indexOf(marker, from); at >= 0; at = text.indexOf(marker, at + 1)) {
			if (at == 0) {
				return at;
			}
			char p = text.charAt(at - 1);
			if ("。；;：:！？!?".indexOf(p) >= 0) {
				return at;
			}
			if ((p == '”' || p == '）' || p == ')') && at >= 2 && "。！？".indexOf(text.charAt(at - 2)) >= 0) {
				return at;
			}
			if (continuing && "，,".indexOf(p) >= 0) {
				return at;
			}
		}
		return -1;
	}

	/** Removes white space next to an Arabic digit or a percent sign (unless Latin letters or digits face it). */
	static String removeSpacesAroundNumbers(String text) {
		if (text.indexOf(' ') < 0 && text.indexOf('\u3000') < 0 && text.indexOf('\u00A0') < 0 && text.indexOf('\t') < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (!isSpace(c)) {
				out.append(c);
				continue;
			}
			int j = i;
			while (j < n && isSpace(text.charAt(j))) {
				j++;
			}
			char before = out.length() == 0 ? 0 : out.charAt(out.length() - 1);
			char after = j < n ? text.charAt(j) : 0;
			boolean numberBefore = isNumberChar(before);
			boolean numberAfter = isNumberChar(after);
			boolean drop = numberBefore && !isLatinOrDigit(after) || numberAfter && !isLatinOrDigit(before);
			if (!drop) {
				out.append(text, i, j);
			}
			i = j - 1;
		}
		return out.toString();
	}

	private static boolean isNumberChar(char c) {
		return c >= '0' && c <= '9' || c == '%' || c == '％';
	}

	private static boolean isLatinOrDigit(char c) {
		return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
	}

	static boolean containsAny(String text, String chars) {
		for (int i = 0; i < text.length(); i++) {
			if (chars.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	static boolean containsWord(String text, String[] words) {
		for (String w : words) {
			if (text.contains(w)) {
				return true;
			}
		}
		return false;
	}

	static Integer firstYear(String text) {
		for (YearMention m : YearMentions.find(text)) {
			if (!m.inBookTitle()) {
				return m.year();
			}
		}
		return null;
	}

	static String abbreviate(String text) {
		return text.length() <= 24 ? text : text.substring(0, 24) + "……";
	}
}
