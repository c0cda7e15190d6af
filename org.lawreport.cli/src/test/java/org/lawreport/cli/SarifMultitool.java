package org.lawreport.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Microsoft's SARIF Multitool (npm {@code @microsoft/sarif-multitool-linux}, installed by
 * scripts/install-test-tools.sh) as an independent judge of our SARIF logs: its {@code validate} command checks a
 * log against the SARIF 2.1.0 JSON schema and the SARIF rules.
 */
final class SarifMultitool {

	private SarifMultitool() {
	}

	static Path executable() {
		String tools = System.getenv().getOrDefault("LAWREPORT_TOOLS", "/opt/lawreport-tools");
		Path tool = Path.of(tools, "sarif-multitool", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool");
		if (!Files.isExecutable(tool)) {
			throw new AssertionError("SARIF Multitool is not installed at " + tool
					+ "; scripts/install-test-tools.sh installs it (npm @microsoft/sarif-multitool-linux@5.7.0).");
		}
		return tool;
	}

	/** Validates a log; returns the tool's report (its output) and exit code. */
	static Result validate(Path log) throws IOException, InterruptedException {
		Path out = Files.createTempFile("sarif-validation", ".sarif");
		Process process = new ProcessBuilder(executable().toString(), "validate", log.toString(), "--output", out.toString(),
				"--log", "ForceOverwrite").redirectErrorStream(true).start();
		String console = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(180, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("SARIF Multitool did not finish within 180 s");
		}
		String report = Files.exists(out) ? Files.readString(out, StandardCharsets.UTF_8) : "";
		Files.deleteIfExists(out);
		return new Result(process.exitValue(), console, report);
	}

	record Result(int exit, String console, String report) {
	}

	/**
	 * The violations of the SARIF 2.1.0 JSON schema (the schema file Microsoft ships with the Multitool, kept as
	 * a test resource) in a log, checked with networknt's JSON Schema validator; empty when the log is valid.
	 */
	static java.util.List<String> schemaViolations(String log) throws IOException {
		com.networknt.schema.JsonSchema schema;
		try (java.io.InputStream in = SarifMultitool.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
			schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
					.getSchema(in);
		}
		return schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(log)).stream()
				.map(com.networknt.schema.ValidationMessage::getMessage).toList();
	}
}
