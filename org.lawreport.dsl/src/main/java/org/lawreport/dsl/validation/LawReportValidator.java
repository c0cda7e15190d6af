package org.lawreport.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The validator of the language: its checks live in one class per concern, one {@code @Check} per rule, each
 * finding with a stable code from {@link RuleCode}.
 */
@ComposedChecks(validators = { StructureChecks.class, MetadataChecks.class, FigureChecks.class, TextChecks.class,
		CitationChecks.class, TemplateChecks.class })
public class LawReportValidator extends AbstractLawReportValidator {
}
