package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

/**
 * The command line as users run it: the packaged single jar in its own JVM. Packaging can break what
 * in-process tests cannot see (merged resources, service files, signatures).
 */
class PackagedCommandLineIT {

	record Result(int exit, String out, String err) {
	}

	static Path cliJar() throws IOException {
		try (Stream<Path> files = Files.list(TestSupport.projectRoot().resolve("org.lawreport.cli/target"))) {
			return files.filter(p -> p.getFileName().toString().endsWith("-cli.jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("run the build's package phase first (./run-tests does)"));
		}
	}

	static Result run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-jar");
		command.add(cliJar().toString());
		command.addAll(List.of(args));
		Process process = new ProcessBuilder(command).directory(TestSupport.projectRoot().toFile()).start();
		byte[] out = process.getInputStream().readAllBytes();
		byte[] err = process.getErrorStream().readAllBytes();
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
	}

	@Test
	void packagedJarValidatesTheSeedsLikeTheLanguageDoes() throws Exception {
		Result r = run("validate", "seeds");
		assertEquals(1, r.exit(), r.err());
		assertFalse(r.err().contains("Exception") || r.err().contains("ERROR"), r.err());
		assertFalse(r.out().contains("Exception"), r.out());
		assertTrue(r.out().contains("seeds/000_5032f3d1ab3637ce.lawreport:27:1: 错误 LR-PART-EMPTY"), r.out());
		assertTrue(r.out().contains("seeds/003_0db46809fcd894a2.lawreport:12:17: 错误 LR-DATE-FORM"), r.out());
		assertTrue(r.err().contains("共校验 5 个文件：错误 11，"), r.err());
	}

	@Test
	void packagedJarPrintsChineseHelp() throws Exception {
		Result r = run("--help");
		assertEquals(0, r.exit());
		assertTrue(r.out().contains("validate") && r.out().contains("generate") && r.out().contains("用法"), r.out());
	}

	/** The workbench from the packaged jar: on loopback, the page served, nothing in English on the terminal. */
	@Test
	void packagedJarServesTheWorkbenchOnLoopback() throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				cliJar().toString(), "serve", "--port", "0", "seeds"));
		Process process = new ProcessBuilder(command).directory(TestSupport.projectRoot().toFile()).redirectErrorStream(true).start();
		try {
			java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
			StringBuilder shown = new StringBuilder();
			String address = null;
			for (String line = lines.readLine(); line != null && address == null; line = lines.readLine()) {
				shown.append(line).append('\n');
				if (line.startsWith("请在浏览器中打开：")) {
					address = line.substring("请在浏览器中打开：".length()).strip();
				}
			}
			assertTrue(address != null && address.startsWith("http://127.0.0.1:"), shown.toString());
			assertFalse(shown.toString().matches("(?s).*[A-Za-z]{5,}\\(W\\).*|(?s).*SLF4J.*|(?s).*Exception.*"), shown.toString());
			java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
					java.net.http.HttpRequest.newBuilder(java.net.URI.create(address)).build(),
					java.net.http.HttpResponse.BodyHandlers.ofString());
			assertEquals(200, page.statusCode());
			assertTrue(page.body().contains("LawReport 工作台"), page.body());
		} finally {
			process.destroy();
			assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		}
	}

	@Test
	void serveRefusesWhatIsNotAFolderInChinese() throws Exception {
		Result r = run("serve", "--port", "0", "seeds/000_5032f3d1ab3637ce.lawreport");
		assertEquals(2, r.exit());
		assertTrue(r.err().contains("不是文件夹"), r.err());
	}
}
