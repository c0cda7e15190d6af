package org.lawreport.dsl.ui.editor;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.widgets.Display;
import org.lawreport.dsl.ide.highlighting.HighlightingStyles;

/**
 * Colours for the lexical token kinds and for the style ids of the language's semantic highlighting calculator
 * ({@link HighlightingStyles}; other ids, e.g. Xtext's standard ones, are recognised by what they name).
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

	/** The language's own style ids ({@link HighlightingStyles}), each with its colour. */
	private static final Map<String, int[]> LANGUAGE_STYLES = Map.ofEntries(
			Map.entry(HighlightingStyles.KEYWORD, new int[] { 127, 0, 85, SWT.BOLD }),
			Map.entry(HighlightingStyles.METADATA_KEY, new int[] { 90, 30, 140, SWT.BOLD }),
			Map.entry(HighlightingStyles.METADATA_VALUE, new int[] { 30, 30, 30, SWT.NORMAL }),
			Map.entry(HighlightingStyles.FIGURE, new int[] { 20, 70, 200, SWT.BOLD }),
			Map.entry(HighlightingStyles.FIGURE_REFERENCE, new int[] { 0, 120, 140, SWT.BOLD | SWT.ITALIC }),
			Map.entry(HighlightingStyles.HEADING, new int[] { 150, 20, 40, SWT.BOLD }),
			Map.entry(HighlightingStyles.TEMPLATE_PART, new int[] { 0, 120, 60, SWT.BOLD }),
			Map.entry(HighlightingStyles.TEXT, new int[] { 40, 40, 40, SWT.NORMAL }),
			Map.entry(HighlightingStyles.RULE_NAME, new int[] { 160, 90, 0, SWT.BOLD }),
			Map.entry(HighlightingStyles.RULE_EXPRESSION, new int[] { 160, 90, 0, SWT.NORMAL }),
			Map.entry(HighlightingStyles.COMMENT, new int[] { 110, 120, 110, SWT.ITALIC }));

	/** The first of a position's style ids this table knows (the language puts its own id first). */
	public String pick(String... ids) {
		for (String id : ids) {
			if (LANGUAGE_STYLES.containsKey(id)) {
				return id;
			}
		}
		return ids.length == 0 ? DEFAULT : ids[0];
	}

	private static TextAttribute create(String id) {
		int[] known = LANGUAGE_STYLES.get(id);
		if (known != null) {
			return new TextAttribute(color(known[0], known[1], known[2]), null, known[3]);
		}
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
