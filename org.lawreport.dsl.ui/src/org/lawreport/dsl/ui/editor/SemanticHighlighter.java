package org.lawreport.dsl.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.ITextViewerExtension4;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;

/**
 * Lays the language calculator's highlighting over the lexical colouring, for the text it was computed from
 * (after an edit the lexical colours stand alone until the next reconcile, a few hundred milliseconds later).
 */
final class SemanticHighlighter implements ITextPresentationListener {

	private final ISourceViewer viewer;
	private final Styles styles;
	private volatile List<LightweightPosition> ranges = List.of();
	private volatile IDocument rangesDocument;
	private volatile long rangesStamp = -1;

	SemanticHighlighter(ISourceViewer viewer, Styles styles) {
		this.viewer = viewer;
		this.styles = styles;
		if (viewer instanceof ITextViewerExtension4 v4) {
			v4.addTextPresentationListener(this);
		}
	}

	void update(IDocument document, long stamp, List<LightweightPosition> newRanges) {
		if (viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
			return;
		}
		ranges = newRanges;
		rangesDocument = document;
		rangesStamp = stamp;
		viewer.invalidateTextPresentation();
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		IDocument document = viewer.getDocument();
		if (document == null || document != rangesDocument) {
			return;
		}
		if (document instanceof IDocumentExtension4 d4 && d4.getModificationStamp() != rangesStamp) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int from = extent.getOffset();
		int to = from + extent.getLength();
		for (LightweightPosition r : ranges) {
			if (r.getLength() <= 0 || r.getOffset() + r.getLength() <= from || r.getOffset() >= to || r.getIds().length == 0) {
				continue;
			}
			TextAttribute a = styles.attribute(styles.pick(r.getIds()));
			if (a == null || (a.getForeground() == null && a.getStyle() == 0)) {
				continue;
			}
			int start = Math.max(r.getOffset(), from);
			int end = Math.min(r.getOffset() + r.getLength(), to);
			StyleRange style = new StyleRange(start, end - start, a.getForeground(), a.getBackground(), a.getStyle() & 3);
			style.underline = (a.getStyle() & TextAttribute.UNDERLINE) != 0;
			presentation.mergeStyleRange(style);
		}
	}
}
