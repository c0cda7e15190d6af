package org.lawreport.dsl.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;
import org.lawreport.dsl.parsing.NestingLimit;

/** Syntax errors in Chinese: what was found, what the language expected there. */
public class ChineseSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL);

	/** The lexer's token names as a writer of reports understands them. */
	private static final Map<String, String> TOKENS = new LinkedHashMap<>();
	static {
		for (String token : List.of("RULE_TEXT_FULL", "RULE_TEXT_START", "RULE_TEXT_MIDDLE", "RULE_TEXT_END", "RULE_QUANTITY",
				"RULE_ID", "EOF")) {
			TOKENS.put(token, Messages.text("syntax.token." + token));
		}
		TOKENS.put("<EOF>", Messages.text("syntax.token.EOF"));
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		RecognitionException e = context.getRecognitionException();
		if (e != null && e.token != null && e.token.getText() != null && e.token.getText().indexOf(NestingLimit.MARK) >= 0) {
			// where the parser stopped descending (NestingGuardedParser): say why, at the bracket
			return new SyntaxErrorMessage(Messages.text("syntax.tooDeep", e.token.getLine(), e.token.getCharPositionInLine() + 1,
					NestingLimit.MAX_DEPTH), RuleCode.SYNTAX.code(), original.getIssueData());
		}
		if (atFirstWord(context)) {
			String found = context.getRecognitionException().token.getText();
			return new SyntaxErrorMessage(Messages.text("syntax.firstWord", shown(found)), RuleCode.SYNTAX.code(),
					original.getIssueData());
		}
		return new SyntaxErrorMessage(translate(original.getMessage()), RuleCode.SYNTAX.code(), original.getIssueData());
	}

	/** True when the parser failed on the file's first word: no report or template has begun. */
	private static boolean atFirstWord(IParserErrorContext context) {
		RecognitionException e = context.getRecognitionException();
		if (e == null || e.token == null || e.token.getType() == Token.EOF
				|| context.getCurrentContext() != null) {
			return false;
		}
		TokenStream tokens = (TokenStream) e.input;
		for (int i = 0; i < e.token.getTokenIndex(); i++) {
			if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) {
				return false;
			}
		}
		return true;
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IValueConverterErrorContext context) {
		return new SyntaxErrorMessage(Messages.text("syntax.prefix", context.getDefaultMessage()), RuleCode.SYNTAX.code());
	}

	/** Translates ANTLR's English wording; anything unrecognised keeps its wording behind a Chinese prefix. */
	public static String translate(String message) {
		if (message == null) {
			return Messages.text("syntax.bare");
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return Messages.text("syntax.mismatched", shown(m.group(1)), expected(m.group(2)));
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return Messages.text("syntax.extraneous", shown(m.group(1)), expected(m.group(2)));
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return Messages.text("syntax.missing", shown(m.group(2)), expected(m.group(1)));
		}
		if ((m = LOOP.matcher(message)).matches()) {
			return Messages.text("syntax.loop", shown(m.group(1)));
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			String found = shown(m.group(1));
			if (found.startsWith("\"") || found.startsWith("}")) {
				return Messages.text("syntax.unclosedText");
			}
			return Messages.text("syntax.unrecognised", found);
		}
		if ((m = MISMATCHED_CHAR.matcher(message)).matches()) {
			return Messages.text("syntax.unclosedText");
		}
		return Messages.text("syntax.prefix", message);
	}

	private static String shown(String token) {
		if ("<EOF>".equals(token)) {
			return Messages.text("syntax.token.EOF");
		}
		String t = token.replace("\\n", "").replace("\n", " ").strip();
		return t.length() > 20 ? t.substring(0, 20) + "…" : t;
	}

	private static String expected(String tokens) {
		String result = tokens.strip();
		for (Map.Entry<String, String> e : TOKENS.entrySet()) {
			result = result.replace(e.getKey(), e.getValue());
		}
		result = result.replace("'", "“").replaceAll("“([^“]*)“", "“$1”");
		return result;
	}
}
