package org.lawreport.dsl.validation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The Chinese wording of every finding and the clause it enforces, from {@code Messages.properties}. */
public final class Messages {

	private static final ResourceBundle BUNDLE =
			ResourceBundle.getBundle("org.lawreport.dsl.validation.Messages", Locale.ROOT);

	private Messages() {
	}

	/** The message of a finding, its arguments filled in. */
	public static String message(RuleCode code, Object... args) {
		return format(code.code(), args);
	}

	/** The clause a finding enforces (e.g. 《党政机关公文格式》GB/T 9704-2012 7.2.4). */
	public static String clause(RuleCode code, Object... args) {
		return format(code.code() + ".clause", args);
	}

	/** The rule's short name (review tables, SARIF rule descriptions). */
	public static String title(RuleCode code) {
		return format(code.code() + ".title");
	}

	/** The short name of a rule given by its code, or the code itself when there is no such rule. */
	public static String title(String code) {
		return RuleCode.byCode(code).map(Messages::title).orElse(code);
	}

	/** Any other text of the bundle. */
	public static String text(String key, Object... args) {
		return format(key, args);
	}

	private static String format(String key, Object... args) {
		String pattern;
		try {
			pattern = BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("no message for " + key, e);
		}
		return new MessageFormat(pattern, Locale.ROOT).format(args);
	}
}
