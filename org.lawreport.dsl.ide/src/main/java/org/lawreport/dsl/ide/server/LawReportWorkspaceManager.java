package org.lawreport.dsl.ide.server;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.xtext.ide.server.BuildManager;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Functions.Function2;
import org.lawreport.dsl.ide.IdeMessages;

import com.google.inject.Singleton;

/**
 * Xtext's workspace, which answers a request on a document that is neither open nor on disk (a request racing a
 * didClose, or a client's mistake) with an internal error carrying a Java stack trace. Here the client gets
 * "invalid params" and one Chinese sentence instead, as does a request at a position past the end of the document.
 * Found by {@code LanguageServerFuzzTest}.
 */
@Singleton
public class LawReportWorkspaceManager extends WorkspaceManager {

	@Override
	public <T> T doRead(URI uri, Function2<? super Document, ? super XtextResource, ? extends T> work) {
		if (!isDocumentOpen(uri) && !onDisk(uri)) {
			throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
					IdeMessages.text("server.documentUnknown", uri), null));
		}
		return super.doRead(uri, (document, resource) -> {
			try {
				return work.apply(document, resource);
			} catch (IndexOutOfBoundsException outside) {
				// a position past the end of the document: Xtext's Document throws (found by LanguageServerFuzzTest)
				throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
						IdeMessages.text("server.positionOutside", uri), null));
			}
		});
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

	/**
	 * A change whose range lies past the end of the document (or before its start) is applied at the end (or start),
	 * as editors do; Xtext dropped it with an exception, and the client and the server no longer saw the same text.
	 */
	@Override
	public BuildManager.Buildable didChangeTextDocumentContent(URI uri, Integer version,
			Iterable<TextDocumentContentChangeEvent> changes) {
		Document current = getOpenDocuments().get(uri);
		if (current == null) {
			return super.didChangeTextDocumentContent(uri, version, changes);
		}
		List<TextDocumentContentChangeEvent> clamped = new ArrayList<>();
		for (TextDocumentContentChangeEvent change : changes) {
			TextDocumentContentChangeEvent inside = clamp(current, change);
			clamped.add(inside);
			current = current.applyTextDocumentChanges(List.of(inside));
		}
		return super.didChangeTextDocumentContent(uri, version, clamped);
	}

	private static TextDocumentContentChangeEvent clamp(Document document, TextDocumentContentChangeEvent change) {
		Range range = change.getRange();
		if (range == null || range.getStart() == null || range.getEnd() == null) {
			return change;
		}
		Position start = clamp(document, range.getStart());
		Position end = clamp(document, range.getEnd());
		if (document.getOffSet(end) < document.getOffSet(start)) {
			end = start;
		}
		return new TextDocumentContentChangeEvent(new Range(start, end), change.getText());
	}

	private static Position clamp(Document document, Position position) {
		if (position.getLine() < 0) {
			return new Position(0, 0);
		}
		if (position.getLine() >= document.getLineCount()) {
			return document.getPosition(document.getContents().length());
		}
		int length = document.getLineContent(position.getLine()).replaceAll("[\\r\\n]+$", "").length();
		return new Position(position.getLine(), Math.max(0, Math.min(position.getCharacter(), length)));
	}
}
