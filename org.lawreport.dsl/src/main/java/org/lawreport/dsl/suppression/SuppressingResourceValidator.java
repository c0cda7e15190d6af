package org.lawreport.dsl.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.validation.RuleCode;

/**
 * The validator every client uses (command line, editor, language server), with the report's waivers applied:
 * a finding covered by a {@code // 豁免 代码：理由} comment becomes a {@link SuppressedIssue}; a waiver without a
 * reason, with an unknown or unwaivable code, or that waives nothing is itself a finding.
 */
public class SuppressingResourceValidator extends ResourceValidatorImpl {

	/** Findings no comment can waive: the file must parse and its names must resolve. */
	private static final Set<String> UNWAIVABLE = Set.of(RuleCode.SYNTAX.code(), RuleCode.LINK_TEMPLATE.code(),
			RuleCode.LINK_PART.code(), RuleCode.LINK_FIGURE.code(), RuleCode.SUPPRESS_REASON.code(),
			RuleCode.SUPPRESS_CODE.code(), RuleCode.SUPPRESS_UNUSED.code());

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) {
		List<Issue> issues = super.validate(resource, mode, indicator);
		if (!(resource instanceof XtextResource xtext) || xtext.getParseResult() == null) {
			return issues;
		}
		String text = xtext.getParseResult().getRootNode().getText();
		if (!SuppressionDirectives.mayContain(text)) {
			return issues;
		}
		List<Suppression> waivers = SuppressionDirectives.find(text);
		if (waivers.isEmpty()) {
			return issues;
		}
		Map<String, org.lawreport.dsl.lawReport.Severity> severities = severities(xtext);
		List<Issue> result = new ArrayList<>(issues.size() + waivers.size());
		boolean[] used = new boolean[waivers.size()];
		for (Issue issue : issues) {
			int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
			Issue kept = issue;
			for (int i = 0; i < waivers.size() && kept == issue; i++) {
				Suppression w = waivers.get(i);
				if (w.hasReason() && issue.getCode() != null && !UNWAIVABLE.contains(issue.getCode())
						&& w.covers(issue.getCode(), line)) {
					kept = new SuppressedIssue(issue, w.reason(), w.line());
					used[i] = true;
				}
			}
			result.add(kept);
		}
		for (int i = 0; i < waivers.size(); i++) {
			Suppression w = waivers.get(i);
			if (!w.hasReason()) {
				add(result, resource, w, RuleCode.SUPPRESS_REASON, severities, String.join("、", w.codes()));
				continue;
			}
			boolean problem = false;
			for (String code : w.codes()) {
				if (RuleCode.byCode(code).isEmpty() || UNWAIVABLE.contains(code)) {
					add(result, resource, w, RuleCode.SUPPRESS_CODE, severities, code);
					problem = true;
				}
			}
			if (!problem && !used[i]) {
				add(result, resource, w, RuleCode.SUPPRESS_UNUSED, severities, String.join("、", w.codes()),
						w.wholeFile() ? Messages.text("waiver.wholeFile")
								: w.targetLine() > 0 ? Messages.text("waiver.line", w.targetLine()) : Messages.text("waiver.next"));
			}
		}
		return result;
	}

	private static Map<String, org.lawreport.dsl.lawReport.Severity> severities(XtextResource resource) {
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		if (root instanceof Report report) {
			Template template = Profiles.effectiveTemplate(report);
			if (template != null) {
				return Templates.severities(template);
			}
		}
		return Map.of();
	}

	private static void add(List<Issue> issues, Resource resource, Suppression waiver, RuleCode code,
			Map<String, org.lawreport.dsl.lawReport.Severity> overrides, Object... args) {
		org.lawreport.dsl.lawReport.Severity severity = overrides.getOrDefault(code.code(), code.defaultSeverity());
		if (severity == org.lawreport.dsl.lawReport.Severity.OFF) {
			return;
		}
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setCode(code.code());
		issue.setMessage(Messages.withClause(code, args));
		issue.setSeverity(switch (severity) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			default -> Severity.INFO;
		});
		issue.setOffset(waiver.offset());
		issue.setLength(waiver.length());
		issue.setLineNumber(waiver.line());
		issue.setColumn(waiver.column());
		issue.setLineNumberEnd(waiver.line());
		issue.setColumnEnd(waiver.column() + waiver.length());
		issue.setUriToProblem(resource.getURI());
		issue.setType(CheckType.FAST);
		issue.setData(new String[0]);
		issues.add(issue);
	}
}
