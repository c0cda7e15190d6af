package org.lawreport.dsl.ui;

import java.util.ResourceBundle;

import org.lawreport.core.text.TextBundle;

/** User-facing Chinese text of the editor, from {@code texts.properties}. */
public final class Texts {
	private static final TextBundle BUNDLE = TextBundle.of("org.lawreport.dsl.ui.texts", Texts.class);

	private Texts() {
	}

	/** The bundle itself, for the platform's text actions that read label, tooltip and description by prefix. */
	public static ResourceBundle bundle() {
		return BUNDLE.bundle();
	}

	public static String get(String key, Object... args) {
		return BUNDLE.text(key, args);
	}
}
