package org.lawreport.dsl.ui.outline;

import org.eclipse.emf.common.util.URI;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.ISourceViewer;

/** What the Outline page needs of the editor it outlines; the editor implements it, so the arrow points one way. */
public interface OutlinedEditor {

	/** The URI the language sees for the text. */
	URI languageUri();

	/** The edited document, or null once the editor is closed. */
	IDocument document();

	/** The source viewer, or null before the editor's controls exist. */
	ISourceViewer viewer();

	/** Selects and shows a range of the text. */
	void selectAndReveal(int offset, int length);
}
