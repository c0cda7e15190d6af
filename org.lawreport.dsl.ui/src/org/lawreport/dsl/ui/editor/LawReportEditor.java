package org.lawreport.dsl.ui.editor;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.texteditor.ContentAssistAction;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.eclipse.ui.texteditor.TextOperationAction;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.lawreport.dsl.ui.Texts;
import org.lawreport.dsl.ui.outline.LawReportOutlinePage;
import org.lawreport.dsl.ui.outline.OutlinedEditor;

/**
 * The editor for {@code *.lawreport}: the platform's text editor configured with the language's services
 * (highlighting, validation into Problems markers, completion, quick fixes, hover, outline, formatting).
 */
public class LawReportEditor extends TextEditor implements OutlinedEditor {

	public static final String ID = "org.lawreport.dsl.ui.editor";
	public static final String CONTEXT_ID = "org.lawreport.dsl.ui.editorScope";

	private final Styles styles = new Styles();
	private final List<Runnable> reconcileListeners = new CopyOnWriteArrayList<>();
	private LawReportOutlinePage outlinePage;
	private SemanticHighlighter highlighter;

	public LawReportEditor() {
		setSourceViewerConfiguration(new LawReportSourceViewerConfiguration(this, styles));
	}

	@Override
	protected void initializeKeyBindingScopes() {
		setKeyBindingScopes(new String[] { CONTEXT_ID });
	}

	@Override
	public void createPartControl(Composite parent) {
		super.createPartControl(parent);
		highlighter = new SemanticHighlighter(getSourceViewer(), styles);
	}

	@Override
	protected void createActions() {
		super.createActions();
		IAction assist = new ContentAssistAction(Texts.bundle(), "ContentAssistProposal.", this);
		assist.setActionDefinitionId(ITextEditorActionDefinitionIds.CONTENT_ASSIST_PROPOSALS);
		setAction("ContentAssistProposal", assist);
		markAsStateDependentAction("ContentAssistProposal", true);
		IAction quickAssist = new TextOperationAction(Texts.bundle(), "QuickAssist.", this, ISourceViewer.QUICK_ASSIST);
		quickAssist.setActionDefinitionId(ITextEditorActionDefinitionIds.QUICK_ASSIST);
		setAction(ITextEditorActionDefinitionIds.QUICK_ASSIST, quickAssist);
	}

	/** The workspace file being edited, or null for a file outside the workspace. */
	public IFile file() {
		IEditorInput input = getEditorInput();
		return input instanceof IFileEditorInput f ? f.getFile() : null;
	}

	/** The URI the language sees for this text (its folder is where templates are looked up). */
	@Override
	public URI languageUri() {
		IEditorInput input = getEditorInput();
		if (input instanceof IFileEditorInput f && f.getFile().getLocation() != null) {
			return URI.createFileURI(f.getFile().getLocation().toOSString());
		}
		if (input instanceof IPathEditorInput p) {
			return URI.createFileURI(p.getPath().toOSString());
		}
		return URI.createURI("inmemory:/" + (input == null ? "report" : input.getName()));
	}

	@Override
	public IDocument document() {
		return getDocumentProvider() == null ? null : getDocumentProvider().getDocument(getEditorInput());
	}

	@Override
	public ISourceViewer viewer() {
		return getSourceViewer();
	}

	SemanticHighlighter highlighter() {
		return highlighter;
	}

	/** Called (on the UI thread) each time a reconcile has finished: markers, highlighting and outline are current. */
	public void addReconcileListener(Runnable listener) {
		reconcileListeners.add(listener);
	}

	public void removeReconcileListener(Runnable listener) {
		reconcileListeners.remove(listener);
	}

	private volatile long reconciledStamp = -1;

	/** The modification stamp of the text the last finished reconcile validated. */
	public long reconciledStamp() {
		return reconciledStamp;
	}

	void reconciled(long stamp) {
		reconciledStamp = stamp;
		if (outlinePage != null) {
			outlinePage.refresh();
		}
		reconcileListeners.forEach(Runnable::run);
	}

	@Override
	public <T> T getAdapter(Class<T> type) {
		if (type == IContentOutlinePage.class) {
			if (outlinePage == null || outlinePage.getControl() == null || outlinePage.getControl().isDisposed()) {
				outlinePage = new LawReportOutlinePage(this);
			}
			return type.cast(outlinePage);
		}
		return super.getAdapter(type);
	}
}
