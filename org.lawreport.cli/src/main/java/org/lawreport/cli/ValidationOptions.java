package org.lawreport.cli;

import java.nio.file.Path;
import java.util.List;

import org.lawreport.dsl.profile.ProfileChoice;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.workspace.ParallelValidation;

import picocli.CommandLine.Option;

/** The options {@code validate} and {@code review} share, and the parallel validation they set up. */
final class ValidationOptions {

	@Option(names = "--fail-on", defaultValue = "error", paramLabel = "error|warning|none",
			descriptionKey = "option.failOn")
	FailOn failOn;

	@Option(names = "--profile", paramLabel = "NAME|FILE",
			descriptionKey = "option.profile")
	String profile;

	@Option(names = "--jobs", paramLabel = "N", descriptionKey = "option.validationJobs")
	int jobs = Runtime.getRuntime().availableProcessors();

	/** The profile applied, once {@link #start} has run; {@code null} when there is none. */
	ProfileChoice choice;

	/**
	 * Resolves the profile (option, else the project file next to {@code paths}) and starts a validation of
	 * {@code files} reports on up to {@code --jobs} threads, with {@code templates} loaded in each.
	 */
	ParallelValidation start(List<Path> paths, List<Path> templates, int files) throws ProfileException {
		choice = ProfileOption.resolve(profile, paths).orElse(null);
		return new ParallelValidation(LanguageStartup.injector(), templates, choice, Math.min(jobs, Math.max(1, files)));
	}
}
