package org.lawreport.cli;

import org.lawreport.core.text.TextBundle;

/** What the command line says, from {@code messages.properties} (picocli reads the same bundle for the help). */
final class Texts {

	static final String BUNDLE = "org.lawreport.cli.messages";
	private static final TextBundle TEXTS = TextBundle.of(BUNDLE, Texts.class);

	private Texts() {
	}

	static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
