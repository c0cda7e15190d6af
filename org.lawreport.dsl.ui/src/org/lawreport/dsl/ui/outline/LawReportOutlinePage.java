package org.lawreport.dsl.ui.outline;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;
import org.eclipse.xtext.ide.server.Document;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.LawReportUiPlugin;

/**
 * The Outline view: the language's document symbols (parts and headings with their generated numbers 一、（一）…,
 * figures, rules); selecting one selects its text in the editor, and moving the caret in the editor selects the
 * innermost heading around it.
 */
public final class LawReportOutlinePage extends ContentOutlinePage {

	private final OutlinedEditor editor;
	private volatile List<DocumentSymbol> symbols = List.of();
	private volatile String symbolsText = "";
	private final Job job = new Job("LawReport outline") {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			IDocument document = editor.document();
			if (document == null) {
				return Status.OK_STATUS;
			}
			String text = document.get();
			try {
				List<DocumentSymbol> computed = EditorSession.of(editor.languageUri(), text).symbols();
				symbols = computed;
				symbolsText = text;
				Display.getDefault().asyncExec(LawReportOutlinePage.this::show);
			} catch (RuntimeException e) {
				LawReportUiPlugin.log(e);
			}
			return Status.OK_STATUS;
		}
	};

	/** Set while the outline follows the caret, so that its selection does not move the caret back. */
	private boolean followingEditor;
	private final ISelectionChangedListener caretListener = event -> followCaret();

	public LawReportOutlinePage(OutlinedEditor editor) {
		this.editor = editor;
		job.setSystem(true);
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ITreeContentProvider() {
			@Override
			public Object[] getElements(Object input) {
				return ((List<?>) input).toArray();
			}

			@Override
			public Object[] getChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children == null ? new Object[0] : children.toArray();
			}

			@Override
			public Object getParent(Object element) {
				return null;
			}

			@Override
			public boolean hasChildren(Object element) {
				List<DocumentSymbol> children = ((DocumentSymbol) element).getChildren();
				return children != null && !children.isEmpty();
			}
		});
		viewer.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return label((DocumentSymbol) element);
			}
		});
		viewer.setInput(symbols);
		if (editor.viewer() != null && editor.viewer().getSelectionProvider() instanceof IPostSelectionProvider caret) {
			caret.addPostSelectionChangedListener(caretListener);
		}
		refresh();
	}

	@Override
	public void dispose() {
		if (editor.viewer() != null && editor.viewer().getSelectionProvider() instanceof IPostSelectionProvider caret) {
			caret.removePostSelectionChangedListener(caretListener);
		}
		super.dispose();
	}

	/** Selects the innermost symbol around the caret, when the outline shows the editor's current text. */
	private void followCaret() {
		TreeViewer viewer = getTreeViewer();
		IDocument document = editor.document();
		if (viewer == null || viewer.getControl().isDisposed() || document == null || !document.get().equals(symbolsText)) {
			return;
		}
		int offset = editor.viewer().getSelectedRange().x;
		Position caret = new Document(1, symbolsText).getPosition(offset);
		DocumentSymbol innermost = innermost(symbols, caret);
		if (innermost == null) {
			return;
		}
		followingEditor = true;
		try {
			viewer.setSelection(new StructuredSelection(innermost), true);
		} finally {
			followingEditor = false;
		}
	}

	/** The deepest symbol whose range contains {@code position}, or {@code null}. */
	static DocumentSymbol innermost(List<DocumentSymbol> candidates, Position position) {
		for (DocumentSymbol symbol : candidates) {
			if (contains(symbol.getRange(), position)) {
				DocumentSymbol deeper = symbol.getChildren() == null ? null : innermost(symbol.getChildren(), position);
				return deeper != null ? deeper : symbol;
			}
		}
		return null;
	}

	private static boolean contains(Range range, Position p) {
		return compare(range.getStart(), p) <= 0 && compare(p, range.getEnd()) <= 0;
	}

	private static int compare(Position a, Position b) {
		return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
	}

	/** How a symbol is shown: its name, and its detail (e.g. the template part it fulfils) when the language gives one. */
	public static String label(DocumentSymbol s) {
		return s.getDetail() == null || s.getDetail().isBlank() ? s.getName() : s.getName() + "  " + s.getDetail();
	}

	/** Recomputes the outline in the background (after each reconcile). */
	public void refresh() {
		job.schedule(50);
	}

	/** The symbols last shown (for tests). */
	public List<DocumentSymbol> symbols() {
		return symbols;
	}

	private void show() {
		TreeViewer viewer = getTreeViewer();
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		Object[] expanded = viewer.getExpandedElements();
		viewer.setInput(symbols);
		if (expanded.length == 0) {
			viewer.expandToLevel(2);
		} else {
			viewer.expandToLevel(2);
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		super.selectionChanged(event);
		if (followingEditor) {
			return; // the outline is following the caret: leave the caret where the user put it
		}
		if (event.getSelection() instanceof IStructuredSelection s && s.getFirstElement() instanceof DocumentSymbol symbol) {
			Document lsp = new Document(1, symbolsText);
			try {
				int start = lsp.getOffSet(symbol.getSelectionRange().getStart());
				int end = lsp.getOffSet(symbol.getSelectionRange().getEnd());
				editor.selectAndReveal(start, end - start);
			} catch (IndexOutOfBoundsException e) {
				// the text changed since: the next refresh brings the new positions
			}
		}
	}
}
