package org.lawreport.dsl.scoping;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.DefaultResourceDescriptionStrategy;
import org.eclipse.xtext.util.IAcceptor;
import org.lawreport.dsl.lawReport.Template;

/**
 * Only templates are visible across files. Figures and rules belong to their report: exporting them would let
 * one report link to another report's figure of the same name, and would bloat the index of a folder of
 * hundreds of reports.
 */
public class LawReportResourceDescriptionStrategy extends DefaultResourceDescriptionStrategy {

	@Override
	public boolean createEObjectDescriptions(EObject eObject, IAcceptor<IEObjectDescription> acceptor) {
		if (eObject instanceof Template) {
			super.createEObjectDescriptions(eObject, acceptor);
			return false;
		}
		// a report's contents (figures, rules) stay private to it
		return false;
	}
}
