package org.lawreport.importer.source;

import java.io.IOException;

/** The original could not be read at all: unknown encoding, a damaged or unsupported file. */
public final class UnreadableSourceException extends IOException {

	private static final long serialVersionUID = 1L;

	private final int line;
	private final int column;

	public UnreadableSourceException(String message, int line, int column) {
		super(message);
		this.line = line;
		this.column = column;
	}

	public UnreadableSourceException(String message, Throwable cause) {
		super(message, cause);
		this.line = 0;
		this.column = 0;
	}

	/** The line where reading failed, 0 when unknown. */
	public int line() {
		return line;
	}

	/** The column where reading failed, 0 when unknown. */
	public int column() {
		return column;
	}
}
