package org.lawreport.dsl.ide.contentassist;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.antlr.AntlrProposalConflictHelper;

/**
 * Xtext's check whether a proposal would run into the text before it, one check at a time. It lexes with three
 * lexers it keeps; the language server answers completion requests in parallel and shares one proposal creator,
 * so two requests at once reset each other's lexers (a NullPointerException inside ANTLR, an internal error in the
 * editor; found by the language-server fuzzer). A check lexes a few characters: taking turns costs nothing.
 */
public class SerialProposalConflictHelper extends AntlrProposalConflictHelper {

	@Override
	public synchronized boolean existsConflict(String lastCompleteText, String proposal, ContentAssistContext context) {
		return super.existsConflict(lastCompleteText, proposal, context);
	}
}
