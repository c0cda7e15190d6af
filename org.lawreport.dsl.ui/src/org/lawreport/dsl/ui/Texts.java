package org.lawreport.dsl.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** User-facing Chinese text of the editor, from {@code texts.properties}. */
public final class Texts {
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.lawreport.dsl.ui.texts", Locale.ROOT);

	private Texts() {
	}

	/** The bundle itself, for the platform's text actions that read label, tooltip and description by prefix. */
	public static ResourceBundle bundle() {
		return BUNDLE;
	}

	public static String get(String key, Object... args) {
		String pattern = BUNDLE.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}
}
