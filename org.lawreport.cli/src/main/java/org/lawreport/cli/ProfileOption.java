package org.lawreport.cli;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lawreport.dsl.profile.ProfileChoice;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.profile.ProjectFile;

/** The profile of a run: {@code --profile NAME|FILE}, else the project file next to the inputs, else none. */
final class ProfileOption {

	private ProfileOption() {
	}

	static Optional<ProfileChoice> resolve(String option, List<Path> inputs) throws ProfileException {
		if (option != null && !option.isBlank()) {
			return Optional.of(ProfileChoice.of(option));
		}
		Set<Path> projectFiles = new LinkedHashSet<>();
		for (Path input : inputs) {
			ProjectFile.find(input).ifPresent(projectFiles::add);
		}
		if (projectFiles.size() > 1) {
			throw new ProfileException(Texts.text("profile.mixedProjects",
					projectFiles.stream().map(Path::toString).collect(Collectors.joining("、"))));
		}
		return projectFiles.isEmpty() ? Optional.empty() : ProjectFile.profileOf(projectFiles.iterator().next());
	}
}
