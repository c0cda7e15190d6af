package org.lawreport.core.text;

/** Report text placed in an HTML page: the official document's page and the reviewers' page escape it alike. */
public final class HtmlText {

	private HtmlText() {
	}

	/** Escapes text for element content and attribute values. */
	public static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
