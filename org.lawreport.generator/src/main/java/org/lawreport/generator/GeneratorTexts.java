package org.lawreport.generator;

import org.lawreport.core.text.TextBundle;

/** What the generators tell the user, from {@code messages.properties}. */
public final class GeneratorTexts {

	private static final TextBundle TEXTS = TextBundle.of("org.lawreport.generator.messages", GeneratorTexts.class);

	private GeneratorTexts() {
	}

	public static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
