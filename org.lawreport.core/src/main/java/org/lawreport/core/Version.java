package org.lawreport.core;

/** The version the command line and the reports it writes state. */
public final class Version {

	public static final String VERSION = "0.1.0";

	private Version() {
	}
}
