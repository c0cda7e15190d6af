package org.lawreport.dsl.profile;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

import org.lawreport.dsl.validation.Messages;

/**
 * The project file {@value #NAME} that a province or city keeps next to the reports it reviews; its
 * {@code profile} entry (or {@code 审查口径}) names the profile: a template file relative to the project file, or
 * a template's name. It is looked for in the folder of the reports and then in each folder above it.
 */
public final class ProjectFile {

	public static final String NAME = "lawreport.properties";

	private ProjectFile() {
	}

	/** The nearest project file at or above {@code path}, when there is one. */
	public static Optional<Path> find(Path path) {
		Path dir = path.toAbsolutePath().normalize();
		if (!Files.isDirectory(dir)) {
			dir = dir.getParent();
		}
		for (; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve(NAME);
			if (Files.isRegularFile(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	/** The profile a project file chooses, if it chooses one. */
	public static Optional<ProfileChoice> profileOf(Path projectFile) throws ProfileException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(projectFile, StandardCharsets.UTF_8)) {
			properties.load(reader);
		} catch (IOException | IllegalArgumentException e) {
			throw new ProfileException(Messages.text("profile.projectUnreadable", projectFile, e.getMessage()));
		}
		String value = properties.getProperty("profile", properties.getProperty("审查口径"));
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		Path shown = relativeToWorkingDirectory(projectFile);
		Path base = shown.getParent() == null ? Path.of("") : shown.getParent();
		return Optional.of(ProfileChoice.parse(value, shown, base));
	}

	private static Path relativeToWorkingDirectory(Path file) {
		Path cwd = Path.of("").toAbsolutePath();
		Path abs = file.toAbsolutePath().normalize();
		return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
	}
}
