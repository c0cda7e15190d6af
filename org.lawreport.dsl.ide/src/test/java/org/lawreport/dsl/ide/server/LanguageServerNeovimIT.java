package org.lawreport.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The packaged language server driven by a real LSP client we did not write: Neovim (Debian's, headless) runs
 * {@code server/lsp-session.lua}: initialize, open a seed with a planted defect (the part 第一责任人 removed),
 * wait for diagnostics, hover on a figure, ask for the outline and the semantic tokens, type 部 and ask for
 * completion, shut down. The timings are printed,
 * not asserted (see BENCHMARKS.md).
 */
@UsesExternalPrograms
class LanguageServerNeovimIT {

	static Path serverJar() throws IOException {
		try (Stream<Path> files = Files.list(TestSupport.projectRoot().resolve("org.lawreport.dsl.ide/target"))) {
			return files.filter(p -> p.getFileName().toString().endsWith("-ls.jar")).findFirst()
					.orElseThrow(() -> new IllegalStateException("run the build's package phase first (./run-tests does)"));
		}
	}

	/** Seed 003 without its part 第一责任人: a report that lacks a mandatory part. */
	static String reportWithoutFirstResponsiblePart() throws IOException {
		String seed = Files.readString(TestSupport.projectRoot().resolve("seeds/003_0db46809fcd894a2.lawreport"),
				StandardCharsets.UTF_8);
		int start = seed.indexOf("部分 第一责任人");
		int end = seed.indexOf("部分 ", start + 1);
		return seed.substring(0, start) + seed.substring(end);
	}

	private static String number(JsonObject result, String key) {
		return result.has(key) ? String.format("%.0f", result.get(key).getAsDouble()) : "—";
	}

	@Test
	void neovimGetsChineseDiagnosticsCompletionAndHover(@TempDir Path dir) throws Exception {
		Path report = dir.resolve("report.lawreport");
		Files.writeString(report, reportWithoutFirstResponsiblePart(), StandardCharsets.UTF_8);
		Path script = dir.resolve("lsp-session.lua");
		try (InputStream in = getClass().getResourceAsStream("/server/lsp-session.lua")) {
			Files.write(script, in.readAllBytes());
		}
		Path resultFile = dir.resolve("result.json");
		ProcessBuilder builder = new ProcessBuilder("nvim", "--headless", "-n", "-i", "NONE", "-u", script.toString());
		Map<String, String> env = builder.environment();
		env.put("LAWREPORT_LS_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
		env.put("LAWREPORT_LS_JAR", serverJar().toString());
		env.put("LAWREPORT_REPORT", report.toString());
		env.put("LAWREPORT_RESULT", resultFile.toString());
		env.put("XDG_STATE_HOME", dir.resolve("state").toString());
		env.put("XDG_DATA_HOME", dir.resolve("data").toString());
		builder.redirectErrorStream(true);
		builder.redirectOutput(dir.resolve("nvim.log").toFile());
		Process nvim = builder.start();
		assertTrue(nvim.waitFor(180, TimeUnit.SECONDS), "Neovim did not finish");
		assertTrue(Files.exists(resultFile), Files.readString(dir.resolve("nvim.log")));
		JsonObject result = new Gson().fromJson(Files.readString(resultFile, StandardCharsets.UTF_8), JsonObject.class);
		assertNull(result.get("error"), () -> result.get("error").getAsString());
		System.out.printf("language server under Neovim: initialize answered after %.0f ms; workspace diagnostics %s ms after"
				+ " start; first diagnostics %.0f ms after didOpen; diagnostics %s ms after typing a character%n",
				result.get("initialize_ms").getAsDouble(), number(result, "workspace_diagnostics_ms"),
				result.get("first_diagnostics_ms").getAsDouble(), number(result, "keystroke_diagnostics_ms"));

		JsonObject missing = null;
		for (JsonElement d : result.getAsJsonArray("diagnostics")) {
			if ("LR-PART-MISSING".equals(d.getAsJsonObject().get("code").getAsString())) {
				missing = d.getAsJsonObject();
			}
		}
		assertTrue(missing != null, result.get("diagnostics").toString());
		assertTrue(missing.get("message").getAsString().startsWith("缺少必备部分“第一责任人”。请增加一部分：部分 第一责任人"),
				missing.get("message").getAsString());
		assertEquals(1, missing.get("severity").getAsInt(), "an error");

		assertTrue(result.get("hover").getAsString().contains("规则“受理合计”成立"), result.get("hover").getAsString());

		JsonArray items = result.getAsJsonArray("completion");
		JsonObject skeleton = null;
		for (JsonElement item : items) {
			if ("部分 第一责任人".equals(item.getAsJsonObject().get("label").getAsString())) {
				skeleton = item.getAsJsonObject();
			}
		}
		assertTrue(skeleton != null, items.toString());
		assertEquals("部分 第一责任人 \"2020年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\"",
				skeleton.get("newText").getAsString());
		assertEquals("部分 第一责任人", items.get(0).getAsJsonObject().get("label").getAsString(), "the missing part first");

		assertEquals(List.of("一、2020年工作情况", "二、工作不足及2021年工作主要安排"),
				new Gson().fromJson(result.get("symbols"), List.class).subList(0, 2), result.get("symbols").toString());
		assertTrue(result.get("semantic_token_count").getAsInt() > 300, result.get("semantic_token_count").toString());
		assertTrue(result.get("semantic_tokens").getAsBoolean());
		assertTrue(result.get("code_actions").getAsBoolean());
		assertEquals(List.of("initialized", "diagnostics", "hover", "outline", "completion", "shutdown"),
				new Gson().fromJson(result.get("steps"), List.class));
		assertEquals(0, result.get("exit_code").getAsInt(), "the server exits cleanly after shutdown");
	}
}
