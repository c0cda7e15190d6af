package org.lawreport.importer;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.core.text.ChineseNumerals;

/**
 * The number a heading of the original starts with, in any of the styles reports use: 一、 (also 一. 一，), （一）
 * and (一) (also followed by 、), 1. 1． 1、 and （1） (1). Spaces around the number are allowed. "2.3万件" is not a
 * heading (a digit follows the point), nor is "一是".
 *
 * @param level   1 for 一、, 2 for （一）, 3 for 1., 4 for （1）
 * @param number  the number written
 * @param written the number as written, separators included ("(二) ")
 * @param rest    the text after it
 */
public record HeadingNumber(int level, int number, String written, String rest) {

	private static final Pattern PART = Pattern.compile("^([一二三四五六七八九十]{1,3})[ \\t\\u3000]*[、，,．.](?![是])[ \\t\\u3000]*");
	private static final Pattern SECTION = Pattern.compile("^[（(][ \\t\\u3000]*([一二三四五六七八九十]{1,3})[ \\t\\u3000]*[）)][、，,．.]?[ \\t\\u3000]*");
	private static final Pattern ITEM = Pattern.compile("^(\\d{1,2})[ \\t\\u3000]*[.．、](?![0-9])[ \\t\\u3000]*");
	private static final Pattern SUB_ITEM = Pattern.compile("^[（(][ \\t\\u3000]*(\\d{1,2})[ \\t\\u3000]*[）)][、，,．.]?[ \\t\\u3000]*");

	/** Reads the heading number at the start of {@code text} (already stripped of leading white space). */
	public static Optional<HeadingNumber> parse(String text) {
		Optional<HeadingNumber> found = match(PART, 1, text, true);
		if (found.isEmpty()) {
			found = match(SECTION, 2, text, true);
		}
		if (found.isEmpty()) {
			found = match(ITEM, 3, text, false);
		}
		if (found.isEmpty()) {
			found = match(SUB_ITEM, 4, text, false);
		}
		return found;
	}

	private static Optional<HeadingNumber> match(Pattern pattern, int level, String text, boolean chinese) {
		Matcher m = pattern.matcher(text);
		if (!m.find()) {
			return Optional.empty();
		}
		String rest = text.substring(m.end());
		if (rest.isBlank()) {
			return Optional.empty();
		}
		OptionalInt number = chinese ? ChineseNumerals.parse(m.group(1)) : OptionalInt.of(Integer.parseInt(m.group(1)));
		if (number.isEmpty() || number.getAsInt() < 1) {
			return Optional.empty();
		}
		return Optional.of(new HeadingNumber(level, number.getAsInt(), m.group(), rest));
	}

	/** How the language prints the number of a heading of this level. */
	public static String standard(int level, int number) {
		return switch (level) {
			case 1 -> ChineseNumerals.of(number) + "、";
			case 2 -> "（" + ChineseNumerals.of(number) + "）";
			case 3 -> number + ".";
			default -> "（" + number + "）";
		};
	}
}
