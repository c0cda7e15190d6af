package org.lawreport.dsl.ui.editor;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.LawReportUiPlugin;
import org.lawreport.dsl.ui.markers.ProblemMarkers;

/**
 * In the background after each pause in typing: parse the text, validate it (the same validator as the command
 * line), publish the findings as Problems markers on the file (which the editor shows as annotations), and
 * compute the semantic highlighting.
 */
final class ValidationReconcilingStrategy implements IReconcilingStrategy, IReconcilingStrategyExtension {

	private final LawReportEditor editor;
	private IDocument document;
	private IProgressMonitor monitor = new NullProgressMonitor();
	/** The editor's report, parsed again at each reconcile (only ever on the reconciler's thread). */
	private EditorSession session;

	ValidationReconcilingStrategy(LawReportEditor editor) {
		this.editor = editor;
	}

	@Override
	public void setDocument(IDocument document) {
		this.document = document;
	}

	@Override
	public void setProgressMonitor(IProgressMonitor monitor) {
		this.monitor = monitor;
	}

	@Override
	public void initialReconcile() {
		reconcileNow();
	}

	@Override
	public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
		reconcileNow();
	}

	@Override
	public void reconcile(IRegion partition) {
		reconcileNow();
	}

	private void reconcileNow() {
		IDocument doc = document;
		if (doc == null) {
			return;
		}
		long stamp = doc instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : 0;
		String text = doc.get();
		try {
			if (session == null) {
				session = new EditorSession(EditorSession.sharedInjector(), editor.languageUri());
			}
			session.update(text);
			List<Issue> issues = session.validate(monitor::isCanceled);
			List<LightweightPosition> highlighting = session.highlighting(monitor::isCanceled);
			if (monitor.isCanceled()) {
				return;
			}
			IFile file = editor.file();
			if (file != null) {
				ProblemMarkers.replace(file, text, issues);
			}
			Display display = Display.getDefault();
			display.asyncExec(() -> {
				SemanticHighlighter h = editor.highlighter();
				if (h != null) {
					h.update(doc, stamp, highlighting);
				}
				editor.reconciled(stamp);
			});
		} catch (RuntimeException e) {
			LawReportUiPlugin.log(e);
		}
	}
}
