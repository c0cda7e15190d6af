package org.lawreport.dsl.ui.commands;

import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawreport.dsl.ui.LawReportUiPlugin;
import org.lawreport.dsl.ui.Texts;
import org.lawreport.dsl.ui.editor.LawReportEditor;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.generator.OutputFormat;

/** 导出为 TXT / DOCX / PDF / HTML: the generator's output written next to the report (parameter {@value #FORMAT}). */
public final class ExportHandler extends AbstractHandler {

	public static final String FORMAT = "org.lawreport.dsl.ui.export.format";

	@Override
	public Object execute(ExecutionEvent event) {
		OutputFormat format = OutputFormat.valueOf(event.getParameter(FORMAT).toUpperCase(Locale.ROOT));
		Shell shell = HandlerUtil.getActiveShell(event);
		IFile file = null;
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection s && s.getFirstElement() instanceof IFile f
				&& !(HandlerUtil.getActivePart(event) instanceof IEditorPart)) {
			file = f;
		} else if (editor instanceof LawReportEditor e) {
			file = e.file();
			if (e.isDirty()) {
				e.doSave(null);
			}
		}
		if (file == null || file.getLocation() == null) {
			MessageDialog.openInformation(shell, Texts.get("export.title"), Texts.get("export.noFile"));
			return null;
		}
		run(file, format, shell);
		return null;
	}

	private static void run(IFile file, OutputFormat format, Shell shell) {
		Path path = file.getLocation().toFile().toPath();
		Job job = new Job(Texts.get("export.job", file.getName(), format.extension().toUpperCase(Locale.ROOT))) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					Exporter.Result first = Exporter.export(path, format, false);
					Exporter.Result result = first;
					if (first.written() == null && !first.errors().isEmpty()) {
						boolean[] force = new boolean[1];
						Display.getDefault().syncExec(() -> force[0] = MessageDialog.openQuestion(shell, Texts.get("export.title"),
								Texts.get("export.hasErrors", first.errors().size(), firstError(first))));
						if (!force[0]) {
							return Status.CANCEL_STATUS;
						}
						result = Exporter.export(path, format, true);
					}
					file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
					Exporter.Result done = result;
					Display.getDefault().asyncExec(() -> LawReportUiPlugin.status(done.written() == null
							? Texts.get("export.failed", file.getName())
							: Texts.get("export.done", done.written().getFileName()) + (done.notes().isEmpty() ? "" : "（" + String.join("；", done.notes()) + "）")));
					return Status.OK_STATUS;
				} catch (Exception e) {
					return new Status(IStatus.ERROR, LawReportUiPlugin.ID, Texts.get("export.failed", file.getName()) + "：" + e.getMessage(), e);
				}
			}
		};
		job.setUser(true);
		job.schedule();
	}

	private static String firstError(Exporter.Result result) {
		Finding f = result.errors().get(0);
		return f.line() + ":" + f.column() + " " + f.code() + " " + f.message();
	}
}
