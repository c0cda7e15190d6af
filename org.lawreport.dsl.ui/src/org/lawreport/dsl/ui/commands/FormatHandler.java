package org.lawreport.dsl.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewerExtension;
import org.eclipse.ui.handlers.HandlerUtil;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.editor.LawReportEditor;
import org.lawreport.dsl.ui.markers.QuickFixes;

/** 格式化 (Ctrl+Shift+F): the language's formatter, applied to the editor's text as one undoable change. */
public final class FormatHandler extends AbstractHandler {
	@Override
	public Object execute(ExecutionEvent event) {
		if (HandlerUtil.getActiveEditor(event) instanceof LawReportEditor editor) {
			IDocument document = editor.document();
			var edits = EditorSession.of(editor.languageUri(), document.get()).formatting();
			if (!edits.isEmpty()) {
				var viewer = editor.viewer();
				if (viewer instanceof ITextViewerExtension ext) {
					ext.getRewriteTarget().beginCompoundChange();
					try {
						QuickFixes.applyEdits(document, edits);
					} finally {
						ext.getRewriteTarget().endCompoundChange();
					}
				} else {
					QuickFixes.applyEdits(document, edits);
				}
			}
		}
		return null;
	}
}
