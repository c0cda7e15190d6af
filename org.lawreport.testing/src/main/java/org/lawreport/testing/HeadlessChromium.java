package org.lawreport.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real browser for tests: Debian's Chromium, headless, with the flags this machine needs (no sandbox as root,
 * no background networking on a closed network, a fresh profile each time).
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static Path executable() {
		for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
			Path p = Path.of(candidate);
			if (Files.isExecutable(p)) {
				return p;
			}
		}
		throw new IllegalStateException("Chromium is not installed (apt-get install chromium); .ci/run installs it");
	}

	/** Runs Chromium headless on a page with extra arguments; returns standard output. */
	public static String run(Path page, String... arguments) throws IOException, InterruptedException {
		return run(page.toUri().toString(), arguments);
	}

	/** Runs Chromium headless on an address (a file URI may carry a #fragment); returns standard output. */
	public static String run(String address, String... arguments) throws IOException, InterruptedException {
		Path profile = Files.createTempDirectory("chromium-profile");
		List<String> command = new ArrayList<>(List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile));
		command.addAll(List.of(arguments));
		command.add(address);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		byte[] out = process.getInputStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException("Chromium did not finish within 120 s");
		}
		return new String(out, StandardCharsets.UTF_8);
	}
}
