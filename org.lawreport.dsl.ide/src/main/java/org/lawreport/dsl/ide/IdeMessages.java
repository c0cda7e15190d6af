package org.lawreport.dsl.ide;

import org.lawreport.core.text.TextBundle;

/** The Chinese wording of the editor services, from {@code IdeMessages.properties}. */
public final class IdeMessages {

	private static final TextBundle BUNDLE = TextBundle.of("org.lawreport.dsl.ide.IdeMessages", IdeMessages.class);

	private IdeMessages() {
	}

	/** The text for {@code key}, its arguments filled in. */
	public static String text(String key, Object... args) {
		return BUNDLE.text(key, args);
	}
}
