package org.lawreport.generator.docx;

import java.util.ArrayList;
import java.util.List;

/**
 * How a word processor sets a paragraph on the 公文 grid, as far as the line count goes: the advance of each
 * character (CJK characters, full-width punctuation and the quotes, dashes and ellipses set in the CJK font take
 * one em, Latin letters and digits half an em, each plus the run's character spacing) and where a line may break.
 * The DOCX generator counts lines with it to know on which page the body ends.
 *
 * <p>
 * Two sets of break rules are modelled because the readers differ. Both keep the 避头尾 rules (no closing mark
 * or sentence punctuation at a line start, no opening mark at a line end, —— and …… not split). Word and WPS
 * keep a run of ASCII (a number such as 71.33%, a code) together as a word; LibreOffice, in a CJK paragraph,
 * sets digits like CJK characters and breaks between any two of them ("34.|9%" was seen), keeping only Latin
 * letters together. A count both agree on is taken as known; where they differ the page estimate widens.
 */
final class LineModel {

	/** Break rules of one family of readers. */
	enum Rules {
		/** LibreOffice: digits break like CJK characters, an ASCII percent sign may start a line. */
		LIBREOFFICE,
		/** Word and WPS (避头尾 lists of Simplified Chinese). */
		KINSOKU
	}

	/** Characters that never start a line (GB/T 15834 and the readers' 避头 lists). */
	private static final String NO_LINE_START = "!%),.:;?]}¢°·'\"†‡›℃∶、。〃〆〕〗〞﹚﹜！＂％＇），．：；？］｝～》」』】〉〙〟…‥々’”′″‰︶︺︾﹀﹄﹞";
	/** Characters that never end a line (the readers' 避尾 lists). */
	private static final String NO_LINE_END = "$([{£¥·'\"〈《「『【〔〖〝﹙﹛﹝＄（［｛￡￥‘“";

	private LineModel() {
	}

	/** Whether the character is set one em wide by a CJK font (with the East Asian hint on the run). */
	static boolean fullWidth(int cp) {
		if (cp >= 0x2E80 && cp <= 0xA4CF || cp >= 0xAC00 && cp <= 0xD7A3 || cp >= 0xF900 && cp <= 0xFAFF
				|| cp >= 0xFE30 && cp <= 0xFE4F || cp >= 0xFF00 && cp <= 0xFF60 || cp >= 0xFFE0 && cp <= 0xFFE6
				|| cp >= 0x1100 && cp <= 0x115F || cp >= 0x20000) {
			return true;
		}
		// quotes, dashes, ellipsis, reference mark: ambiguous width, one em in a CJK font with the East Asian hint
		return cp >= 0x2018 && cp <= 0x201F || cp == 0x2014 || cp == 0x2015 || cp == 0x2025 || cp == 0x2026
				|| cp == 0x203B || cp == 0x2116 || cp == 0x2103;
	}

	/** The advance of one character in twips, for a font size and a character spacing in twips. */
	static int advance(int cp, int sizeTwips, int spacingTwips) {
		return (fullWidth(cp) ? sizeTwips : sizeTwips / 2) + spacingTwips;
	}

	/** The width of a text set on one line, in twips. */
	static int width(String text, int sizeTwips, int spacingTwips) {
		return text.codePoints().map(cp -> advance(cp, sizeTwips, spacingTwips)).sum();
	}

	static boolean canBreakBetween(int before, int after, Rules rules) {
		if (after == ' ') {
			return false;
		}
		if (before == ' ') {
			return true;
		}
		if (rules == Rules.KINSOKU) {
			// a run of ASCII (a number such as 71.33%, a code, a Latin word) is one word
			if (before < 0x80 && after < 0x80) {
				return false;
			}
		} else {
			if (latinLetter(before) && latinLetter(after)) {
				return false;
			}
			if (after == '%') {
				return true;
			}
		}
		if (before == after && (before == '—' || before == '…')) {
			return false;
		}
		return NO_LINE_START.indexOf(after) < 0 && NO_LINE_END.indexOf(before) < 0;
	}

	/**
	 * Space LibreOffice adds between neighbours of different kinds, measured at 3号 (its "space between Asian and
	 * non-Asian text", which the DOCX cannot turn off there): 69 twips between a CJK ideograph and a Latin letter
	 * or digit, 5 between any other full-width character and an ASCII character. Word and WPS are told
	 * ({@code w:autoSpaceDE/DN = 0}) to add none.
	 */
	static int gap(int before, int after, int sizeTwips, Rules rules) {
		if (rules != Rules.LIBREOFFICE) {
			return 0;
		}
		if (ideograph(before) && asciiAlphanumeric(after) || asciiAlphanumeric(before) && ideograph(after)) {
			return 69 * sizeTwips / 320;
		}
		if (fullWidth(before) && after > ' ' && after < 0x80 || before > ' ' && before < 0x80 && fullWidth(after)) {
			return 5 * sizeTwips / 320;
		}
		return 0;
	}

	private static boolean ideograph(int cp) {
		return cp >= 0x4E00 && cp <= 0x9FFF || cp >= 0x3400 && cp <= 0x4DBF || cp >= 0xF900 && cp <= 0xFAFF || cp >= 0x20000
				|| cp == 0x3007;
	}

	private static boolean asciiAlphanumeric(int cp) {
		return latinLetter(cp) || cp >= '0' && cp <= '9';
	}

	private static boolean latinLetter(int cp) {
		return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z';
	}

	/**
	 * The number of lines a paragraph takes.
	 *
	 * @param firstStart where the first line starts, in twips from the left edge of the type area
	 * @param otherStart where the other lines start
	 * @param end where every line ends (the type area width less the right indent)
	 */
	static int lines(String text, int sizeTwips, int spacingTwips, int firstStart, int otherStart, int end, Rules rules) {
		return breakLines(text, sizeTwips, spacingTwips, firstStart, otherStart, end, rules).size();
	}

	/** The paragraph's lines as the model breaks them. */
	static List<String> breakLines(String text, int sizeTwips, int spacingTwips, int firstStart, int otherStart, int end,
			Rules rules) {
		int[] cps = text.codePoints().toArray();
		List<String> lines = new ArrayList<>();
		int start = 0;
		int pos = firstStart;
		int lastBreak = -1;
		int i = 0;
		while (i < cps.length) {
			if (i > start && canBreakBetween(cps[i - 1], cps[i], rules)) {
				lastBreak = i;
			}
			int w = advance(cps[i], sizeTwips, spacingTwips) + (i > start ? gap(cps[i - 1], cps[i], sizeTwips, rules) : 0);
			if (pos + w > end && i > start && cps[i] != ' ') {
				int breakAt = lastBreak > start ? lastBreak : i;
				lines.add(new String(cps, start, breakAt - start));
				start = breakAt;
				pos = otherStart;
				lastBreak = -1;
				i = breakAt;
				continue;
			}
			pos += w;
			i++;
		}
		lines.add(new String(cps, start, cps.length - start));
		return lines;
	}
}
