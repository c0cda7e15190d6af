package org.lawreport.dsl.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.antlr.runtime.ANTLRStringStream;
import org.antlr.runtime.CommonToken;
import org.antlr.runtime.Token;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.ITokenScanner;
import org.lawreport.dsl.parser.antlr.internal.InternalLawReportLexer;
import org.lawreport.dsl.parser.antlr.internal.InternalLawReportParser;

/**
 * Immediate colouring while typing, from the generated lexer's token types (keywords, texts, figures, names,
 * comments). The semantic highlighting of the language's calculator is laid over it after each reconcile.
 */
final class LexicalScanner implements ITokenScanner {

	private record Lexeme(int start, int end, int type) {
	}

	private final Styles styles;
	private IDocument lexedDocument;
	private long lexedStamp = -1;
	private List<Lexeme> lexemes = List.of();
	private int index;
	private int rangeEnd;
	private Lexeme current;

	LexicalScanner(Styles styles) {
		this.styles = styles;
	}

	@Override
	public void setRange(IDocument document, int offset, int length) {
		long stamp = document instanceof IDocumentExtension4 d4 ? d4.getModificationStamp() : -2;
		if (document != lexedDocument || stamp != lexedStamp || stamp == -2) {
			lexemes = lex(document.get());
			lexedDocument = document;
			lexedStamp = stamp;
		}
		rangeEnd = offset + length;
		index = 0;
		while (index < lexemes.size() && lexemes.get(index).end() <= offset) {
			index++;
		}
		current = null;
		rangeStart = offset;
	}

	private int rangeStart;

	static List<Lexeme> lex(String text) {
		List<Lexeme> result = new ArrayList<>();
		InternalLawReportLexer lexer = new InternalLawReportLexer(new ANTLRStringStream(text));
		while (true) {
			Token t;
			try {
				t = lexer.nextToken();
			} catch (RuntimeException e) {
				break;
			}
			if (t == null || t.getType() == Token.EOF) {
				break;
			}
			CommonToken c = (CommonToken) t;
			result.add(new Lexeme(c.getStartIndex(), c.getStopIndex() + 1, c.getType()));
		}
		return result;
	}

	@Override
	public IToken nextToken() {
		if (index >= lexemes.size() || lexemes.get(index).start() >= rangeEnd) {
			current = null;
			return org.eclipse.jface.text.rules.Token.EOF;
		}
		current = lexemes.get(index++);
		return new org.eclipse.jface.text.rules.Token(styles.lexical(kind(current.type())));
	}

	@Override
	public int getTokenOffset() {
		return Math.max(current.start(), rangeStart);
	}

	@Override
	public int getTokenLength() {
		return Math.min(current.end(), rangeEnd) - getTokenOffset();
	}

	/** What a token type is, in the terms of the style table. */
	static String kind(int type) {
		String name = type >= 0 && type < InternalLawReportParser.tokenNames.length ? InternalLawReportParser.tokenNames[type] : "";
		if (name.startsWith("'")) {
			return Styles.KEYWORD;
		}
		return switch (name) {
			case "RULE_TEXT_FULL", "RULE_TEXT_START", "RULE_TEXT_MIDDLE", "RULE_TEXT_END" -> Styles.TEXT;
			case "RULE_QUANTITY" -> Styles.NUMBER;
			case "RULE_ID" -> Styles.NAME;
			case "RULE_SL_COMMENT", "RULE_ML_COMMENT" -> Styles.COMMENT;
			default -> Styles.DEFAULT;
		};
	}
}
