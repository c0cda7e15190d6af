package org.lawreport.dsl.ide.server;

import org.eclipse.xtext.ide.server.IMultiRootWorkspaceConfigFactory;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.ide.server.ServerLauncher;
import org.eclipse.xtext.ide.server.ServerModule;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The language server's entry point ({@code ./lawreport-ls}, over stdio): Xtext's server, with a workspace that
 * also serves files opened with no folder at all, and answers requests on unknown documents in Chinese.
 */
public final class LawReportServerLauncher {

	private LawReportServerLauncher() {
	}

	/** Xtext's server module with LawReport's language server and workspace. */
	public static Module module() {
		return Modules.override(new ServerModule()).with(binder -> {
			binder.bind(LanguageServerImpl.class).to(LawReportLanguageServer.class);
			binder.bind(IMultiRootWorkspaceConfigFactory.class).to(LawReportWorkspaceConfigFactory.class);
			binder.bind(WorkspaceManager.class).to(LawReportWorkspaceManager.class);
			binder.bind(IResourceServiceProvider.Registry.class).toProvider(LawReportServiceProviders.class);
		});
	}

	public static void main(String[] args) {
		ServerLauncher.launch(LawReportServerLauncher.class.getName(), args, module());
	}
}
