package org.lawreport.review;

import org.lawreport.core.text.TextBundle;

/** What the review says, in every format, from {@code messages.properties}. */
public final class ReviewTexts {

	private static final TextBundle TEXTS = TextBundle.of("org.lawreport.review.messages", ReviewTexts.class);

	private ReviewTexts() {
	}

	public static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
