package org.lawreport.dsl.validation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.antlr.runtime.RecognitionException;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenStream;
import org.eclipse.xtext.nodemodel.SyntaxErrorMessage;
import org.eclipse.xtext.parser.antlr.SyntaxErrorMessageProvider;

/** Syntax errors in Chinese: what was found, what the language expected there. */
public class ChineseSyntaxErrorMessages extends SyntaxErrorMessageProvider {

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern MISSING = Pattern.compile("missing (.*) at '(.*)'", Pattern.DOTALL);
	private static final Pattern EXTRANEOUS = Pattern.compile("extraneous input '(.*)' expecting (.*)", Pattern.DOTALL);
	private static final Pattern NO_VIABLE = Pattern.compile("no viable alternative at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern LOOP = Pattern.compile("required \\(\\.\\.\\.\\)\\+ loop did not match anything at (?:input|character) '(.*)'", Pattern.DOTALL);
	private static final Pattern MISMATCHED_CHAR = Pattern.compile("mismatched character '(.*)' expecting (.*)", Pattern.DOTALL);

	private static final Map<String, String> TOKENS = new LinkedHashMap<>();
	static {
		TOKENS.put("RULE_TEXT_FULL", "加引号的文字");
		TOKENS.put("RULE_TEXT_START", "加引号的文字");
		TOKENS.put("RULE_TEXT_MIDDLE", "文字");
		TOKENS.put("RULE_TEXT_END", "文字结尾的引号");
		TOKENS.put("RULE_QUANTITY", "数字");
		TOKENS.put("RULE_ID", "名称");
		TOKENS.put("EOF", "文件结尾");
		TOKENS.put("<EOF>", "文件结尾");
	}

	@Override
	public SyntaxErrorMessage getSyntaxErrorMessage(IParserErrorContext context) {
		SyntaxErrorMessage original = super.getSyntaxErrorMessage(context);
		if (atFirstWord(context)) {
			String found = context.getRecognitionException().token.getText();
			return new SyntaxErrorMessage("语法错误：文件应以“报告 依据 模板名称”（一份报告）或“模板 名称”（一个模板）开头，而不是“"
					+ shown(found) + "”。", RuleCode.SYNTAX.code(), original.getIssueData());
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
		return new SyntaxErrorMessage("语法错误：" + context.getDefaultMessage(), RuleCode.SYNTAX.code());
	}

	/** Translates ANTLR's English wording; anything unrecognised keeps its wording behind a Chinese prefix. */
	public static String translate(String message) {
		if (message == null) {
			return "语法错误。";
		}
		Matcher m;
		if ((m = MISMATCHED.matcher(message)).matches()) {
			return "语法错误：此处不应出现“" + shown(m.group(1)) + "”，应为" + expected(m.group(2)) + "。";
		}
		if ((m = EXTRANEOUS.matcher(message)).matches()) {
			return "语法错误：多余的“" + shown(m.group(1)) + "”，此处应为" + expected(m.group(2)) + "。";
		}
		if ((m = MISSING.matcher(message)).matches()) {
			return "语法错误：在“" + shown(m.group(2)) + "”之前缺少" + expected(m.group(1)) + "。";
		}
		if ((m = LOOP.matcher(message)).matches()) {
			return "语法错误：“" + shown(m.group(1)) + "”处缺少内容。";
		}
		if ((m = NO_VIABLE.matcher(message)).matches()) {
			String found = shown(m.group(1));
			if (found.startsWith("\"") || found.startsWith("}")) {
				return "语法错误：文字没有结束，缺少右引号（\"）。文字须写在同一行内。";
			}
			return "语法错误：无法识别“" + found + "”。";
		}
		if ((m = MISMATCHED_CHAR.matcher(message)).matches()) {
			return "语法错误：文字没有结束，缺少右引号（\"）。文字须写在同一行内。";
		}
		return "语法错误：" + message;
	}

	private static String shown(String token) {
		if ("<EOF>".equals(token)) {
			return "文件结尾";
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
