package org.lawreport.workbench;

/** A request the folder refuses: a path outside it or not a report, a file that is not there, a save that conflicts. */
public class FolderException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What the refusal means for an HTTP answer. */
	public enum Kind {
		/** a path that is not allowed: outside the folder, hidden, not a report */
		FORBIDDEN,
		/** no such file */
		NOT_FOUND,
		/** a request that cannot be understood */
		BAD_REQUEST,
		/** the file could not be read or written */
		FAILED
	}

	private final Kind kind;

	public FolderException(Kind kind, String message) {
		super(message);
		this.kind = kind;
	}

	public FolderException(Kind kind, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
	}

	public Kind kind() {
		return kind;
	}
}
