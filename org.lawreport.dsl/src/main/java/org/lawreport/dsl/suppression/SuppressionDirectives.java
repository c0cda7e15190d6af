package org.lawreport.dsl.suppression;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the waivers ({@code // 豁免 代码…：理由}) in a report's text. Only line comments count; {@code //}
 * inside quoted prose (a web address, say) is prose, not a comment.
 */
public final class SuppressionDirectives {

	/** The word that starts a waiver. */
	public static final String KEYWORD = "豁免";
	/** The word that starts a waiver for the whole file. */
	public static final String WHOLE_FILE_KEYWORD = "豁免全文";

	private static final Pattern DIRECTIVE = Pattern.compile(
			"^//\\s*(" + WHOLE_FILE_KEYWORD + "|" + KEYWORD + ")\\s+((?:LR-[A-Za-z0-9-]+)(?:\\s*[,，、\\s]\\s*LR-[A-Za-z0-9-]+)*)"
					+ "\\s*[:：]?\\s*(?:理由\\s*[:：]?)?\\s*(.*)$");
	private static final Pattern CODE = Pattern.compile("LR-[A-Za-z0-9-]+");

	private SuppressionDirectives() {
	}

	/** Quick test before the real search: most reports waive nothing. */
	public static boolean mayContain(CharSequence text) {
		return text.toString().contains(KEYWORD);
	}

	public static List<Suppression> find(String text) {
		List<Suppression> result = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		List<int[]> pending = new ArrayList<>(); // indexes into result waiting for their target line
		int offset = 0;
		for (int i = 0; i < lines.length; i++) {
			String line = stripCarriageReturn(lines[i]);
			int comment = commentStart(line);
			String code = comment < 0 ? line : line.substring(0, comment);
			boolean hasCode = !code.isBlank();
			if (hasCode) {
				for (int[] p : pending) {
					Suppression s = result.get(p[0]);
					result.set(p[0], new Suppression(s.line(), s.column(), s.length(), s.offset(), i + 1, s.codes(), s.reason()));
				}
				pending.clear();
			}
			if (comment >= 0) {
				String commentText = line.substring(comment);
				Matcher m = DIRECTIVE.matcher(commentText);
				if (m.matches()) {
					List<String> codes = new ArrayList<>();
					Matcher c = CODE.matcher(m.group(2));
					while (c.find()) {
						codes.add(c.group().toUpperCase(Locale.ROOT));
					}
					boolean wholeFile = m.group(1).equals(WHOLE_FILE_KEYWORD);
					String reason = m.group(3).strip();
					int target = wholeFile ? 0 : hasCode ? i + 1 : -1;
					result.add(new Suppression(i + 1, comment + 1, commentText.length(), offset + comment, target,
							List.copyOf(codes), reason));
					if (target < 0) {
						pending.add(new int[] { result.size() - 1 });
					}
				}
			}
			offset += lines[i].length() + 1;
		}
		return result;
	}

	/** Where a line comment starts, outside quoted prose ({@code \"} escapes a quote), or -1. */
	static int commentStart(String line) {
		boolean quoted = false;
		for (int i = 0; i < line.length() - 1; i++) {
			char ch = line.charAt(i);
			if (quoted && ch == '\\') {
				i++;
			} else if (ch == '"') {
				quoted = !quoted;
			} else if (!quoted && ch == '/' && line.charAt(i + 1) == '/') {
				return i;
			}
		}
		return -1;
	}

	private static String stripCarriageReturn(String line) {
		return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
	}
}
