package org.lawreport.core.io;

import java.io.IOException;

/** An output file could not be written; the message says why in Chinese, the cause keeps the system's words. */
public final class OutputException extends IOException {

	private static final long serialVersionUID = 1L;

	public OutputException(String message, IOException cause) {
		super(message, cause);
	}
}
