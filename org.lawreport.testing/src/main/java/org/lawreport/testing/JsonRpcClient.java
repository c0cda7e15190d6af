package org.lawreport.testing;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A language server in this JVM, talked to as a client would, in raw JSON-RPC over a pipe: so that tests and fuzzers
 * can also send what no well-behaved client sends (bytes that are not JSON, unknown methods, ranges past the end).
 * It accepts the server's own requests (registerCapability…) and collects every response and internal error.
 */
public final class JsonRpcClient {

	/** JSON-RPC's code for an exception inside the server. */
	public static final int INTERNAL_ERROR = -32603;

	private final OutputStream toServer;
	private final BlockingQueue<JsonObject> responses = new LinkedBlockingQueue<>();
	private final List<JsonObject> internalErrors = new CopyOnWriteArrayList<>();
	private final BlockingQueue<JsonObject> notifications = new LinkedBlockingQueue<>();
	private final AtomicLong ids = new AtomicLong();
	private final Future<Void> listening;

	/** Connects to {@code server} (Xtext's LanguageServerImpl, say) and starts it listening. */
	public JsonRpcClient(LanguageServer server) {
		try {
			PipedInputStream serverIn = new PipedInputStream(1 << 20);
			toServer = new PipedOutputStream(serverIn);
			PipedInputStream fromServer = new PipedInputStream(1 << 20);
			PipedOutputStream serverOut = new PipedOutputStream(fromServer);
			Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
			if (server instanceof LanguageClientAware aware) {
				aware.connect(launcher.getRemoteProxy());
			}
			listening = launcher.startListening();
			Thread reader = new Thread(() -> read(fromServer), "json-rpc-client");
			reader.setDaemon(true);
			reader.start();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The next notification of {@code method} from the server (publishDiagnostics…) within {@code seconds}, or null. */
	public JsonObject awaitNotification(String method, int seconds) {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
		try {
			while (System.nanoTime() < deadline) {
				JsonObject n = notifications.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
				if (n != null && method.equals(n.get("method").getAsString())) {
					return n;
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return null;
	}

	/** Initializes the server with no folder (a single file), as VS Code does, and says initialized. */
	public JsonObject initializeWithoutFolder() {
		JsonObject init = new JsonObject();
		init.add("rootUri", JsonNull.INSTANCE);
		init.add("capabilities", new JsonObject());
		JsonObject answer = request("initialize", init);
		notify("initialized", new JsonObject());
		return answer;
	}

	/** The id the last request got. */
	public long lastId() {
		return ids.get();
	}

	/** The responses so far that were internal errors (an exception inside the server). */
	public List<JsonObject> internalErrors() {
		return internalErrors;
	}

	/** Whether the server still listens (it stops on exit or when the pipe breaks). */
	public boolean listening() {
		return !listening.isDone();
	}

	/** Sends any bytes as one message body, framed with its Content-Length. */
	public synchronized void sendRaw(byte[] body) {
		try {
			toServer.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
			toServer.write(body);
			toServer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Sends bytes as they are, with no framing at all. */
	public synchronized void sendUnframed(byte[] bytes) {
		try {
			toServer.write(bytes);
			toServer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public void notify(String method, JsonObject params) {
		sendRaw(message(method, params, null).toString().getBytes(StandardCharsets.UTF_8));
	}

	/** Sends a request without waiting; returns its id. */
	public long send(String method, JsonObject params) {
		long id = ids.incrementAndGet();
		sendRaw(message(method, params, id).toString().getBytes(StandardCharsets.UTF_8));
		return id;
	}

	/** Sends a request and waits up to 30 s for its response; null when none came. */
	public JsonObject request(String method, JsonObject params) {
		return await(send(method, params), 30);
	}

	/** The responses to all of {@code ids}, in any order, within {@code seconds}; those that did not come are missing. */
	public java.util.Map<Long, JsonObject> awaitAll(java.util.Collection<Long> ids, int seconds) {
		java.util.Map<Long, JsonObject> answered = new java.util.HashMap<>();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		try {
			while (answered.size() < ids.size() && System.nanoTime() < deadline) {
				JsonObject r = responses.poll(100, TimeUnit.MILLISECONDS);
				if (r != null && r.has("id") && r.get("id").isJsonPrimitive() && ids.contains(r.get("id").getAsLong())) {
					answered.put(r.get("id").getAsLong(), r);
				}
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return answered;
	}

	/** The response to request {@code id}, waited for up to {@code seconds}; null when none came. */
	public JsonObject await(long id, int seconds) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
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

	/** Closes the pipe to the server, as a client that vanishes does. */
	public void vanish() {
		try {
			toServer.close();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** {"textDocument": {"uri": …}} */
	public static JsonObject document(String uri) {
		JsonObject params = new JsonObject();
		JsonObject document = new JsonObject();
		document.addProperty("uri", uri);
		params.add("textDocument", document);
		return params;
	}

	private static JsonObject message(String method, JsonObject params, Long id) {
		JsonObject message = new JsonObject();
		message.addProperty("jsonrpc", "2.0");
		if (id != null) {
			message.addProperty("id", id);
		}
		message.addProperty("method", method);
		message.add("params", params);
		return message;
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
					JsonObject reply = new JsonObject(); // a request of the server's own: accept it
					reply.addProperty("jsonrpc", "2.0");
					reply.add("id", message.get("id"));
					reply.add("result", JsonNull.INSTANCE);
					sendRaw(reply.toString().getBytes(StandardCharsets.UTF_8));
				} else if (message.has("method")) {
					notifications.add(message);
				} else {
					if (message.has("error") && message.getAsJsonObject("error").get("code").getAsInt() == INTERNAL_ERROR) {
						internalErrors.add(message);
					}
					responses.add(message);
				}
			}
		} catch (IOException | RuntimeException e) {
			// the pipe closed
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
