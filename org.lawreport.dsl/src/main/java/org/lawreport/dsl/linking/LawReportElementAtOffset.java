package org.lawreport.dsl.linking;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Xtext's lookup of the named element at an offset (go to definition, references, occurrences), which fails with a
 * NullPointerException where broken text holds no element at all (the client gets an internal error). Here that
 * offset simply has no element, as the method's contract says.
 */
public class LawReportElementAtOffset extends EObjectAtOffsetHelper {

	@Override
	public EObject getElementWithNameAt(XtextResource resource, int offset) {
		if (resource != null && offset >= 0 && resolveCrossReferencedElementAt(resource, offset) == null
				&& resolveElementAt(resource, offset) == null) {
			return null;
		}
		return super.getElementWithNameAt(resource, offset);
	}
}
