package org.lawreport.core.officialdoc;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The document numbers cited in prose ("…的通知》（潼委法办〔2020〕19号）"): an issuer's code (ending in a Chinese
 * character), the year in full between brackets, the serial number and 号. Found whatever the brackets, so that
 * look-alikes (【】 [] （） ﹝﹞ …) can be reported as in the 发文字号 (GB/T 9704-2012 7.2.4). A year in brackets that
 * is not followed by a serial number and 号 (“（2021—2025年）”, a court's “（2022）渝01行初1号”) is not one.
 */
public final class CitedDocumentNumbers {

	private static final Pattern NUMBER = Pattern.compile("(?<=\\p{IsHan})([" + Pattern.quote(DocumentNumber.OPENERS)
			+ "])((?:19|20)\\d{2})([" + Pattern.quote(DocumentNumber.CLOSERS) + "])(第?)(\\d{1,5})[ \\u3000]?号");

	/**
	 * A document number in prose: where its brackets and year start and end ({@code [open, close]}), the year, and
	 * whether the brackets are the standard 〔〕.
	 */
	public record Cited(int open, int close, int year, boolean standardBrackets) {
		/** The bracketed year as it should be written: 〔2020〕. */
		public String standardYear() {
			return DocumentNumber.OPEN + Integer.toString(year) + DocumentNumber.CLOSE;
		}

		/** Offset and length of the four digits of the year. */
		public int yearOffset() {
			return open + 1;
		}
	}

	private CitedDocumentNumbers() {
	}

	private static boolean hasOpener(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (DocumentNumber.OPENERS.indexOf(text.charAt(i)) >= 0) {
				return true;
			}
		}
		return false;
	}

	public static List<Cited> in(String text) {
		if (text == null || !hasOpener(text)) {
			return List.of(); // most of a report's text cites no document: no regular expression for it
		}
		List<Cited> found = new ArrayList<>();
		Matcher m = NUMBER.matcher(text);
		while (m.find()) {
			boolean standard = m.group(1).charAt(0) == DocumentNumber.OPEN && m.group(3).charAt(0) == DocumentNumber.CLOSE;
			found.add(new Cited(m.start(1), m.start(3), Integer.parseInt(m.group(2)), standard));
		}
		return found;
	}
}
