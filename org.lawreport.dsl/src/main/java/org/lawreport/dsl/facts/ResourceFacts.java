package org.lawreport.dsl.facts;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Facts derived from a report (figure values, where parts are fulfilled, metadata by key) are computed once per
 * state of its resource: Xtext's resource cache forgets them on every change, so an editor never sees stale ones.
 */
final class ResourceFacts {

	private ResourceFacts() {
	}

	static <T> T get(EObject object, String key, Supplier<T> compute) {
		if (object.eResource() instanceof XtextResource resource) {
			return resource.getCache().get(key, resource, compute::get);
		}
		return compute.get();
	}
}
