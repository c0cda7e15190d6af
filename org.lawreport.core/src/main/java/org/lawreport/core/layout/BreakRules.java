package org.lawreport.core.layout;

/**
 * Character classes for setting Chinese text on the grid (GB/T 15834-2011 4.1.4 and common 避头尾 practice).
 *
 * <ul>
 * <li>Full-width characters (Han characters, CJK and full-width punctuation, curly quotes, dashes, ellipses)
 * each take one cell of the grid.</li>
 * <li>No line starts with a 点号 (。，、；：？！ and their half-width forms), a closing bracket, quote or 书名号,
 * an ellipsis or an interpunct; no line ends with an opening bracket, quote or 书名号.</li>
 * <li>—— and …… (and longer runs of the same mark) are never split.</li>
 * </ul>
 */
public final class BreakRules {

	private static final String NO_LINE_START = "。，、；：？！）］｝》〉」』】〕〗〙〛”’…‥·・％‰℃〟〞～" + ",.;:?!)]}%";
	private static final String NO_LINE_END = "（［｛《〈「『【〔〖〘〚“‘〝" + "([{";
	private static final String INSEPARABLE = "—―…⋯";

	private BreakRules() {
	}

	/** Set in one full cell of the grid. */
	public static boolean fullWidth(int cp) {
		return cp >= 0x2E80 && cp <= 0x9FFF // radicals, CJK symbols and punctuation, kana, Ext-A, unified
				|| cp >= 0xAC00 && cp <= 0xD7AF // Hangul
				|| cp >= 0xF900 && cp <= 0xFAFF // compatibility ideographs
				|| cp >= 0xFE30 && cp <= 0xFE4F // compatibility forms
				|| cp >= 0xFF01 && cp <= 0xFF60 // full-width forms
				|| cp >= 0xFFE0 && cp <= 0xFFE6
				|| cp >= 0x20000 && cp <= 0x3FFFF // extensions B and later
				|| cp >= 0x2460 && cp <= 0x24FF // ① ⑴ ⒈
				|| cp >= 0x25A0 && cp <= 0x25FF // ○ ● □ ■ △
				|| cp >= 0x2605 && cp <= 0x2606 // ★ ☆
				|| cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D // ‘ ’ “ ”
				|| cp == 0x2014 || cp == 0x2015 || cp == 0x2026 || cp == 0x22EF // — ― … ⋯
				|| cp == 0x00B7 || cp == 0x203B || cp == 0x2103 || cp == 0x2030; // · ※ ℃ ‰
	}

	/** A character that must not begin a line. */
	public static boolean noLineStart(int cp) {
		return contains(NO_LINE_START, cp);
	}

	/** A character that must not end a line. */
	public static boolean noLineEnd(int cp) {
		return contains(NO_LINE_END, cp);
	}

	/** A dash or ellipsis: a run of the same mark is never split. */
	public static boolean inseparable(int cp) {
		return contains(INSEPARABLE, cp);
	}

	/** An opening bracket, quote or 书名号: its glyph sits at the right of its cell. */
	public static boolean opening(int cp) {
		return noLineEnd(cp);
	}

	/** White space between words (not the ideographic space, which takes a cell). */
	public static boolean space(int cp) {
		return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0x00A0;
	}

	private static boolean contains(String set, int cp) {
		return cp < 0x10000 && set.indexOf(cp) >= 0;
	}
}
