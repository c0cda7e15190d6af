package org.lawreport.dsl.validation;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.xtext.validation.Check;
import org.lawreport.dsl.lawReport.SeveritySetting;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplateMember;
import org.lawreport.dsl.lawReport.TemplatePart;

/** Templates and profiles: part names unique, severity settings naming real codes. */
public class TemplateChecks extends LawReportCheckBase {

	@Check
	public void partNamesUnique(Template template) {
		Set<String> names = new HashSet<>();
		for (TemplateMember member : template.getMembers()) {
			if (member instanceof TemplatePart part && part.getName() != null && !names.add(part.getName())) {
				finding(RuleCode.TEMPLATE_DUPLICATE_PART, part).on(PKG.getTemplatePart_Name()).args(part.getName()).emit();
			}
		}
	}

	@Check
	public void severityCodeKnown(SeveritySetting setting) {
		if (setting.getCode() != null && RuleCode.byCode(setting.getCode()).isEmpty()) {
			finding(RuleCode.TEMPLATE_UNKNOWN_CODE, setting).on(PKG.getSeveritySetting_Code()).args(setting.getCode()).emit();
		}
	}
}
