package org.lawreport.core.text;

/** What the core tells the user, from {@code org/lawreport/core/messages.properties}. */
public final class CoreTexts {

	private static final TextBundle TEXTS = TextBundle.of("org.lawreport.core.messages", CoreTexts.class);

	private CoreTexts() {
	}

	public static String text(String key, Object... args) {
		return TEXTS.text(key, args);
	}
}
