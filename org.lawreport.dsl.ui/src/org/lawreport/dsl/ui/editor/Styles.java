package org.lawreport.dsl.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;

/**
 * Colours for the lexical token kinds and for the style ids of the language's semantic highlighting calculator
 * (Xtext's standard ids such as keyword, string, number, comment, and the language's own ids, recognised by what
 * they name: figure, reference, part, metadata, rule ...).
 */
public final class Styles {
	public static final String KEYWORD = "keyword";
	public static final String TEXT = "string";
	public static final String NUMBER = "number";
	public static final String NAME = "name";
	public static final String COMMENT = "comment";
	public static final String DEFAULT = "default";

	private final Map<String, TextAttribute> cache = new HashMap<>();

	TextAttribute lexical(String kind) {
		return attribute(kind);
	}

	/** The attribute of a calculator style id, or null for ids that mean "leave as is". */
	public TextAttribute attribute(String styleId) {
		return cache.computeIfAbsent(styleId, Styles::create);
	}

	private static TextAttribute create(String id) {
		String s = id.toLowerCase(Locale.ROOT);
		if (s.equals(DEFAULT) || s.equals("default")) {
			return new TextAttribute(null);
		}
		if (s.contains("comment")) {
			return new TextAttribute(color(110, 120, 110), null, SWT.ITALIC);
		}
		if (s.contains("invalid") || s.contains("error") || s.contains("undefined") || s.contains("unresolved")) {
			return new TextAttribute(color(200, 0, 0), null, SWT.NORMAL | TextAttribute.UNDERLINE);
		}
		if (s.contains("reference") || s.contains("ref")) {
			return new TextAttribute(color(0, 120, 140), null, SWT.ITALIC);
		}
		if (s.contains("figure") || s.contains("number") || s.contains("quantity") || s.contains("value")) {
			return new TextAttribute(color(20, 70, 200), null, SWT.BOLD);
		}
		if (s.contains("part") || s.contains("heading") || s.contains("section")) {
			return new TextAttribute(color(150, 20, 40), null, SWT.BOLD);
		}
		if (s.contains("meta") || s.contains("key")) {
			return new TextAttribute(color(120, 20, 130), null, SWT.BOLD);
		}
		if (s.contains("rule") || s.contains("operator")) {
			return new TextAttribute(color(160, 90, 0), null, SWT.BOLD);
		}
		if (s.contains("string") || s.contains("text")) {
			return new TextAttribute(color(40, 40, 40));
		}
		if (s.contains("name") || s.contains("id")) {
			return new TextAttribute(color(0, 110, 60));
		}
		// an id this table does not know yet: a stable colour of its own
		int h = Math.floorMod(id.hashCode(), 6);
		int[][] palette = { { 0, 100, 0 }, { 100, 0, 100 }, { 0, 90, 160 }, { 150, 70, 0 }, { 90, 90, 0 }, { 0, 120, 120 } };
		return new TextAttribute(color(palette[h][0], palette[h][1], palette[h][2]));
	}

	private static Color color(int r, int g, int b) {
		return new Color(Display.getDefault(), new RGB(r, g, b));
	}
}
