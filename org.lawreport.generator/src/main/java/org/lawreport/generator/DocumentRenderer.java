package org.lawreport.generator;

import java.io.IOException;
import java.io.OutputStream;

import org.lawreport.core.document.OfficialDocument;

/**
 * Renders a laid-out report in one output format. Implementations write the whole document to the stream or
 * throw; the caller writes to a temporary file and moves it into place, so a failure leaves no half document.
 * A renderer may be used from several threads at once (the command line shares one between its jobs).
 */
public interface DocumentRenderer {

	void render(OfficialDocument document, OutputStream out) throws IOException;

	/** File name extension of the output, without the dot. */
	String extension();
}
