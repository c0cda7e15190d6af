package org.lawreport.dsl.scoping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IGlobalScopeProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.library.LibraryTemplates;

import com.google.inject.Inject;

/**
 * Scoping for reports: figures are visible only inside their own report; template parts are those of the
 * report's template (and the templates it inherits from); templates come from the workspace and, without any
 * configuration, from the library that ships in the language jar.
 */
public class LawReportScopeProvider extends AbstractLawReportScopeProvider {

	private static final LawReportPackage PKG = LawReportPackage.eINSTANCE;
	private static final String FIGURES = LawReportScopeProvider.class.getName() + ".figures";

	@Inject
	private IResourceScopeCache cache;

	@Inject
	private IGlobalScopeProvider globalScopeProvider;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		if (reference.getEReferenceType() == PKG.getFigure()) {
			return figuresOf(context);
		}
		if (reference.getEReferenceType() == PKG.getTemplatePart()) {
			return templatePartsOf(context);
		}
		if (reference.getEReferenceType() == PKG.getTemplate()) {
			// a file holds one report or one template, so a template is always named from another file: the global
			// scope (index or resource set) is enough, without the local scope of every named object in this file
			IScope workspace = context.eResource() == null ? IScope.NULLSCOPE
					: globalScopeProvider.getScope(context.eResource(), reference, null);
			List<Template> library = context.eResource() == null || context.eResource().getResourceSet() == null
					? List.of()
					: LibraryTemplates.in(context.eResource().getResourceSet());
			return Scopes.scopeFor(library, workspace);
		}
		return super.getScope(context, reference);
	}

	private IScope figuresOf(EObject context) {
		Report report = EcoreUtil2.getContainerOfType(context, Report.class);
		if (report == null || report.eResource() == null) {
			return IScope.NULLSCOPE;
		}
		// one scope per report and resource state, looked up by name: a report has many figure references, and a
		// scope that searched its list for each of them cost time quadratic in the figures
		return cache.get(FIGURES, report.eResource(), () -> {
			List<Figure> named = EcoreUtil2.getAllContentsOfType(report, Figure.class).stream()
					.filter(f -> f.getName() != null)
					.toList();
			// a name given twice (LR-FIGURE-DUPLICATE) links to its first figure, as a list scope would
			Map<QualifiedName, IEObjectDescription> first = new LinkedHashMap<>();
			for (IEObjectDescription description : Scopes.scopedElementsFor(named)) {
				first.putIfAbsent(description.getName(), description);
			}
			return MapBasedScope.createScope(IScope.NULLSCOPE, first.values());
		});
	}

	private IScope templatePartsOf(EObject context) {
		Report report = EcoreUtil2.getContainerOfType(context, Report.class);
		if (report == null) {
			return IScope.NULLSCOPE;
		}
		Template template = Profiles.effectiveTemplate(report);
		if (template == null) {
			return IScope.NULLSCOPE;
		}
		return Scopes.scopeFor(Templates.parts(template));
	}
}
