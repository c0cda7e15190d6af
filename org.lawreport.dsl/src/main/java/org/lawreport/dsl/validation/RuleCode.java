package org.lawreport.dsl.validation;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.lawreport.dsl.lawReport.Severity;

/**
 * Every finding the validator can report, with its stable code (what reviewers, CI filters and severity
 * settings refer to) and its default severity. The message and the clause enforced come from
 * {@code Messages.properties}; a template or profile may change the severity with {@code 严重性 "代码" 级别}.
 */
public enum RuleCode {
	SYNTAX("LR-SYNTAX", Severity.ERROR),
	LINK_TEMPLATE("LR-LINK-TEMPLATE", Severity.ERROR),
	LINK_PART("LR-LINK-PART", Severity.ERROR),
	LINK_FIGURE("LR-LINK-FIGURE", Severity.ERROR),
	FILE_EMPTY("LR-FILE-EMPTY", Severity.ERROR),
	FILE_ENCODING("LR-FILE-ENCODING", Severity.WARNING),
	FILE_BOM("LR-FILE-BOM", Severity.INFO),
	FILE_UNREADABLE("LR-FILE-UNREADABLE", Severity.ERROR),

	PART_MISSING("LR-PART-MISSING", Severity.ERROR),
	PART_NESTED("LR-PART-NESTED", Severity.WARNING),
	PART_EMPTY("LR-PART-EMPTY", Severity.ERROR),
	PART_ORDER("LR-PART-ORDER", Severity.WARNING),
	PART_DUPLICATE("LR-PART-DUPLICATE", Severity.WARNING),

	TITLE_MISSING("LR-TITLE-MISSING", Severity.ERROR),
	TITLE_PUNCTUATION("LR-TITLE-PUNCT", Severity.WARNING),
	META_REQUIRED("LR-META-REQUIRED", Severity.ERROR),
	META_DUPLICATE("LR-META-DUPLICATE", Severity.ERROR),
	META_VALUE("LR-META-VALUE", Severity.ERROR),
	META_LABEL("LR-META-LABEL", Severity.WARNING),
	SIGNATURE_MISSING("LR-SIGNATURE-MISSING", Severity.WARNING),
	SIGNER_MISSING("LR-SIGNER-MISSING", Severity.ERROR),
	RECIPIENT_COLON("LR-RECIPIENT-COLON", Severity.WARNING),
	DATE_FORM("LR-DATE-FORM", Severity.ERROR),
	YEAR_DATE("LR-YEAR-DATE", Severity.WARNING),
	DEADLINE("LR-DEADLINE", Severity.WARNING),
	DOCNO_FORM("LR-DOCNO-FORM", Severity.ERROR),
	DOCNO_YEAR("LR-DOCNO-YEAR", Severity.WARNING),

	HEADING_YEAR("LR-HEADING-YEAR", Severity.WARNING),
	HEADING_NO_YEAR("LR-HEADING-NO-YEAR", Severity.INFO),
	TEXT_PERIOD("LR-TEXT-PERIOD", Severity.WARNING),
	PUNCT_HALFWIDTH("LR-PUNCT-HALFWIDTH", Severity.WARNING),
	PUNCT_DIGITS("LR-PUNCT-DIGITS", Severity.WARNING),
	PERCENT_MIXED("LR-PERCENT-MIXED", Severity.WARNING),
	TEXT_INVISIBLE("LR-TEXT-INVISIBLE", Severity.WARNING),
	TEXT_NO_GLYPH("LR-TEXT-NO-GLYPH", Severity.WARNING),
	CITE_TITLE("LR-CITE-TITLE", Severity.WARNING),
	CITE_DOCNO_FORM("LR-CITE-DOCNO", Severity.WARNING),
	CITE_DOCNO_YEAR("LR-CITE-DOCNO-YEAR", Severity.WARNING),
	TERM("LR-TERM", Severity.WARNING),

	FIGURE_FORM("LR-FIGURE-FORM", Severity.ERROR),
	FIGURE_PERCENT_RANGE("LR-FIGURE-PERCENT", Severity.ERROR),
	FIGURE_COUNT("LR-FIGURE-COUNT", Severity.ERROR),
	FIGURE_DUPLICATE("LR-FIGURE-DUPLICATE", Severity.ERROR),
	RULE_FAILED("LR-RULE-FAILED", Severity.ERROR),
	RULE_UNITS("LR-RULE-UNITS", Severity.ERROR),
	RULE_DIVISION_BY_ZERO("LR-RULE-DIV-ZERO", Severity.ERROR),
	RULE_OPERAND("LR-RULE-OPERAND", Severity.ERROR),

	TEMPLATE_UNKNOWN_CODE("LR-TEMPLATE-CODE", Severity.WARNING),
	TEMPLATE_DUPLICATE_PART("LR-TEMPLATE-PART", Severity.ERROR),

	SUPPRESS_REASON("LR-WAIVER-REASON", Severity.WARNING),
	SUPPRESS_CODE("LR-WAIVER-CODE", Severity.WARNING),
	SUPPRESS_UNUSED("LR-WAIVER-UNUSED", Severity.INFO);

	private static final Map<String, RuleCode> BY_CODE = Arrays.stream(values())
			.collect(Collectors.toUnmodifiableMap(RuleCode::code, Function.identity()));

	private final String code;
	private final Severity defaultSeverity;

	RuleCode(String code, Severity defaultSeverity) {
		this.code = code;
		this.defaultSeverity = defaultSeverity;
	}

	public String code() {
		return code;
	}

	public Severity defaultSeverity() {
		return defaultSeverity;
	}

	public static Optional<RuleCode> byCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}
}
