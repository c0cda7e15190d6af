package org.lawreport.dsl.ui;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

/** The editor plug-in: holds the language's IDE services (one Guice injector per workbench). */
public class LawReportUiPlugin extends AbstractUIPlugin {

	public static final String ID = "org.lawreport.dsl.ui";

	private static LawReportUiPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		instance = null;
		super.stop(context);
	}

	/** Logs an unexpected failure to the Error Log (and stderr when there is no workbench). */
	public static void log(Throwable e) {
		LawReportUiPlugin plugin = instance;
		if (plugin != null) {
			plugin.getLog().log(new Status(IStatus.ERROR, ID, e.getMessage() == null ? e.toString() : e.getMessage(), e));
		} else {
			e.printStackTrace();
		}
	}

	/** Shows a message in the active window's status line (UI thread). */
	public static void status(String message) {
		var window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window != null && window.getActivePage() != null && window.getActivePage().getActivePart() != null) {
			var site = window.getActivePage().getActivePart().getSite();
			if (site instanceof IViewSite v) {
				v.getActionBars().getStatusLineManager().setMessage(message);
			} else if (site instanceof IEditorSite e) {
				e.getActionBars().getStatusLineManager().setMessage(message);
			}
		}
	}

	public static LawReportUiPlugin getDefault() {
		return instance;
	}
}
