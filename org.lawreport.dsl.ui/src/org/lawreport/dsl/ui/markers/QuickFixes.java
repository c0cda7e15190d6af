package org.lawreport.dsl.ui.markers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.xtext.ide.server.Document;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.LawReportUiPlugin;

/**
 * Quick fixes for a LawReport marker: the language's code actions for the finding (computed from the marker's
 * code, data and range, as a language client would send them), applied to the file's shared text buffer, so an
 * open editor sees the change (and can undo it).
 */
public final class QuickFixes {

	/** One fix: its title and the edits it makes. */
	public record Fix(String title, List<TextEdit> edits) {
	}

	private QuickFixes() {
	}

	public static List<Fix> forMarker(IMarker marker) {
		if (!(marker.getResource() instanceof IFile file) || !file.exists()) {
			return List.of();
		}
		String code = marker.getAttribute(ProblemMarkers.CODE, null);
		if (code == null || code.isEmpty()) {
			return List.of();
		}
		try {
			return withDocument(file, false, document -> {
				String text = document.get();
				Document lspDocument = new Document(1, text);
				int start = Math.min(marker.getAttribute(IMarker.CHAR_START, 0), text.length());
				int end = Math.min(Math.max(marker.getAttribute(IMarker.CHAR_END, start), start), text.length());
				Diagnostic diagnostic = new Diagnostic(new Range(lspDocument.getPosition(start), lspDocument.getPosition(end)),
						marker.getAttribute(IMarker.MESSAGE, ""));
				diagnostic.setCode(code);
				String data = marker.getAttribute(ProblemMarkers.DATA, null);
				diagnostic.setData(data == null ? new String[0] : data.split(ProblemMarkers.DATA_SEPARATOR, -1));
				int severity = marker.getAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
				diagnostic.setSeverity(severity == IMarker.SEVERITY_ERROR ? DiagnosticSeverity.Error
						: severity == IMarker.SEVERITY_WARNING ? DiagnosticSeverity.Warning : DiagnosticSeverity.Information);
				List<Fix> fixes = new ArrayList<>();
				for (CodeAction action : EditorSession.of(uri(file), text).codeActions(diagnostic)) {
					// the language server answers for the marker's whole line: keep the fixes of this marker's finding
					if (action.getDiagnostics() != null && action.getDiagnostics().stream()
							.anyMatch(d -> d.getCode() != null && d.getCode().isLeft() && code.equals(d.getCode().getLeft()))) {
						fixes.add(new Fix(action.getTitle(), edits(action.getEdit())));
					}
				}
				return fixes;
			});
		} catch (CoreException | RuntimeException e) {
			LawReportUiPlugin.log(e);
			return List.of();
		}
	}

	static URI uri(IFile file) {
		return file.getLocation() != null ? URI.createFileURI(file.getLocation().toOSString())
				: URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	private static List<TextEdit> edits(WorkspaceEdit edit) {
		List<TextEdit> result = new ArrayList<>();
		if (edit.getChanges() != null) {
			edit.getChanges().values().forEach(result::addAll);
		}
		if (edit.getDocumentChanges() != null) {
			edit.getDocumentChanges().stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).map(TextDocumentEdit::getEdits)
					.forEach(list -> list.stream().filter(e -> e.isLeft()).map(e -> e.getLeft()).forEach(result::add));
		}
		return result;
	}

	/** Applies a fix to the file's text buffer; saves it when no editor has the file open. */
	public static void apply(IFile file, Fix fix) throws CoreException {
		withDocument(file, true, document -> {
			applyEdits(document, fix.edits());
			return null;
		});
	}

	/** Applies language-server text edits to a document, last first so earlier offsets stay valid. */
	public static void applyEdits(IDocument document, List<? extends TextEdit> edits) {
		Document lsp = new Document(1, document.get());
		List<int[]> regions = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (TextEdit e : edits) {
			regions.add(new int[] { lsp.getOffSet(e.getRange().getStart()), lsp.getOffSet(e.getRange().getEnd()), regions.size() });
			texts.add(e.getNewText());
		}
		regions.sort(Comparator.<int[]>comparingInt(r -> r[0]).reversed());
		try {
			for (int[] r : regions) {
				document.replace(r[0], r[1] - r[0], texts.get(r[2]));
			}
		} catch (BadLocationException e) {
			throw new IllegalStateException(e);
		}
	}

	private interface DocumentWork<T> {
		T run(IDocument document) throws CoreException;
	}

	private static <T> T withDocument(IFile file, boolean commitIfUnshared, DocumentWork<T> work) throws CoreException {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		boolean shared = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
		manager.connect(file.getFullPath(), LocationKind.IFILE, null);
		try {
			ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
			T result = work.run(buffer.getDocument());
			if (commitIfUnshared && !shared) {
				buffer.commit(null, true);
			}
			return result;
		} finally {
			manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
		}
	}
}
