package org.lawreport.importer;

import org.lawreport.core.text.TextBundle;

/** What the importer says, from {@code messages.properties}. */
public final class ImporterTexts {

	private static final TextBundle TEXTS = TextBundle.of("org.lawreport.importer.messages", ImporterTexts.class);

	private ImporterTexts() {
	}

	public static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
