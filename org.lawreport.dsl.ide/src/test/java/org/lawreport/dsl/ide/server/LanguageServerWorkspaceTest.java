package org.lawreport.dsl.ide.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.dsl.ide.server.LawReportServerLauncher;
import org.lawreport.testing.TestSupport;

import com.google.inject.Guice;

/**
 * The language server as clients start it: JSON-RPC over a pipe, LSP4J's client on the other end. A client may open
 * a single file with no folder ({@code rootUri} null, as VS Code does) or name only {@code workspaceFolders}; the
 * server must answer either way, not fail with "Workspace has not been initialized yet".
 */
class LanguageServerWorkspaceTest {

	/** A report with its part 第一责任人 missing. */
	private static final String REPORT = TestSupport.HEADER + TestSupport.ALL_PARTS.substring(0, TestSupport.ALL_PARTS.indexOf("部分 第一责任人"))
			+ "部分 下年安排 \"2025年度推进法治政府建设的主要安排\"\n\t段 \"继续。\"\n";

	@TempDir
	Path dir;

	private final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
	private Future<Void> serverListening;
	private Future<Void> clientListening;
	private Launcher<LanguageServer> clientLauncher;

	@AfterEach
	void stop() {
		if (clientListening != null) {
			clientListening.cancel(true);
		}
		if (serverListening != null) {
			serverListening.cancel(true);
		}
	}

	private LanguageServer start() throws IOException {
		PipedInputStream serverIn = new PipedInputStream(1 << 16);
		PipedOutputStream clientOut = new PipedOutputStream(serverIn);
		PipedInputStream clientIn = new PipedInputStream(1 << 16);
		PipedOutputStream serverOut = new PipedOutputStream(clientIn);
		LanguageServerImpl server = Guice.createInjector(LawReportServerLauncher.module()).getInstance(LanguageServerImpl.class);
		Launcher<LanguageClient> serverLauncher = LSPLauncher.createServerLauncher(server, serverIn, serverOut);
		server.connect(serverLauncher.getRemoteProxy());
		serverListening = serverLauncher.startListening();
		clientLauncher = LSPLauncher.createClientLauncher(new Client(), clientIn, clientOut);
		clientListening = clientLauncher.startListening();
		return clientLauncher.getRemoteProxy();
	}

	/** Initializes the server with {@code params}, opens {@code file} and waits for its LR-PART-MISSING. */
	private void initializeOpenAndExpectMissingPart(LanguageServer server, InitializeParams params, Path file) throws Exception {
		assertNotNull(server.initialize(params).get(60, TimeUnit.SECONDS).getCapabilities());
		server.initialized(new InitializedParams());
		Files.writeString(file, REPORT);
		String uri = file.toUri().toString();
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lawreport", 1, REPORT)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			PublishDiagnosticsParams published = diagnostics.poll(1, TimeUnit.SECONDS);
			if (published != null && sameFile(published.getUri(), uri)
					&& published.getDiagnostics().stream().anyMatch(d -> d.getCode() != null && "LR-PART-MISSING".equals(d.getCode().getLeft()))) {
				// and the workspace answers requests on the file
				var symbols = server.getTextDocumentService()
						.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS);
				assertNotNull(symbols);
				assertTrue(!symbols.isEmpty(), "the outline of the open report");
				return;
			}
		}
		throw new AssertionError("no LR-PART-MISSING published for " + uri);
	}

	/** The same file, whichever way each side escapes its URI (file:/ or file:///, 单 or %E5%8D%95). */
	private static boolean sameFile(String a, String b) {
		return path(a).equals(path(b));
	}

	private static String path(String uri) {
		return URI.decode(uri).replaceFirst("^file:/+", "/");
	}

	@Test
	void aSingleFileOpenedWithNoFolderIsValidated() throws Exception {
		LanguageServer server = start();
		InitializeParams params = new InitializeParams();
		params.setRootUri(null);
		params.setCapabilities(new ClientCapabilities());
		initializeOpenAndExpectMissingPart(server, params, dir.resolve("单个文件.lawreport"));
	}

	@Test
	void workspaceFoldersWithoutRootUriAreServed() throws Exception {
		LanguageServer server = start();
		Path folder = Files.createDirectories(dir.resolve("reports"));
		InitializeParams params = new InitializeParams();
		params.setRootUri(null);
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "reports")));
		ClientCapabilities capabilities = new ClientCapabilities();
		WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
		workspace.setWorkspaceFolders(true);
		capabilities.setWorkspace(workspace);
		params.setCapabilities(capabilities);
		initializeOpenAndExpectMissingPart(server, params, folder.resolve("report.lawreport"));
	}

	@Test
	void workspaceFoldersFromAClientThatDoesNotClaimThemAreServedToo() throws Exception {
		LanguageServer server = start();
		Path folder = Files.createDirectories(dir.resolve("other"));
		InitializeParams params = new InitializeParams();
		params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "other")));
		params.setCapabilities(new ClientCapabilities());
		initializeOpenAndExpectMissingPart(server, params, folder.resolve("report.lawreport"));
	}

	/** Records what the server publishes; answers nothing else. */
	private final class Client implements LanguageClient {
		@Override
		public void telemetryEvent(Object object) {
		}

		@Override
		public void publishDiagnostics(PublishDiagnosticsParams params) {
			diagnostics.add(params);
		}

		@Override
		public void showMessage(MessageParams messageParams) {
		}

		@Override
		public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
			return CompletableFuture.completedFuture(null);
		}

		@Override
		public void logMessage(MessageParams message) {
		}
	}

	/** Found by LanguageServerFuzzTest: Xtext answered this with an internal error and a Java stack trace. */
	@Test
	void aRequestOnADocumentNeitherOpenNorOnDiskGetsInvalidParamsInChinese() throws Exception {
		LanguageServer server = start();
		InitializeParams params = new InitializeParams();
		params.setRootUri(null);
		params.setCapabilities(new ClientCapabilities());
		assertNotNull(server.initialize(params).get(60, TimeUnit.SECONDS));
		server.initialized(new InitializedParams());
		String uri = dir.resolve("不存在.lawreport").toUri().toString();
		ExecutionException failed = assertThrows(ExecutionException.class, () -> server.getTextDocumentService()
				.documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))).get(30, TimeUnit.SECONDS));
		ResponseError error = ((ResponseErrorException) failed.getCause()).getResponseError();
		assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getCode());
		assertTrue(error.getMessage().contains("未在编辑器中打开") && error.getData() == null, error.getMessage());
	}

	/** Found by LanguageServerFuzzTest: an unknown method was an internal error with a Java stack trace. */
	@Test
	void anUnknownMethodIsMethodNotFoundInChinese() throws Exception {
		start();
		ExecutionException failed = assertThrows(ExecutionException.class,
				() -> clientLauncher.getRemoteEndpoint().request("lawreport/noSuchThing", null).get(30, TimeUnit.SECONDS));
		ResponseError error = ((ResponseErrorException) failed.getCause()).getResponseError();
		assertEquals(ResponseErrorCode.MethodNotFound.getValue(), error.getCode());
		assertTrue(error.getMessage().contains("不支持请求“lawreport/noSuchThing”"), error.getMessage());
	}

	/** Found by LanguageServerFuzzTest: a new, unsaved document (VS Code's untitled:) failed every request. */
	@Test
	void aNewUnsavedDocumentIsValidatedAndAnswered() throws Exception {
		LanguageServer server = start();
		InitializeParams params = new InitializeParams();
		params.setRootUri(null);
		params.setCapabilities(new ClientCapabilities());
		assertNotNull(server.initialize(params).get(60, TimeUnit.SECONDS));
		server.initialized(new InitializedParams());
		String uri = "untitled:Untitled-1";
		server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "lawreport", 1, REPORT)));
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		PublishDiagnosticsParams published = null;
		List<String> seen = new ArrayList<>();
		while (System.nanoTime() < deadline && (published == null || !uri.equals(published.getUri()))) {
			published = diagnostics.poll(1, TimeUnit.SECONDS);
			if (published != null) {
				seen.add(published.getUri());
			}
		}
		assertTrue(published != null && uri.equals(published.getUri()), "no diagnostics for the unsaved document: " + seen);
		assertTrue(published.getDiagnostics().stream().anyMatch(d -> "LR-PART-MISSING".equals(d.getCode().getLeft())),
				published.toString());
		var symbols = server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri)))
				.get(30, TimeUnit.SECONDS);
		assertTrue(!symbols.isEmpty(), "the outline of the unsaved document");
	}
}
