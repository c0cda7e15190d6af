package org.lawreport.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.JsonRpcClient;
import org.lawreport.testing.TestSupport;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * What a broken or hostile client sends the language server: bytes that are not JSON, edits past the end of the
 * document, a 10 MB document, requests after shutdown, a client that vanishes mid-request. The server answers or
 * ignores, never fails with an internal error, and keeps serving. Rows of ROBUSTNESS.md's table.
 */
class LanguageServerHostileInputTest {

	private static final String URI = "file:///tmp/lawreport-hostile/甲.lawreport";

	private JsonRpcClient client;

	@BeforeEach
	void start() {
		client = new JsonRpcClient(Guice.createInjector(LawReportServerLauncher.module()).getInstance(LanguageServerImpl.class));
		assertNotNull(client.initializeWithoutFolder(), "initialize");
	}

	private void open(String text) {
		JsonObject params = JsonRpcClient.document(URI);
		JsonObject document = params.getAsJsonObject("textDocument");
		document.addProperty("languageId", "lawreport");
		document.addProperty("version", 1);
		document.addProperty("text", text);
		client.notify("textDocument/didOpen", params);
	}

	/** The outline of the open document: the server still answers, and with the report's parts. */
	private JsonArray outline() {
		JsonObject answer = client.request("textDocument/documentSymbol", JsonRpcClient.document(URI));
		assertNotNull(answer, "the server stopped answering");
		assertTrue(answer.has("result"), answer.toString());
		return answer.getAsJsonArray("result");
	}

	@Test
	void bytesThatAreNotJsonAreAParseErrorAndTheServerGoesOn() {
		open(TestSupport.HEADER + TestSupport.ALL_PARTS);
		client.sendRaw("{\"jsonrpc\": \"2.0\", \"id\": 77, \"method\": ".getBytes(StandardCharsets.UTF_8));
		client.sendRaw("这不是 JSON".getBytes(StandardCharsets.UTF_8));
		client.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"textDocument/hover\",\"params\":42}".getBytes(StandardCharsets.UTF_8));
		assertFalse(outline().isEmpty());
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	@Test
	void anEditPastTheEndOfTheDocumentIsAppliedAtTheEnd() {
		open(TestSupport.HEADER);
		JsonObject params = JsonRpcClient.document(URI);
		params.getAsJsonObject("textDocument").addProperty("version", 2);
		JsonObject change = new JsonObject();
		JsonObject range = new JsonObject();
		range.add("start", position(500, 3));
		range.add("end", position(900, 0));
		change.add("range", range);
		change.addProperty("text", TestSupport.ALL_PARTS);
		JsonArray changes = new JsonArray();
		changes.add(change);
		params.add("contentChanges", changes);
		client.notify("textDocument/didChange", params);
		assertFalse(outline().isEmpty());
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	/** It used to overflow the parser's stack in the server: logged, and no marker at all. */
	@Test
	void aDocumentNestedTenThousandDeepGetsASyntaxErrorAtTheBracket() {
		open(TestSupport.HEADER + TestSupport.ALL_PARTS + "规则 深：甲 = " + "(".repeat(10_000) + "乙" + ")".repeat(10_000) + "\n");
		JsonObject diagnostics = client.awaitNotification("textDocument/publishDiagnostics", 60);
		assertNotNull(diagnostics, "no diagnostics were published");
		assertTrue(diagnostics.toString().contains("括号或结构嵌套过深，在第16行第110列已超过 100 层"), diagnostics.toString());
		assertFalse(outline().isEmpty());
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	/**
	 * Found by the language-server fuzzer: completion requests that run at the same time (the server answers read
	 * requests in parallel) shared the lexers of Xtext's proposal conflict check; one of them then failed with a
	 * NullPointerException inside Xtext, an internal error in the editor.
	 */
	@Test
	void completionsSentAllAtOnceAllAnswer() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS + "规则 办结率：";
		open(text);
		String[] lines = text.split("\n", -1);
		java.util.List<Long> ids = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			int line = i % lines.length;
			JsonObject params = JsonRpcClient.document(URI);
			params.add("position", position(line, lines[line].isEmpty() ? 0 : (i * 7) % lines[line].length()));
			ids.add(client.send("textDocument/completion", params));
		}
		assertEquals(ids.size(), client.awaitAll(ids, 120).size(), "completions unanswered");
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	@Test
	void aTenMegabyteDocumentIsServed() {
		StringBuilder text = new StringBuilder(TestSupport.HEADER + TestSupport.ALL_PARTS);
		String paragraph = "\t段 \"全年依法行政，推进法治政府建设各项工作取得新进展新成效。\"\n";
		while (text.length() * 3 < 10 * 1024 * 1024) {
			text.append(paragraph);
		}
		open(text.toString());
		assertFalse(outline().isEmpty());
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	@Test
	void requestsAfterShutdownAreAnsweredOrRefusedNeverFailed() {
		open(TestSupport.HEADER + TestSupport.ALL_PARTS);
		JsonObject shutdown = client.request("shutdown", new JsonObject());
		assertNotNull(shutdown, "shutdown answered");
		long id = client.send("textDocument/documentSymbol", JsonRpcClient.document(URI));
		JsonObject after = client.await(id, 10);
		assertTrue(after == null || after.has("result") || after.getAsJsonObject("error").get("code").getAsInt() != JsonRpcClient.INTERNAL_ERROR,
				String.valueOf(after));
		// (exit is not sent here: Xtext's server then ends the JVM, as a server process should)
	}

	@Test
	void aClientThatVanishesMidRequestStopsTheServerQuietly() throws Exception {
		open(TestSupport.HEADER + TestSupport.ALL_PARTS);
		client.send("textDocument/documentSymbol", JsonRpcClient.document(URI));
		client.vanish();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
		while (client.listening() && System.nanoTime() < deadline) {
			Thread.sleep(50);
		}
		assertFalse(client.listening(), "the server still listens to a closed pipe");
	}

	/** Found by LanguageServerFuzzTest: a position past the end was an internal error with a Java stack trace. */
	@Test
	void aRequestAtAPositionPastTheEndIsInvalidParamsInChinese() {
		open(TestSupport.HEADER);
		for (String method : new String[] { "textDocument/definition", "textDocument/hover", "textDocument/references",
				"textDocument/documentHighlight" }) {
			JsonObject params = JsonRpcClient.document(URI);
			params.add("position", position(500, 0));
			JsonObject context = new JsonObject();
			context.addProperty("includeDeclaration", true);
			params.add("context", context);
			JsonObject answer = client.request(method, params);
			assertNotNull(answer, method);
			assertTrue(answer.has("result") || answer.getAsJsonObject("error").get("code").getAsInt() == -32602, answer.toString());
		}
		assertEquals(0, client.internalErrors().size(), client.internalErrors().toString());
	}

	private static JsonObject position(int line, int character) {
		JsonObject p = new JsonObject();
		p.addProperty("line", line);
		p.addProperty("character", character);
		return p;
	}
}
