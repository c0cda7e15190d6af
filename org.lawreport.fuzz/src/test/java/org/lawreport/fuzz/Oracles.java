package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.dsl.validation.RuleCode;

/** What every fuzz target asserts of what a user would see, whatever the input. */
final class Oracles {

	/** Library internals a user must never read: Java exception names, Xtext's and ANTLR's English. */
	private static final Pattern LIBRARY_TEXT = Pattern.compile(
			"Exception|\\bnull\\b|mismatched input|no viable alternative|extraneous input|missing EOF|Couldn't resolve");

	private Oracles() {
	}

	/**
	 * A user-facing message: not blank, Chinese, free of library internals. A message may quote the user's own text,
	 * which may hold anything: a library word that is in {@code input} is the user's, not the library's.
	 */
	static void assertUserMessage(String message, String input) {
		assertTrue(message != null && !message.isBlank(), "a message is blank");
		assertTrue(message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
				() -> "a message is not Chinese: " + message);
		Matcher m = LIBRARY_TEXT.matcher(message);
		while (m.find()) {
			String word = m.group();
			assertTrue(input != null && input.contains(word), () -> "a message shows library text: " + message);
		}
	}

	/** A finding's code: one of the documented rule codes. */
	static void assertKnownCode(String code) {
		assertTrue(RuleCode.byCode(code).isPresent(), () -> "an undocumented code: " + code);
	}

	/** A per-JVM scratch folder (fuzzing runs millions of inputs: one file, overwritten). */
	static Path scratch(String name) {
		try {
			Path dir = Files.createTempDirectory("lawreport-fuzz");
			dir.toFile().deleteOnExit();
			return dir.resolve(name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
