package org.lawreport.dsl.ide.contentassist;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Headings;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.ide.IdeMessages;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.library.LibraryTemplates;

import com.google.common.base.Predicate;

/**
 * Proposals for names that refer to something: figures (described by their value), template parts (described by
 * their canonical heading; parts the report still lacks come first) and templates (the standard one marked).
 */
public class LawReportCrossrefProposals extends IdeCrossrefProposalProvider {

	private static final LawReportPackage PKG = LawReportPackage.eINSTANCE;

	@Override
	public void lookupCrossReference(IScope scope, CrossReference crossReference, ContentAssistContext context,
			IIdeContentProposalAcceptor acceptor, Predicate<IEObjectDescription> filter) {
		Report report = LawReportProposalProvider.reportOf(context);
		IIdeContentProposalAcceptor ranking = new IIdeContentProposalAcceptor() {
			@Override
			public void accept(ContentAssistEntry entry, int priority) {
				if (entry != null && entry.getSource() instanceof IEObjectDescription d
						&& d.getEClass() == PKG.getTemplatePart() && report != null
						&& d.getEObjectOrProxy() instanceof TemplatePart part && !part.eIsProxy()
						&& Fulfilments.of(report).topLevel(part).isEmpty()) {
					acceptor.accept(entry, priority + 300);
				} else {
					acceptor.accept(entry, priority);
				}
			}

			@Override
			public boolean canAcceptMoreProposals() {
				return acceptor.canAcceptMoreProposals();
			}
		};
		super.lookupCrossReference(scope, crossReference, context, ranking, filter);
	}

	@Override
	protected ContentAssistEntry createProposal(IEObjectDescription candidate, CrossReference crossRef,
			ContentAssistContext context) {
		ContentAssistEntry entry = super.createProposal(candidate, crossRef, context);
		if (entry == null) {
			return null;
		}
		EObject object = candidate.getEObjectOrProxy();
		if (object instanceof Figure figure && !figure.eIsProxy()) {
			entry.setDescription(IdeMessages.text("assist.figure", figure.getLiteral()));
			entry.setKind(ContentAssistEntry.KIND_VARIABLE);
		} else if (object instanceof TemplatePart part && !part.eIsProxy()) {
			Report report = LawReportProposalProvider.reportOf(context);
			Integer year = report == null ? null : Metadata.of(report).reportYear().orElse(null);
			entry.setDescription(IdeMessages.text("assist.templatePart", Headings.canonical(part, year)));
			entry.setDocumentation(part.getClause());
			entry.setKind(ContentAssistEntry.KIND_MODULE);
		} else if (object instanceof Template || candidate.getEClass() == PKG.getTemplate()) {
			boolean library = candidate.getEObjectURI() != null
					&& LibraryTemplates.isLibrary(candidate.getEObjectURI().trimFragment());
			entry.setDescription(IdeMessages.text(library ? "assist.template.library" : "assist.template"));
			entry.setKind(ContentAssistEntry.KIND_CLASS);
		}
		return entry;
	}
}
