package org.lawreport.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.lawreport.dsl.ide.IdeMessages;

import com.google.inject.Singleton;

/**
 * Xtext's workspace, which answers a request on a document that is neither open nor on disk (a request racing a
 * didClose, or a client's mistake) with an internal error carrying a Java stack trace. Here the client gets
 * "invalid params" and one Chinese sentence instead. Found by {@code LanguageServerFuzzTest}.
 */
@Singleton
public class LawReportWorkspaceManager extends WorkspaceManager {

	@Override
	public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
		if (!isDocumentOpen(uri) && !onDisk(uri)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					IdeMessages.text("server.documentUnknown", uri), null));
		}
		return super.doRead(uri, work);
	}

	private static boolean onDisk(URI uri) {
		if (!uri.isFile()) {
			return false;
		}
		try {
			return Files.isRegularFile(Path.of(uri.toFileString()));
		} catch (InvalidPathException e) {
			return false;
		}
	}
}
