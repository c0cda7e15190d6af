package org.lawreport.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way every module words what a user reads: a resource bundle of the module (UTF-8 properties, read with
 * the module's own class loader, so that it works in OSGi too), each text a {@link MessageFormat} pattern.
 * Words the program recognises in reports (keywords, part names, the importer's vocabulary) are data, not user
 * text, and stay in code.
 */
public final class TextBundle {

	private final ResourceBundle bundle;

	private TextBundle(ResourceBundle bundle) {
		this.bundle = bundle;
	}

	/** The bundle {@code baseName} (e.g. {@code org.lawreport.cli.messages}) from {@code owner}'s class loader. */
	public static TextBundle of(String baseName, Class<?> owner) {
		return new TextBundle(ResourceBundle.getBundle(baseName, Locale.ROOT, owner.getClassLoader()));
	}

	/**
	 * The text for {@code key}, its arguments filled in as {@link String#valueOf} writes them: a count of 10000
	 * stays 10000 (MessageFormat alone would group it as 10,000, and write a year 2025 as 2,025).
	 */
	public String text(String key, Object... args) {
		String pattern;
		try {
			pattern = bundle.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("no text for " + key, e);
		}
		Object[] written = new Object[args.length];
		for (int i = 0; i < args.length; i++) {
			written[i] = args[i] == null || args[i] instanceof String ? args[i] : String.valueOf(args[i]);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(written);
	}

	/** Whether the bundle has {@code key}. */
	public boolean has(String key) {
		return bundle.containsKey(key);
	}

	/** The bundle itself, for frameworks that read one (picocli's help, the Eclipse platform's actions). */
	public ResourceBundle bundle() {
		return bundle;
	}
}
