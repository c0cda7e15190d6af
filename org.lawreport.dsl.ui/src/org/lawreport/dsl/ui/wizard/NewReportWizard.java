package org.lawreport.dsl.ui.wizard;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;
import org.lawreport.dsl.ui.LawReportUiPlugin;
import org.lawreport.dsl.ui.Texts;

/** 新建年度报告: a .lawreport file with the standard template's skeleton for the year just ended. */
public final class NewReportWizard extends Wizard implements INewWizard {

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(Texts.get("wizard.title"));
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("report", selection) {
			@Override
			protected InputStream getInitialContents() {
				return new ByteArrayInputStream(ReportSkeleton.text(null, LocalDate.now()).getBytes(StandardCharsets.UTF_8));
			}
		};
		page.setTitle(Texts.get("wizard.page.title"));
		page.setDescription(Texts.get("wizard.page.description", LocalDate.now().getYear() - 1));
		page.setFileExtension("lawreport");
		page.setFileName(Texts.get("wizard.fileName", LocalDate.now().getYear() - 1));
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (PartInitException e) {
			LawReportUiPlugin.log(e);
		}
		return true;
	}
}
