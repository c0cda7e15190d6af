package org.lawreport.dsl.facts;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.xtext.EcoreUtil2;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;

/**
 * A review profile (审查口径): a template a province or city writes in the language itself, inheriting the
 * template the reports name ({@code 模板 某市审查口径 继承 法治政府建设年度报告}), to set its own deadlines,
 * severities and additional required parts. Applied to a resource set, it is the template every report in that
 * set is checked against, as long as it builds on the report's own template; a report based on an unrelated
 * template keeps its own.
 */
public final class Profiles {

	private Profiles() {
	}

	/** Makes {@code profile} the template the reports of {@code resourceSet} are checked against. */
	public static void apply(ResourceSet resourceSet, Template profile) {
		resourceSet.eAdapters().removeIf(ProfileAdapter.class::isInstance);
		resourceSet.eAdapters().add(new ProfileAdapter(profile));
	}

	/** The profile applied to the resource set {@code object} belongs to, or {@code null}. */
	public static Template applied(EObject object) {
		if (object == null || object.eResource() == null || object.eResource().getResourceSet() == null) {
			return null;
		}
		for (Object adapter : object.eResource().getResourceSet().eAdapters()) {
			if (adapter instanceof ProfileAdapter p) {
				return p.profile;
			}
		}
		return null;
	}

	/**
	 * The template {@code report} is checked against: the applied profile when it inherits (directly or not) from
	 * the report's template, otherwise the report's template; {@code null} while that name is unresolved.
	 */
	public static Template effectiveTemplate(Report report) {
		Template declared = report.getTemplate();
		if (declared == null || declared.eIsProxy()) {
			return null;
		}
		Template profile = applied(report);
		return profile != null && appliesTo(profile, declared) ? profile : declared;
	}

	/** The effective template of the report containing {@code object}. */
	public static Template effectiveTemplateOf(EObject object) {
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		return report == null ? null : effectiveTemplate(report);
	}

	/** Whether a profile builds on the template a report names (the profile may be that template itself). */
	public static boolean appliesTo(Template profile, Template declared) {
		return Templates.lineage(profile).contains(declared);
	}

	private static final class ProfileAdapter extends AdapterImpl {
		private final Template profile;

		ProfileAdapter(Template profile) {
			this.profile = profile;
		}
	}
}
