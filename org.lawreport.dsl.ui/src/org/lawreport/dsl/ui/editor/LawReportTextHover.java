package org.lawreport.dsl.ui.editor;

import java.util.Iterator;

import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.LawReportUiPlugin;

/**
 * Hover: the finding under the mouse if there is one, then the language's hover text (a figure's type, value
 * and rules; a part's legal source).
 */
public final class LawReportTextHover implements ITextHover {

	private final LawReportEditor editor;

	public LawReportTextHover(LawReportEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		StringBuilder b = new StringBuilder();
		if (viewer instanceof ISourceViewer sv && sv.getAnnotationModel() != null) {
			IAnnotationModel model = sv.getAnnotationModel();
			for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
				Annotation a = it.next();
				Position p = model.getPosition(a);
				if (p != null && a.getText() != null && !a.isMarkedDeleted()
						&& p.overlapsWith(region.getOffset(), Math.max(region.getLength(), 1))
						&& a.getType() != null && (a.getType().contains("error") || a.getType().contains("warning") || a.getType().contains("info"))) {
					b.append(a.getText()).append("\n");
				}
			}
		}
		try {
			String language = hoverText(viewer.getDocument().get(), region.getOffset());
			if (language != null) {
				if (b.length() > 0) {
					b.append("\n");
				}
				b.append(language);
			}
		} catch (RuntimeException e) {
			LawReportUiPlugin.log(e);
		}
		return b.length() == 0 ? null : b.toString().strip();
	}

	/** The language's hover at {@code offset}, Markdown reduced to plain text. */
	public String hoverText(String text, int offset) {
		String markdown = EditorSession.of(editor.languageUri(), text).hoverMarkdown(offset);
		if (markdown.isBlank()) {
			return null;
		}
		return markdown.replace("**", "").replace("```", "").replace("`", "").replaceAll("(?m)^#+ ", "").strip();
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		return new Region(offset, 0);
	}
}
