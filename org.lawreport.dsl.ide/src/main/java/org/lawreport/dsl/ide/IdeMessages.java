package org.lawreport.dsl.ide;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The Chinese wording of the editor services, from {@code IdeMessages.properties}. */
public final class IdeMessages {

	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("org.lawreport.dsl.ide.IdeMessages", Locale.ROOT);

	private IdeMessages() {
	}

	/** The text for {@code key}, its arguments filled in. */
	public static String text(String key, Object... args) {
		String pattern = BUNDLE.getString(key);
		return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
	}
}
