package org.lawreport.dsl.ide.highlighting;

import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.SemanticTokenTypes;

/**
 * The style ids {@link LawReportHighlighter} gives to pieces of a report. Every highlighted position carries two
 * ids: first one of the constants below (for an editor that maps them to its own colours, e.g. the Eclipse
 * editor), then the standard LSP semantic token type it stands for (for the language server, see
 * {@link #LSP_TOKEN_TYPES}).
 */
public final class HighlightingStyles {

	/** A keyword: 报告, 依据, 部分, 节, 条, 款, 段, 要点, 规则, 对应, 接排, 模板 … */
	public static final String KEYWORD = "lawreport.keyword";
	/** A metadata key: 标题, 报告年度, 发文机关 … */
	public static final String METADATA_KEY = "lawreport.metadataKey";
	/** A metadata value: the text, number or level after a key, and the 标识 label. */
	public static final String METADATA_VALUE = "lawreport.metadataValue";
	/** A typed figure inside prose or a heading: {@code 受理总数=71.33万件} between the braces. */
	public static final String FIGURE = "lawreport.figure";
	/** A reference to a figure: {@code {受理总数}} in prose, and figure names in rules. */
	public static final String FIGURE_REFERENCE = "lawreport.figureReference";
	/** The title of a 部分, 节, 条 or 款 (its text; figures inside keep {@link #FIGURE}). */
	public static final String HEADING = "lawreport.heading";
	/** The name of a template part after 部分 or 对应 (举措成效, 第一责任人 …). */
	public static final String TEMPLATE_PART = "lawreport.templatePart";
	/** The text of a paragraph or run-in point. */
	public static final String TEXT = "lawreport.text";
	/** The name of a rule. */
	public static final String RULE_NAME = "lawreport.ruleName";
	/** The arithmetic of a rule: operators, relations, numbers, rounding, 允差 and its value. */
	public static final String RULE_EXPRESSION = "lawreport.ruleExpression";
	/** A comment. */
	public static final String COMMENT = "lawreport.comment";

	/** Every style id, in a stable order. */
	public static final List<String> ALL = List.of(KEYWORD, METADATA_KEY, METADATA_VALUE, FIGURE, FIGURE_REFERENCE,
			HEADING, TEMPLATE_PART, TEXT, RULE_NAME, RULE_EXPRESSION, COMMENT);

	/** The LSP semantic token type each style is published as by the language server. */
	public static final Map<String, String> LSP_TOKEN_TYPES = Map.ofEntries(
			Map.entry(KEYWORD, SemanticTokenTypes.Keyword),
			Map.entry(METADATA_KEY, SemanticTokenTypes.Property),
			Map.entry(METADATA_VALUE, SemanticTokenTypes.String),
			Map.entry(FIGURE, SemanticTokenTypes.Number),
			Map.entry(FIGURE_REFERENCE, SemanticTokenTypes.Variable),
			Map.entry(HEADING, SemanticTokenTypes.Namespace),
			Map.entry(TEMPLATE_PART, SemanticTokenTypes.Type),
			Map.entry(TEXT, SemanticTokenTypes.String),
			Map.entry(RULE_NAME, SemanticTokenTypes.Function),
			Map.entry(RULE_EXPRESSION, SemanticTokenTypes.Operator),
			Map.entry(COMMENT, SemanticTokenTypes.Comment));

	private HighlightingStyles() {
	}
}
