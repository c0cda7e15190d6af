package org.lawreport.dsl.linking;

import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.validation.RuleCode;

/** Unresolved names in Chinese, each with its own stable code and what the author can write instead. */
public class ChineseLinkingMessages extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EClass type = context.getReference().getEReferenceType();
		String name = context.getLinkText();
		LawReportPackage pkg = LawReportPackage.eINSTANCE;
		if (type == pkg.getFigure()) {
			return error(RuleCode.LINK_FIGURE, Messages.message(RuleCode.LINK_FIGURE, name));
		}
		if (type == pkg.getTemplatePart()) {
			Report report = EcoreUtil2.getContainerOfType(context.getContext(), Report.class);
			Template template = report == null ? null : Profiles.effectiveTemplate(report);
			String templateName = template == null || template.eIsProxy() ? "?" : template.getName();
			String available = template == null || template.eIsProxy() ? "—"
					: Templates.parts(template).stream().map(TemplatePart::getName).collect(Collectors.joining("、"));
			return error(RuleCode.LINK_PART, Messages.message(RuleCode.LINK_PART, templateName, name, available));
		}
		if (type == pkg.getTemplate()) {
			return error(RuleCode.LINK_TEMPLATE, Messages.message(RuleCode.LINK_TEMPLATE, name));
		}
		return super.getUnresolvedProxyMessage(context);
	}

	private static DiagnosticMessage error(RuleCode code, String message) {
		return new DiagnosticMessage(message, Severity.ERROR, code.code());
	}
}
