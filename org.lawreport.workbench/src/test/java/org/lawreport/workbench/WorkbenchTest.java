package org.lawreport.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.testing.TestSupport;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The workbench's server as a browser meets it, over real HTTP and a real WebSocket on loopback, on a copy of the
 * seeds: the page and its headers, the folder's API with hostile paths and foreign pages, and the language server.
 */
class WorkbenchTest {

	@TempDir
	Path temp;
	Path folder;
	Workbench workbench;
	HttpClient http = HttpClient.newHttpClient();
	String origin;

	@BeforeEach
	void start() throws Exception {
		folder = Files.createDirectories(temp.resolve("seeds"));
		try (Stream<Path> seeds = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			for (Path seed : seeds.filter(p -> p.toString().endsWith(".lawreport")).toList()) {
				Files.copy(seed, folder.resolve(seed.getFileName()));
			}
		}
		Files.writeString(temp.resolve("secret.lawreport"), "机密");
		workbench = Workbench.start(folder, Workbench.LOOPBACK, 0);
		origin = workbench.address().toString().replaceAll("/$", "");
	}

	@AfterEach
	void stop() throws Exception {
		workbench.close();
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(workbench.address().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> put(String path, String body, String fromOrigin) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(workbench.address().resolve(path))
				.PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).header("Content-Type", "application/json");
		if (fromOrigin != null) {
			request.header("Origin", fromOrigin);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static JsonObject json(HttpResponse<String> response) {
		return JsonParser.parseString(response.body()).getAsJsonObject();
	}

	@Test
	void itListensOnLoopbackOnlyAndServesItsPageWithAStrictPolicy() throws Exception {
		assertEquals("127.0.0.1", workbench.address().getHost());
		HttpResponse<String> page = get("/");
		assertEquals(200, page.statusCode());
		assertTrue(page.body().contains("LawReport 工作台"), page.body());
		String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
		assertTrue(policy.contains("default-src 'self'") && policy.contains("script-src 'self'") && !policy.contains("http"), policy);
		assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
		assertTrue(page.headers().firstValue("Server").isEmpty(), "the server's name and version are not told");
		assertEquals(200, get("/workbench.js").statusCode());
		assertEquals(404, get("/org/lawreport/workbench/messages.properties").statusCode());
	}

	@Test
	void theFolderIsListedAndAReportRead() throws Exception {
		JsonObject files = json(get("/api/files"));
		assertEquals(5, files.getAsJsonArray("files").size(), files.toString());
		JsonObject seed = json(get("/api/file?path=003_0db46809fcd894a2.lawreport"));
		assertTrue(seed.get("text").getAsString().startsWith("报告 依据 法治政府建设年度报告"));
		assertEquals(64, seed.get("version").getAsString().length());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/file?path=../secret.lawreport", "/api/file?path=%2e%2e%2fsecret.lawreport",
			"/api/file?path=..%2Fsecret.lawreport", "/api/file?path=/etc/passwd", "/api/file?path=..%5Csecret.lawreport",
			"/api/history?path=../secret.lawreport&id=20261208T010203.456Z" })
	void noPathLeadsOutOfTheFolder(String request) throws Exception {
		HttpResponse<String> response = get(request);
		assertEquals(403, response.statusCode(), response.body());
		assertTrue(json(response).get("error").getAsString().contains("不是本文件夹中的报告"), response.body());
		assertFalse(response.body().contains("机密"));
	}

	@Test
	void aSaveMustComeFromTheWorkbenchsPageAndNameTheVersionItChanged() throws Exception {
		String path = "/api/file?path=000_5032f3d1ab3637ce.lawreport";
		JsonObject opened = json(get(path));
		JsonObject edit = new JsonObject();
		edit.addProperty("text", opened.get("text").getAsString() + "// 修改\n");
		edit.addProperty("version", opened.get("version").getAsString());

		assertEquals(403, put(path, edit.toString(), null).statusCode(), "no Origin: not a page of ours");
		assertEquals(403, put(path, edit.toString(), "http://evil.example").statusCode());
		assertEquals(405, http.send(HttpRequest.newBuilder(workbench.address().resolve(path)).POST(HttpRequest.BodyPublishers.noBody())
				.header("Origin", origin).build(), HttpResponse.BodyHandlers.ofString()).statusCode(), "no other way to change a file");

		HttpResponse<String> saved = put(path, edit.toString(), origin);
		assertEquals(200, saved.statusCode(), saved.body());
		assertTrue(Files.readString(folder.resolve("000_5032f3d1ab3637ce.lawreport")).endsWith("// 修改\n"));
		assertEquals(1, json(get("/api/history?path=000_5032f3d1ab3637ce.lawreport")).getAsJsonArray("versions").size());

		HttpResponse<String> stale = put(path, edit.toString(), origin);
		assertEquals(409, stale.statusCode(), stale.body());
		assertTrue(json(stale).get("error").getAsString().contains("已被另一个标签页或另一位用户保存过"), stale.body());
		assertTrue(json(stale).getAsJsonObject("current").get("text").getAsString().endsWith("// 修改\n"));
		assertEquals(400, put(path, "不是 JSON", origin).statusCode());
	}

	/** The language server over the WebSocket: the folder is its workspace whatever the page says. */
	@Test
	void theLanguageServerAnswersOverTheWebSocketConfinedToTheFolder() throws Exception {
		LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
		WebSocket socket = http.newWebSocketBuilder().header("Origin", origin)
				.buildAsync(URI.create("ws://127.0.0.1:" + workbench.address().getPort() + "/lsp"), new Collector(received))
				.get(10, TimeUnit.SECONDS);
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"rootUri\":\"file:///\",\"capabilities\":{}}}", true);
		JsonObject init = next(received, m -> m.has("id") && m.get("id").getAsInt() == 1);
		assertTrue(init.getAsJsonObject("result").has("capabilities"), init.toString());
		socket.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}", true);

		// a seed of the folder is validated: its empty part 四 is an error
		String seed = folder.resolve("000_5032f3d1ab3637ce.lawreport").toUri().toString();
		JsonObject diagnostics = next(received, m -> "textDocument/publishDiagnostics".equals(m.has("method") ? m.get("method").getAsString() : "")
				&& m.getAsJsonObject("params").get("uri").getAsString().equals(seed));
		assertTrue(diagnostics.toString().contains("LR-PART-EMPTY"), diagnostics.toString());

		// a file outside the folder is not read, whatever the page asks
		String secret = temp.resolve("secret.lawreport").toUri().toString();
		socket.sendText("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"textDocument/documentSymbol\",\"params\":{\"textDocument\":{\"uri\":\""
				+ secret + "\"}}}", true);
		JsonObject answer = next(received, m -> m.has("id") && m.get("id").getAsInt() == 2);
		assertTrue(answer.has("error") && !answer.toString().contains("机密"), answer.toString());
		socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(10, TimeUnit.SECONDS);
	}

	@Test
	void aPageOfAnotherSiteCannotOpenTheLanguageServer() {
		CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
				() -> http.newWebSocketBuilder().header("Origin", "http://evil.example")
						.buildAsync(URI.create("ws://127.0.0.1:" + workbench.address().getPort() + "/lsp"), new Collector(new LinkedBlockingQueue<>()))
						.join());
		assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, String.valueOf(refused.getCause()));
		assertEquals(403, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
	}

	private static JsonObject next(LinkedBlockingQueue<JsonObject> queue, java.util.function.Predicate<JsonObject> wanted)
			throws InterruptedException {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		List<JsonObject> seen = new java.util.ArrayList<>();
		while (System.nanoTime() < deadline) {
			JsonObject m = queue.poll(1, TimeUnit.SECONDS);
			if (m != null) {
				if (wanted.test(m)) {
					return m;
				}
				seen.add(m);
			}
		}
		throw new AssertionError("no such message; seen: " + seen);
	}

	/** Collects whole JSON-RPC messages (a message may arrive in parts). */
	private static final class Collector implements WebSocket.Listener {
		private final LinkedBlockingQueue<JsonObject> queue;
		private final StringBuilder partial = new StringBuilder();

		Collector(LinkedBlockingQueue<JsonObject> queue) {
			this.queue = queue;
		}

		@Override
		public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
			partial.append(data);
			if (last) {
				queue.add(JsonParser.parseString(partial.toString()).getAsJsonObject());
				partial.setLength(0);
			}
			socket.request(1);
			return null;
		}
	}
}
