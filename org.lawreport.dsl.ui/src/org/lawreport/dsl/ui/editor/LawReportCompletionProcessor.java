package org.lawreport.dsl.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ui.LawReportUiPlugin;

/**
 * Completion from the language's content proposal provider (the language server's path): each entry replaces
 * the prefix the language computed, which may be Chinese (a figure name being typed, such as 受理).
 */
public final class LawReportCompletionProcessor implements IContentAssistProcessor {

	private final LawReportEditor editor;
	private String lastError;

	public LawReportCompletionProcessor(LawReportEditor editor) {
		this.editor = editor;
	}

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		lastError = null;
		try {
			List<ContentAssistEntry> entries = EditorSession.of(editor.languageUri(), document.get()).complete(offset);
			return toProposals(entries, offset).toArray(ICompletionProposal[]::new);
		} catch (RuntimeException e) {
			LawReportUiPlugin.log(e);
			lastError = e.toString();
			return new ICompletionProposal[0];
		}
	}

	/** JFace proposals for the entries: one per distinct replacement, in the provider's order. */
	public static List<ICompletionProposal> toProposals(List<ContentAssistEntry> entries, int offset) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		Set<String> seen = new LinkedHashSet<>();
		for (ContentAssistEntry e : entries) {
			String proposal = e.getProposal();
			if (proposal == null || !seen.add(proposal)) {
				continue;
			}
			int prefixLength = e.getPrefix() == null ? 0 : Math.min(e.getPrefix().length(), offset);
			String label = e.getLabel() != null ? e.getLabel() : proposal;
			String display = e.getDescription() != null && !e.getDescription().isBlank() ? label + " — " + e.getDescription() : label;
			int cursor = e.getEscapePosition() != null ? e.getEscapePosition() - (offset - prefixLength) : proposal.length();
			if (cursor < 0 || cursor > proposal.length()) {
				cursor = proposal.length();
			}
			proposals.add(new CompletionProposal(proposal, offset - prefixLength, prefixLength, cursor, null, display, null,
					e.getDocumentation()));
		}
		return proposals;
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return new char[] { '{' };
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return lastError;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
