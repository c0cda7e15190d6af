package org.lawreport.dsl.profile;

import java.nio.file.Path;

import org.lawreport.dsl.validation.Messages;

/**
 * Which profile to apply and where that choice was made: a template file ({@code file}) or the name of a template
 * among the reports' templates and the library ({@code name}); {@code origin} is the project file that chose it,
 * or {@code null} when it was given on the command line.
 */
public record ProfileChoice(String name, Path file, Path origin) {

	/** From the command line: a path to a template file, or a template's name. */
	public static ProfileChoice of(String value) {
		return parse(value, null, Path.of(""));
	}

	static ProfileChoice parse(String value, Path origin, Path baseDirectory) {
		String v = value.strip();
		if (v.endsWith(".lawreport") || v.contains("/") || v.contains("\\")) {
			return new ProfileChoice(null, baseDirectory.resolve(v).normalize(), origin);
		}
		return new ProfileChoice(v, null, origin);
	}

	/** How the review names the choice: “某市审查口径（profiles/city.lawreport，由 lawreport.properties 指定）”. */
	public String describe(String templateName) {
		if (file == null && origin == null) {
			return templateName;
		}
		String where = origin == null ? file.toString()
				: file == null ? Messages.text("profile.originWho", origin) : Messages.text("profile.originFileAndWho", file, origin);
		return Messages.text("profile.origin", templateName, where);
	}
}
