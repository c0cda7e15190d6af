package org.lawreport.dsl.ide.server;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.eclipse.xtext.resource.ResourceServiceProviderServiceLoader;

import com.google.inject.Inject;
import com.google.inject.Provider;
import com.google.inject.Singleton;

/**
 * The languages the server knows, found by file extension as Xtext does, and also for a document that has no file
 * yet: an editor's new, unsaved report ({@code untitled:Untitled-1} in VS Code), which has no extension. Without it
 * the server failed on every request for such a document. Found by {@code LanguageServerFuzzTest}.
 */
@Singleton
public class LawReportServiceProviders implements Provider<IResourceServiceProvider.Registry> {

	/** The URI scheme of a document not saved yet. */
	public static final String UNTITLED = "untitled";

	private final IResourceServiceProvider.Registry registry;

	@Inject
	public LawReportServiceProviders(ResourceServiceProviderServiceLoader loader) {
		registry = loader.get();
		Object services = registry.getExtensionToFactoryMap().get("lawreport");
		if (services != null) {
			registry.getProtocolToFactoryMap().putIfAbsent(UNTITLED, services);
		}
		// the resource sets create resources through EMF's registry, where the setup registered the extension only
		Object factory = Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().get("lawreport");
		if (factory != null) {
			Resource.Factory.Registry.INSTANCE.getProtocolToFactoryMap().putIfAbsent(UNTITLED, factory);
		}
	}

	@Override
	public IResourceServiceProvider.Registry get() {
		return registry;
	}
}
