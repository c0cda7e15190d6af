package org.lawreport.dsl.validation;

import org.lawreport.core.text.TextBundle;

/** The Chinese wording of every finding and the clause it enforces, from {@code Messages.properties}. */
public final class Messages {

	private static final TextBundle BUNDLE = TextBundle.of("org.lawreport.dsl.validation.Messages", Messages.class);

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

	/** A finding's message followed by the clause it enforces, as every output shows it. */
	public static String withClause(RuleCode code, Object... args) {
		return format("finding.withClause", message(code, args), clause(code, args));
	}

	/** Any other text of the bundle. */
	public static String text(String key, Object... args) {
		return format(key, args);
	}

	private static String format(String key, Object... args) {
		return BUNDLE.text(key, args);
	}
}
