package org.lawreport.dsl.ui;

import java.io.File;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Path;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.lawreport.dsl.ide.editor.EditorSession;

/**
 * What ./studio asks for at start: {@code -Dlawreport.studio.project=DIR} adds that folder (which has a .project)
 * to the workspace; {@code -Dlawreport.studio.open=FILE} (a name inside it) opens that report in the editor.
 * The language services are created here too, in the background, so the first keystroke does not wait for them.
 */
public final class StudioStartup implements IStartup {

	@Override
	public void earlyStartup() {
		Thread warmUp = new Thread(EditorSession::sharedInjector, "LawReport services");
		warmUp.setDaemon(true);
		warmUp.start();
		String projectDir = System.getProperty("lawreport.studio.project");
		if (projectDir == null || projectDir.isBlank()) {
			return;
		}
		try {
			IProject project = importProject(new File(projectDir));
			String open = System.getProperty("lawreport.studio.open");
			if (open != null && !open.isBlank()) {
				IFile file = project.getFile(open);
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
					IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
					IWorkbenchPage page = window == null ? null : window.getActivePage();
					if (page != null && file.exists()) {
						try {
							IDE.openEditor(page, file);
						} catch (CoreException e) {
							LawReportUiPlugin.log(e);
						}
					}
				});
			}
		} catch (CoreException e) {
			LawReportUiPlugin.log(e);
		}
	}

	private static IProject importProject(File dir) throws CoreException {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		IProjectDescription description = workspace.loadProjectDescription(new Path(new File(dir, ".project").getAbsolutePath()));
		IProject project = workspace.getRoot().getProject(description.getName());
		if (!project.exists()) {
			File defaultLocation = new File(workspace.getRoot().getLocation().toFile(), description.getName());
			if (!defaultLocation.getAbsoluteFile().equals(dir.getAbsoluteFile())) {
				description.setLocation(new Path(dir.getAbsolutePath()));
			} else {
				description.setLocation(null);
			}
			project.create(description, null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		project.refreshLocal(IProject.DEPTH_INFINITE, null);
		return project;
	}
}
