package org.lawreport.core.fonts;

/**
 * No usable font for a role, or a font configuration that cannot be followed. The message is in Chinese and says
 * what to install or configure.
 */
public final class FontConfigurationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FontConfigurationException(String message) {
		super(message);
	}

	public FontConfigurationException(String message, Throwable cause) {
		super(message, cause);
	}
}
