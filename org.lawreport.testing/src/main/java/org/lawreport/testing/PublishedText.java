package org.lawreport.testing;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A published report's text as the round-trip tests compare it with our renderings: the web page's short lines
 * around the report (navigation, copyright, ICP and police registration numbers) dropped, heading numbers written
 * one way, white space removed. Used by the plain-text rendering test and the importer's round trip.
 */
public final class PublishedText {

	/** White space, the ideographic space included. */
	public static final String WHITE_SPACE = "[\\s\\u3000]+";

	private static final Pattern WEBSITE_LINE = Pattern.compile(".*(网站|版权所有|ICP备|公网安备|公網安備).*");
	private static final Pattern SECTION_NUMBER = Pattern.compile("^[(（]([一二三四五六七八九十]+)[)）]\\s*");
	private static final Pattern ITEM_NUMBER = Pattern.compile("^(\\d+)\\s*[.．、]\\s*");

	private PublishedText() {
	}

	public static String canonical(String text) {
		return text.lines()
				.map(String::strip)
				.filter(line -> !(line.length() < 80 && WEBSITE_LINE.matcher(line).matches()))
				.map(line -> SECTION_NUMBER.matcher(line).replaceFirst("（$1）"))
				.map(line -> ITEM_NUMBER.matcher(line).replaceFirst("$1."))
				.collect(Collectors.joining())
				.replaceAll(WHITE_SPACE, "");
	}
}
