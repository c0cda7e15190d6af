package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lawreport.dsl.ide.server.LawReportServerLauncher;
import org.lawreport.testing.JsonRpcClient;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.inject.Guice;

/**
 * The language server's message handling, over JSON-RPC as a client talks to it: each input is a burst of
 * messages (open, change with any range, completion, hover, code actions, formatting, outline, unknown methods,
 * cancellations, and now and then bytes that are not JSON at all) to one running server, opened with no folder.
 * After every burst the server must still answer, and no request may end in an internal error.
 */
class LanguageServerFuzzTest {

	private static final String[] METHODS = { "textDocument/didOpen", "textDocument/didChange", "textDocument/completion",
			"textDocument/hover", "textDocument/codeAction", "textDocument/formatting", "textDocument/rangeFormatting",
			"textDocument/documentSymbol", "textDocument/definition", "textDocument/references",
			"textDocument/documentHighlight", "textDocument/didClose", "$/cancelRequest", "workspace/symbol",
			"lawreport/unknown", "textDocument/semanticTokens/full" };
	private static final String[] URIS = { "file:///tmp/lawreport-fuzz/甲.lawreport", "untitled:Untitled-1",
			"file:///tmp/lawreport-fuzz/乙.lawreport" };

	private static final JsonRpcClient SERVER = new JsonRpcClient(
			Guice.createInjector(LawReportServerLauncher.module()).getInstance(LanguageServerImpl.class));

	static {
		assertNotNull(SERVER.initializeWithoutFolder(), "initialize");
	}

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void aBurstOfMessagesLeavesTheServerAnswering(FuzzedDataProvider data) throws Exception {
		int count = data.consumeInt(1, 6);
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			if (data.consumeInt(0, 15) == 0) {
				SERVER.sendRaw(data.consumeString(200).getBytes(StandardCharsets.UTF_8)); // not JSON at all
				continue;
			}
			String method = data.pickValue(METHODS);
			String uri = data.pickValue(URIS);
			JsonObject params = new JsonObject();
			JsonObject document = new JsonObject();
			document.addProperty("uri", uri);
			switch (method) {
			case "textDocument/didOpen" -> {
				document.addProperty("languageId", "lawreport");
				document.addProperty("version", data.consumeInt());
				document.addProperty("text", data.consumeString(2000));
			}
			case "textDocument/didChange" -> {
				document.addProperty("version", data.consumeInt());
				JsonObject change = new JsonObject();
				if (data.consumeBoolean()) {
					change.add("range", range(data));
				}
				change.addProperty("text", data.consumeString(300));
				JsonArray changes = new JsonArray();
				changes.add(change);
				params.add("contentChanges", changes);
			}
			case "$/cancelRequest" -> params.addProperty("id", SERVER.lastId() - data.consumeInt(0, 3));
			case "workspace/symbol" -> params.addProperty("query", data.consumeString(20));
			default -> {
				params.add("position", position(data));
				params.add("range", range(data));
				JsonObject context = new JsonObject();
				context.add("diagnostics", new JsonArray());
				params.add("context", context);
				JsonObject options = new JsonObject();
				options.addProperty("tabSize", 4);
				options.addProperty("insertSpaces", data.consumeBoolean());
				params.add("options", options);
			}
			}
			params.add("textDocument", document);
			if (method.startsWith("textDocument/did") || method.startsWith("$/")) {
				SERVER.notify(method, params);
			} else {
				SERVER.send(method, params);
			}
		}
		// whatever came before, the server answers a request, and answered none with an internal error
		JsonObject answer = SERVER.request("textDocument/documentSymbol", JsonRpcClient.document(URIS[0]));
		assertNotNull(answer, "the server stopped answering");
		List<JsonObject> internalErrors = SERVER.internalErrors();
		assertTrue(internalErrors.isEmpty(), () -> "internal errors: " + internalErrors);
	}

	private static JsonObject position(FuzzedDataProvider data) {
		JsonObject p = new JsonObject();
		p.addProperty("line", data.consumeInt(-2, 200));
		p.addProperty("character", data.consumeInt(-2, 200));
		return p;
	}

	private static JsonObject range(FuzzedDataProvider data) {
		JsonObject r = new JsonObject();
		r.add("start", position(data));
		r.add("end", position(data));
		return r;
	}

}
