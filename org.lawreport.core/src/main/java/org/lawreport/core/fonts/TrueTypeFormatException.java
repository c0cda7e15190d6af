package org.lawreport.core.fonts;

/** A font file that is not a usable TrueType font; the message, in Chinese, says what is wrong with it. */
public final class TrueTypeFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public TrueTypeFormatException(String message) {
		super(message);
	}
}
