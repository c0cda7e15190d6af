package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lawreport.dsl.ide.server.LawReportServerLauncher;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
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

	private static final Server SERVER = new Server();

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void aBurstOfMessagesLeavesTheServerAnswering(FuzzedDataProvider data) throws Exception {
		int count = data.consumeInt(1, 6);
		for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
			if (data.consumeInt(0, 15) == 0) {
				SERVER.sendRaw(data.consumeString(200).getBytes(StandardCharsets.UTF_8)); // not JSON-RPC at all
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
			boolean notification = method.startsWith("textDocument/did") || method.startsWith("$/");
			SERVER.send(method, params, notification);
		}
		// whatever came before, the server answers a request, and answered none with an internal error
		JsonObject answer = SERVER.request("textDocument/documentSymbol", documentOnly(URIS[0]));
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

	private static JsonObject documentOnly(String uri) {
		JsonObject params = new JsonObject();
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		params.add("textDocument", document);
		return params;
	}

	/** One server in this JVM, initialized with no folder (a single file), talked to in raw JSON-RPC. */
	private static final class Server {
		private final OutputStream toServer;
		private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
		private final List<JsonObject> internalErrors = new java.util.concurrent.CopyOnWriteArrayList<>();
		private final AtomicLong ids = new AtomicLong();

		Server() {
			try {
				PipedInputStream serverIn = new PipedInputStream(1 << 20);
				toServer = new PipedOutputStream(serverIn);
				PipedInputStream fromServer = new PipedInputStream(1 << 20);
				PipedOutputStream serverOut = new PipedOutputStream(fromServer);
				LanguageServerImpl server = Guice.createInjector(LawReportServerLauncher.module())
						.getInstance(LanguageServerImpl.class);
				Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
				server.connect(launcher.getRemoteProxy());
				launcher.startListening();
				Thread reader = new Thread(() -> read(fromServer), "lsp-fuzz-client");
				reader.setDaemon(true);
				reader.start();
				JsonObject init = new JsonObject();
				init.add("rootUri", JsonNull.INSTANCE);
				init.add("capabilities", new JsonObject());
				assertNotNull(request("initialize", init), "initialize");
				send("initialized", new JsonObject(), true);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		long lastId() {
			return ids.get();
		}

		List<JsonObject> internalErrors() {
			return internalErrors;
		}

		synchronized void sendRaw(byte[] body) throws IOException {
			toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			toServer.write(body);
			toServer.flush();
		}

		void send(String method, JsonObject params, boolean notification) {
			JsonObject message = new JsonObject();
			message.addProperty("jsonrpc", "2.0");
			if (!notification) {
				message.addProperty("id", ids.incrementAndGet());
			}
			message.addProperty("method", method);
			message.add("params", params);
			try {
				sendRaw(message.toString().getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** Sends a request and waits (up to 30 s) for its response; null when none came. */
		JsonObject request(String method, JsonObject params) {
			send(method, params, false);
			long id = ids.get();
			long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
			try {
				while (System.nanoTime() < deadline) {
					JsonObject r = responses.poll(100, TimeUnit.MILLISECONDS);
					if (r != null && r.has("id") && r.get("id").isJsonPrimitive() && r.get("id").getAsLong() == id) {
						return r;
					}
				}
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			return null;
		}

		private void read(InputStream in) {
			try {
				while (true) {
					int length = -1;
					String line;
					while (!(line = header(in)).isEmpty()) {
						if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
							length = Integer.parseInt(line.substring(15).trim());
						}
					}
					JsonElement element = JsonParser.parseString(new String(in.readNBytes(length), StandardCharsets.UTF_8));
					JsonObject message = element.getAsJsonObject();
					if (message.has("method") && message.has("id")) {
						JsonObject reply = new JsonObject(); // a request of the server's (registerCapability…): accept it
						reply.addProperty("jsonrpc", "2.0");
						reply.add("id", message.get("id"));
						reply.add("result", JsonNull.INSTANCE);
						sendRaw(reply.toString().getBytes(StandardCharsets.UTF_8));
					} else if (!message.has("method")) {
						if (message.has("error") && message.getAsJsonObject("error").get("code").getAsInt() == -32603) {
							internalErrors.add(message);
						}
						responses.add(message);
					}
				}
			} catch (IOException e) {
				// the pipe closed with the JVM
			}
		}

		private static String header(InputStream in) throws IOException {
			ByteArrayOutputStream line = new ByteArrayOutputStream();
			int c;
			while ((c = in.read()) != -1 && c != '\n') {
				if (c != '\r') {
					line.write(c);
				}
			}
			if (c == -1) {
				throw new IOException("closed");
			}
			return line.toString(StandardCharsets.US_ASCII);
		}
	}
}
