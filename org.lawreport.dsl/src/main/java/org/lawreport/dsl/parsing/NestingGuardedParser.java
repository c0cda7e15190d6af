package org.lawreport.dsl.parsing;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CharStream;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.parser.IParseResult;
import org.lawreport.dsl.parser.antlr.LawReportParser;

/**
 * The language's parser, guarded against text nested deeper than it can descend: such text is read with the brackets
 * past {@link NestingLimit#MAX_DEPTH} left out and a syntax error where the first of them was, instead of a stack
 * overflow. Every tool parses through it: the command line, the language server, the Eclipse editor.
 */
public class NestingGuardedParser extends LawReportParser {

	@Override
	protected IParseResult doParse(String ruleName, CharStream in, NodeModelBuilder nodeModelBuilder, int initialLookAhead) {
		String text = in.substring(0, in.size() - 1);
		String flat = NestingLimit.flatten(text);
		if (flat == text) {
			in.seek(0);
			return super.doParse(ruleName, in, nodeModelBuilder, initialLookAhead);
		}
		return super.doParse(ruleName, new ANTLRStringStream(flat), nodeModelBuilder, initialLookAhead);
	}
}
