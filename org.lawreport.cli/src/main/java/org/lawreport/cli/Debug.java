package org.lawreport.cli;

import java.io.PrintWriter;

/**
 * {@code --debug}: after the Chinese sentence a user always gets, the library's own text and the stack trace behind
 * it, for whoever supports the user. Off by default: a user's mistake never shows a stack trace.
 */
final class Debug {

	private static volatile boolean enabled;

	private Debug() {
	}

	static void enable(boolean on) {
		enabled = on;
	}

	static boolean enabled() {
		return enabled;
	}

	/** Under --debug, what lies behind a refusal: the exception that caused it, with its stack trace. */
	static void explain(PrintWriter err, Throwable refusal) {
		if (!enabled || refusal == null) {
			return;
		}
		Throwable behind = refusal.getCause() != null ? refusal.getCause() : refusal;
		err.println(Texts.text("debug.heading"));
		behind.printStackTrace(err);
		err.flush();
	}
}
