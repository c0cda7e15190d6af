package org.lawreport.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * Quick fixes as LSP code actions, for the findings on the requested lines. The findings are taken from a fresh validation of the resource (not from the
 * diagnostics the client sends back, whose issue data a client may drop); every finding that touches the requested
 * range and has a fix in {@link QuickFixes} yields one code action of kind {@code quickfix}.
 */
public class LawReportCodeActionService implements ICodeActionService2 {

	@Inject
	private IResourceValidator validator;

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		if (!(options.getResource() instanceof XtextResource resource) || options.getDocument() == null) {
			return actions;
		}
		Document document = options.getDocument();
		Range requested = options.getCodeActionParams().getRange();
		// whole lines: clients send the cursor position or a selection, the finding may sit further along the line
		int from = lineStart(document, requested.getStart().getLine());
		int to = lineStart(document, requested.getEnd().getLine() + 1);
		CancelIndicator cancel = options.getCancelIndicator() == null ? CancelIndicator.NullImpl : options.getCancelIndicator();
		for (Issue issue : validator.validate(resource, CheckMode.ALL, cancel)) {
			if (issue.getCode() == null || !QuickFixes.FIXABLE.contains(issue.getCode())) {
				continue;
			}
			int start = issue.getOffset() == null ? 0 : issue.getOffset();
			int end = start + (issue.getLength() == null ? 0 : issue.getLength());
			if (end < from || start > to) {
				continue;
			}
			for (QuickFixes.Fix fix : QuickFixes.fixesFor(resource, issue)) {
				actions.add(Either.forRight(toCodeAction(fix, issue, document, options)));
			}
		}
		return actions;
	}

	private static int lineStart(Document document, int line) {
		if (line >= document.getLineCount()) {
			return document.getContents().length();
		}
		return document.getOffSet(new Position(line, 0));
	}

	private CodeAction toCodeAction(QuickFixes.Fix fix, Issue issue, Document document, Options options) {
		CodeAction action = new CodeAction(fix.title());
		action.setKind(CodeActionKind.QuickFix);
		List<TextEdit> edits = new ArrayList<>();
		for (QuickFixes.Replacement r : fix.replacements()) {
			edits.add(new TextEdit(new Range(document.getPosition(r.offset()), document.getPosition(r.offset() + r.length())),
					r.text()));
		}
		String uri = options.getURI() != null ? options.getURI()
				: options.getCodeActionParams().getTextDocument().getUri();
		action.setEdit(new WorkspaceEdit(Map.of(uri, edits)));
		List<Diagnostic> matching = new ArrayList<>();
		if (options.getCodeActionParams().getContext() != null
				&& options.getCodeActionParams().getContext().getDiagnostics() != null) {
			for (Diagnostic d : options.getCodeActionParams().getContext().getDiagnostics()) {
				if (d.getCode() != null && d.getCode().isLeft() && issue.getCode().equals(d.getCode().getLeft())) {
					matching.add(d);
				}
			}
		}
		if (!matching.isEmpty()) {
			action.setDiagnostics(matching);
		}
		return action;
	}
}
