package org.lawreport.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician without the label EMF computes for every validated report (an interned URI fragment
 * that nothing shows): it cost a twentieth of a large batch's validation time.
 */
public class LabelFreeDiagnostician extends CancelableDiagnostician {

	@Inject
	public LabelFreeDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public String getObjectLabel(EObject eObject) {
		return eObject.eClass().getName();
	}
}
