package org.lawreport.dsl.conversion;

/**
 * Prose is written between ASCII double quotes; figures are embedded between braces. Inside the quotes
 * {@code \"}, {@code \{}, {@code \}} and {@code \\} stand for the character itself. This class maps between
 * the source token and the text, and from a position in the text back to the source.
 */
public final class TextEscapes {

	private TextEscapes() {
	}

	/** The text of a token without its one-character delimiters, escapes resolved. */
	public static String unescape(String token) {
		if (token == null || token.length() < 2) {
			return "";
		}
		String body = token.substring(1, token.length() - 1);
		if (body.indexOf('\\') < 0) {
			return body;
		}
		StringBuilder out = new StringBuilder(body.length());
		for (int i = 0; i < body.length(); i++) {
			char c = body.charAt(i);
			if (c == '\\' && i + 1 < body.length()) {
				out.append(body.charAt(++i));
			} else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The text as it is written between delimiters, with the characters that need it escaped. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '{' || c == '}' || c == '\\') {
				out.append('\\');
			}
			out.append(c);
		}
		return out.toString();
	}

	/**
	 * The offset inside the source token (delimiters included) of the character at {@code textIndex} of the
	 * unescaped text.
	 */
	public static int tokenOffset(String token, int textIndex) {
		int seen = 0;
		for (int i = 1; i < token.length() - 1; i++) {
			if (seen == textIndex) {
				return i;
			}
			if (token.charAt(i) == '\\' && i + 1 < token.length() - 1) {
				i++;
			}
			seen++;
		}
		return Math.max(1, token.length() - 1);
	}
}
