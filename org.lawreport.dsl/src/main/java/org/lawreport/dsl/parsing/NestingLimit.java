package org.lawreport.dsl.parsing;

/**
 * How deep a rule's brackets may nest before the parser, which descends once per bracket, would run out of stack:
 * far beyond any real rule. Brackets inside quoted text and comments are prose, not structure, and do not count.
 */
public final class NestingLimit {

	/** The deepest nesting read; the next bracket is a syntax error at its place. */
	public static final int MAX_DEPTH = 100;

	/** Put where the first bracket too deep was, so that the syntax error lands there and says why. */
	public static final char MARK = '\uFFFF';

	private NestingLimit() {
	}

	/**
	 * The text as the parser may read it: unchanged when no bracket is nested deeper than {@link #MAX_DEPTH};
	 * otherwise the first bracket too deep becomes {@link #MARK} and every bracket deeper than the limit a space, so
	 * that offsets, lines and columns stay those of the original.
	 */
	public static String flatten(String text) {
		char[] out = null;
		int depth = 0;
		boolean marked = false;
		State state = State.CODE;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
			switch (state) {
				case CODE -> {
					if (c == '"') {
						state = State.TEXT;
					} else if (c == '/' && next == '/') {
						state = State.LINE_COMMENT;
					} else if (c == '/' && next == '*') {
						state = State.BLOCK_COMMENT;
						i++;
					} else if (c == '(' || c == '（') {
						depth++;
						if (depth > MAX_DEPTH) {
							out = out == null ? text.toCharArray() : out;
							out[i] = marked ? ' ' : MARK;
							marked = true;
						}
					} else if (c == ')' || c == '）') {
						if (depth > MAX_DEPTH) {
							out[i] = ' ';
						}
						depth = Math.max(0, depth - 1);
					}
				}
				case TEXT -> {
					if (c == '\\') {
						i++;
					} else if (c == '"' || c == '\n' || c == '\r') {
						state = State.CODE;
					} else if (c == '{') {
						state = State.FIGURE;
					}
				}
				case FIGURE -> {
					if (c == '}') {
						state = State.TEXT;
					} else if (c == '"' || c == '\n' || c == '\r') {
						state = State.CODE;
					}
				}
				case LINE_COMMENT -> {
					if (c == '\n' || c == '\r') {
						state = State.CODE;
					}
				}
				case BLOCK_COMMENT -> {
					if (c == '*' && next == '/') {
						state = State.CODE;
						i++;
					}
				}
			}
		}
		return out == null ? text : new String(out);
	}

	private enum State {
		CODE, TEXT, FIGURE, LINE_COMMENT, BLOCK_COMMENT
	}
}
