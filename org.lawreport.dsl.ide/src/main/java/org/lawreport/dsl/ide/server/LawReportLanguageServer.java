package org.lawreport.dsl.ide.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.lawreport.dsl.ide.IdeMessages;

/**
 * Xtext's language server, which needs a folder to stand in: a client may name none ({@code "rootUri": null}, as VS
 * Code does for a single file) or name only {@code workspaceFolders}. Then the first workspace folder is the root;
 * with no folder at all, an empty folder of the server's own is, and every file the client opens is served by the
 * workspace's project for single files ({@link LawReportWorkspaceConfigFactory}).
 */
public class LawReportLanguageServer extends LanguageServerImpl {

	@Override
	@SuppressWarnings("deprecation")
	protected URI getBaseDir(InitializeParams params) {
		URI given = super.getBaseDir(params);
		if (given != null) {
			return given;
		}
		List<WorkspaceFolder> folders = params.getWorkspaceFolders();
		if (folders != null && !folders.isEmpty() && folders.get(0).getUri() != null) {
			return URI.createURI(folders.get(0).getUri());
		}
		try {
			Path empty = Files.createTempDirectory("lawreport-ls-");
			empty.toFile().deleteOnExit();
			return URI.createFileURI(empty.toString() + "/");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A request of a method no service knows gets JSON-RPC's "method not found" with a Chinese sentence; Xtext throws,
	 * which a client sees as an internal error with a Java stack trace. Found by {@code LanguageServerFuzzTest}.
	 */
	@Override
	public CompletableFuture<?> request(String method, Object parameter) {
		try {
			return super.request(method, parameter);
		} catch (UnsupportedOperationException unknown) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.MethodNotFound,
					IdeMessages.text("server.methodUnknown", method), null));
		}
	}

	/** A notification of a method no service knows is ignored, as JSON-RPC says. */
	@Override
	public void notify(String method, Object parameter) {
		try {
			super.notify(method, parameter);
		} catch (UnsupportedOperationException unknown) {
			// nothing to answer
		}
	}
}
