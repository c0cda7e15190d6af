package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;

/**
 * The packaged command line stopped mid-run (SIGTERM, SIGKILL) and starved of disk and permissions: no document is
 * ever left half-written under its own name, a previous document survives whole, a politely stopped run leaves no
 * temporary file, and each refusal is one Chinese sentence. Needs root (a tmpfs for the full disk, another user for
 * the permissions), which ./run-tests has.
 */
@UsesExternalPrograms
class StoppedAndStarvedIT {

	private Path dir;

	@BeforeEach
	void folder() throws IOException {
		assertTrue("root".equals(System.getProperty("user.name")), "needs root: ./run-tests runs as root");
		dir = Files.createTempDirectory("lawreport-stopped");
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@AfterEach
	void clean() throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			files.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		}
	}

	private List<Path> manyReports(int count) throws IOException {
		String seed = Files.readString(TestSupport.projectRoot().resolve("seeds/003_0db46809fcd894a2.lawreport"));
		Path in = Files.createDirectories(dir.resolve("in"));
		List<Path> reports = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			reports.add(Files.writeString(in.resolve("r" + i + ".lawreport"), seed));
		}
		return reports;
	}

	private static List<String> java(String... args) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				PackagedCommandLineIT.cliJar().toString()));
		command.addAll(List.of(args));
		return command;
	}

	@ParameterizedTest
	@ValueSource(strings = { "TERM", "KILL" })
	void aGenerationStoppedMidRunLeavesWholeDocumentsOnly(String signal) throws Exception {
		List<Path> reports = manyReports(40);
		Path out = Files.createDirectories(dir.resolve("out"));
		byte[] previous = "上一次生成的文档".getBytes(StandardCharsets.UTF_8);
		Files.write(out.resolve("r39.docx"), previous);
		List<String> command = java("generate", "--force", "--format", "docx", "--jobs", "1", "--out", out.toString());
		reports.forEach(r -> command.add(r.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (countDocx(out) < 4 && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(process.isAlive(), "the run ended before it could be stopped");
		new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".")) {
					assertEquals("KILL", signal, "a stopped run left a temporary file: " + name);
					continue;
				}
				byte[] bytes = Files.readAllBytes(file);
				if (name.equals("r39.docx") && bytes.length == previous.length) {
					assertArrayEquals(previous, bytes, "the previous document was harmed");
				} else {
					// a whole DOCX: a zip whose central directory closes the file
					assertTrue(bytes.length > 22 && bytes[0] == 'P' && bytes[1] == 'K', name + " is not a whole document");
					assertEquals(0x06054b50, readIntLe(bytes, bytes.length - 22), name + " is cut short");
				}
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "TERM", "KILL" })
	void anImportStoppedMidRunLeavesWholeReportsOnly(String signal) throws Exception {
		String original = Files.readString(TestSupport.projectRoot().resolve("seeds/003_0db46809fcd894a2.txt"));
		Path in = Files.createDirectories(dir.resolve("originals"));
		Path out = Files.createDirectories(dir.resolve("imported"));
		List<String> command = java("import", "--force", "--out", out.toString());
		for (int i = 0; i < 300; i++) {
			command.add(Files.writeString(in.resolve("r" + i + ".txt"), original).toString());
		}
		byte[] previous = "// 上一次导入的结果\n".getBytes(StandardCharsets.UTF_8);
		Files.write(out.resolve("r299.lawreport"), previous);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (count(out, ".lawreport") < 5 && process.isAlive() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertTrue(process.isAlive(), "the import ended before it could be stopped");
		new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		long whole = 0;
		try (Stream<Path> files = Files.list(out)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(".")) {
					assertEquals("KILL", signal, "a stopped import left a temporary file: " + name);
					continue;
				}
				byte[] bytes = Files.readAllBytes(file);
				if (name.equals("r299.lawreport") && java.util.Arrays.equals(previous, bytes)) {
					continue;
				}
				String text = new String(bytes, StandardCharsets.UTF_8);
				// a whole import: it parses, and it ends with the note that closes every imported file
				assertTrue(text.startsWith("报告 依据") && text.contains("// 由 LawReport 从") && text.endsWith("\n"), name + " is cut short");
				assertFalse(TestSupport.load(text).getParseResult().hasSyntaxErrors(), name + " does not parse");
				whole++;
			}
		}
		assertTrue(whole >= 5 && whole < 300, "imported before the stop: " + whole);
		for (int i = 0; i < 300; i++) {
			assertEquals(original, Files.readString(in.resolve("r" + i + ".txt")), "an original was changed");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "TERM", "KILL" })
	void aReviewStoppedMidRunLeavesThePreviousTableWhole(String signal) throws Exception {
		manyReports(1500);
		Path table = dir.resolve("review.html");
		byte[] previous = "<!DOCTYPE html><html><body>上一次的审查表</body></html>\n".getBytes(StandardCharsets.UTF_8);
		Files.write(table, previous);
		Process process = new ProcessBuilder(java("review", "--format", "html", "--force", "--out", table.toString(),
				dir.resolve("in").toString())).redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
		// validating 1,500 reports takes several seconds even with both cores to itself (about 200 a second here)
		Thread.sleep(1500);
		assertTrue(process.isAlive(), () -> "the review ended before it could be stopped: " + log());
		new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor();
		assertTrue(process.waitFor(30, TimeUnit.SECONDS));
		assertArrayEquals(previous, Files.readAllBytes(table), "the previous table was harmed");
		try (Stream<Path> files = Files.list(dir)) {
			List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")).toList();
			if (signal.equals("TERM")) {
				assertEquals(List.of(), names, "a stopped review left a temporary file");
			}
		}
	}

	@Test
	void aFullDiskIsSaidInChineseAndTheFolderIsLeftAsItWas() throws Exception {
		Path report = manyReports(1).get(0);
		Path full = Files.createDirectories(dir.resolve("full"));
		String script = "mount -t tmpfs -o size=64k tmpfs '" + full + "' && head -c 60000 /dev/zero > '" + full + "/fill' && "
				+ String.join(" ", java("generate", "--force", "--format", "docx", "--out", full.toString(), report.toString()).stream()
						.map(a -> "'" + a + "'").toList())
				+ "; echo \"exit=$?\"; ls -a '" + full + "'";
		Process process = new ProcessBuilder("unshare", "-m", "--propagation", "private", "sh", "-c", script).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertTrue(output.contains("exit=2"), output);
		assertTrue(output.contains("磁盘空间不足，无法写出") && !output.contains("No space left"), output);
		String listing = output.substring(output.indexOf("exit="));
		assertFalse(listing.contains("r0.docx") || listing.contains(".tmp"), "something was left on the full disk: " + listing);
	}

	@Test
	void aFolderWithoutWritePermissionIsSaidInChinese() throws Exception {
		Path report = manyReports(1).get(0);
		Path locked = Files.createDirectories(dir.resolve("locked"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
		// nobody may not read the project's folder (on a fresh machine it is under /root): the jar goes along
		Path jar = Files.copy(PackagedCommandLineIT.cliJar(), dir.resolve("lawreport-cli.jar"));
		List<String> command = new ArrayList<>(List.of("runuser", "-u", "nobody", "--",
				Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
				"generate", "--force", "--format", "txt", "--out", locked.toString(), report.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue(process.waitFor(120, TimeUnit.SECONDS));
		assertEquals(2, process.exitValue(), output);
		assertTrue(output.contains("没有在文件夹“" + locked + "”中写入文件的权限"), output);
		try (Stream<Path> files = Files.list(locked)) {
			assertEquals(0, files.count());
		}
	}

	private String log() {
		try {
			return Files.readString(dir.resolve("log.txt"));
		} catch (IOException e) {
			return e.toString();
		}
	}

	private static long count(Path out, String suffix) throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(p -> p.getFileName().toString().endsWith(suffix) && !p.getFileName().toString().startsWith("r299")).count();
		}
	}

	private static long countDocx(Path out) throws IOException {
		try (Stream<Path> files = Files.list(out)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".docx") && !p.getFileName().toString().equals("r39.docx")).count();
		}
	}

	private static int readIntLe(byte[] bytes, int at) {
		return (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16 | (bytes[at + 3] & 0xff) << 24;
	}
}
