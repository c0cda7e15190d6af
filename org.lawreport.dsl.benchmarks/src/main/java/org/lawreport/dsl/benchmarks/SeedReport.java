package org.lawreport.dsl.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A seed report's source, read from the project folder's seeds/. */
final class SeedReport {

	private SeedReport() {
	}

	static String text(String name) throws IOException {
		Path root = Path.of(System.getProperty("lawreport.projectRoot", "."));
		return Files.readString(root.resolve("seeds").resolve(name), StandardCharsets.UTF_8);
	}
}
