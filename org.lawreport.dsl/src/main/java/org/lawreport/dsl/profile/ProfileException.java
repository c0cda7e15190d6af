package org.lawreport.dsl.profile;

/** A profile that cannot be applied: not found, not a template, or with errors. The message is for the user. */
public final class ProfileException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProfileException(String message) {
		super(message);
	}
}
