package org.lawreport.dsl.ide.server;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.impl.DefaultResourceServiceProvider;

/**
 * The language's services, which Xtext offers by file extension only: a report the editor has not saved yet
 * ({@code untitled:Untitled-1} in VS Code, chosen as LawReport by its language id) has none, and was silently never
 * validated. Such documents are LawReport's too. Found by {@code LanguageServerFuzzTest}.
 */
public class UnsavedDocuments extends DefaultResourceServiceProvider {

	@Override
	public boolean canHandle(URI uri) {
		return super.canHandle(uri) || LawReportServiceProviders.UNTITLED.equals(uri.scheme());
	}
}
