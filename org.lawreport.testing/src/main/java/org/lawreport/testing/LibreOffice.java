package org.lawreport.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * LibreOffice as an independent reader of the generated DOCX: {@code libreoffice --headless --convert-to pdf}
 * with a fresh user profile per run and the test fontconfig file (fonts.conf next to this class), which maps
 * the 公文 font names to installed open faces.
 */
public final class LibreOffice {

	private LibreOffice() {
	}

	/** The executable on PATH; fails (never skips) when LibreOffice is missing. */
	public static Path executable() {
		String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
		for (String name : List.of("libreoffice", "soffice")) {
			for (String dir : path.split(File.pathSeparator)) {
				Path candidate = Path.of(dir, name);
				if (Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		throw new AssertionError("LibreOffice is not installed: neither `libreoffice` nor `soffice` is on PATH (" + path
				+ "). The DOCX layout test needs it as an independent reader: apt-get install libreoffice-writer "
				+ "(CI installs it).");
	}

	/** Converts the DOCX files to PDF in {@code outDir} with one LibreOffice run; returns the PDFs in order. */
	public static List<Path> convertToPdf(List<Path> docxFiles, Path outDir) throws IOException, InterruptedException {
		Path lo = executable();
		Path work = Files.createTempDirectory("lawreport-lo-");
		try {
			Path fonts = work.resolve("fonts.conf");
			try (InputStream in = LibreOffice.class.getResourceAsStream("fonts.conf")) {
				if (in == null) {
					throw new AssertionError("resource org/lawreport/testing/fonts.conf is missing");
				}
				Files.copy(in, fonts, StandardCopyOption.REPLACE_EXISTING);
			}
			Path profile = work.resolve("profile-" + UUID.randomUUID());
			List<String> command = new ArrayList<>(List.of(lo.toString(), "-env:UserInstallation=" + profile.toUri(),
					"--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir.toString()));
			for (Path docx : docxFiles) {
				command.add(docx.toString());
			}
			Path log = work.resolve("libreoffice.log");
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
			builder.environment().put("FONTCONFIG_FILE", fonts.toString());
			Process process = builder.start();
			if (!process.waitFor(300, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new AssertionError("LibreOffice did not finish within 300 s: " + Files.readString(log, StandardCharsets.UTF_8));
			}
			List<Path> pdfs = new ArrayList<>();
			for (Path docx : docxFiles) {
				String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
				Path pdf = outDir.resolve(name);
				if (!Files.isRegularFile(pdf)) {
					throw new AssertionError("LibreOffice made no " + pdf + " (exit " + process.exitValue() + "): "
							+ Files.readString(log, StandardCharsets.UTF_8));
				}
				pdfs.add(pdf);
			}
			return pdfs;
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
