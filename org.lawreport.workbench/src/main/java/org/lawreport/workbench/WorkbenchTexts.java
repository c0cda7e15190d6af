package org.lawreport.workbench;

import org.lawreport.core.text.TextBundle;

/** The workbench's user text (Chinese), from {@code messages.properties}. */
final class WorkbenchTexts {

	private static final TextBundle BUNDLE = TextBundle.of("org.lawreport.workbench.messages", WorkbenchTexts.class);

	private WorkbenchTexts() {
	}

	static String text(String key, Object... args) {
		return BUNDLE.text(key, args);
	}
}
