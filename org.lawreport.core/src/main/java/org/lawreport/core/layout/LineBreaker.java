package org.lawreport.core.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Breaks text into lines on the character grid.
 *
 * <p>The text is cut into items: a CJK character (one cell), a run of one dash or ellipsis mark (one cell per
 * mark, never split), a word of Latin letters, digits and half-width signs (measured with the font's advance
 * widths, never split), and white space. A line may break between two items unless the next item starts with a
 * mark that must not begin a line, or the previous one ends with a mark that must not end a line
 * ({@link BreakRules}); it never breaks before white space, and white space at the end of a line is dropped. When
 * the item that would start the next line may not start it, the item before it moves down too (no hanging, no
 * squeezing: the type area is never left). Lines are justified by spreading the remaining space evenly over the
 * gaps between their items; the last line of a paragraph keeps its natural spacing.
 */
public final class LineBreaker {

	/** Tolerance for comparing widths in points. */
	private static final double EPSILON = 1e-6;

	/**
	 * How to set a paragraph: font size and cell width in points, the measure (line width) and the indents of the
	 * first and of the following lines, in points, and whether full lines are justified.
	 */
	public record Measure(double size, double cell, double width, double firstIndent, double restIndent, boolean justify) {
	}

	private enum Kind {
		CJK, MARKS, WORD, SPACE
	}

	private record Glyph(int codePoint, FontRole role, double width, boolean fullWidth) {
	}

	private static final class Item {
		final Kind kind;
		final List<Glyph> glyphs = new ArrayList<>();
		double width;

		Item(Kind kind) {
			this.kind = kind;
		}

		void add(Glyph g) {
			glyphs.add(g);
			width += g.width();
		}

		int first() {
			return glyphs.get(0).codePoint();
		}

		int last() {
			return glyphs.get(glyphs.size() - 1).codePoint();
		}
	}

	private final FontMetrics metrics;

	public LineBreaker(FontMetrics metrics) {
		this.metrics = metrics;
	}

	/** Breaks a paragraph into lines of the measure. */
	public List<Line> lines(List<Span> spans, Measure measure) {
		List<Item> items = items(spans, measure.size(), measure.cell());
		List<List<Item>> lines = new ArrayList<>();
		List<Item> current = new ArrayList<>();
		double used = 0;
		for (List<Item> segment : segments(items)) {
			double available = measure.width() - (lines.isEmpty() ? measure.firstIndent() : measure.restIndent());
			double needed = widthWithoutTrailingSpace(segment);
			if (used + needed <= available + EPSILON) {
				current.addAll(segment);
				used += width(segment);
				continue;
			}
			if (!current.isEmpty()) {
				lines.add(current);
				current = new ArrayList<>();
				used = 0;
				available = measure.width() - measure.restIndent();
			}
			if (needed <= available + EPSILON) {
				current.addAll(segment);
				used = width(segment);
				continue;
			}
			// A segment longer than a whole line: break between its items, and inside an item as a last resort.
			for (Item item : splitOversized(segment, available)) {
				available = measure.width() - (lines.isEmpty() ? measure.firstIndent() : measure.restIndent());
				if (!current.isEmpty() && used + itemWidthIfLast(item) > available + EPSILON) {
					lines.add(current);
					current = new ArrayList<>();
					used = 0;
				}
				current.add(item);
				used += item.width;
			}
		}
		if (!current.isEmpty() || lines.isEmpty()) {
			lines.add(current);
		}
		List<Line> out = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			double indent = i == 0 ? measure.firstIndent() : measure.restIndent();
			boolean last = i == lines.size() - 1;
			out.add(place(lines.get(i), measure.size(), indent, measure.width() - indent, last, measure.justify() && !last));
		}
		return out;
	}

	/** The text on one line at its natural width, whatever its length (for signatures, dates, numbers). */
	public Line single(List<Span> spans, double size, double cell) {
		List<Item> items = items(spans, size, cell);
		return place(items, size, 0, Double.MAX_VALUE, true, false);
	}

	/** Natural width of the text on one line, in points. */
	public double width(List<Span> spans, double size, double cell) {
		return single(spans, size, cell).naturalWidth();
	}

	/**
	 * Breaks a title into as few lines as the measure allows, choosing the breaks at word boundaries: first at the
	 * author's spaces and before 关于, then after 的, around 和/与/及 and before a number, last between two other
	 * characters (never between a number and its unit if anything else fits); among equally good breaks, lines of
	 * similar length win. Lines are not justified (titles are centred).
	 */
	public List<Line> balancedLines(List<Span> spans, double size, double width) {
		List<Item> items = items(spans, size, size);
		double total = width(items);
		if (total <= width + EPSILON) {
			return List.of(place(items, size, 0, width, true, false));
		}
		int count = Math.max(2, lines(spans, new Measure(size, size, width, 0, 0, false)).size());
		int n = items.size();
		// best[k][j]: least cost of setting items [0, j) as k lines, the k-th ending before item j
		double[][] best = new double[count + 1][n + 1];
		int[][] from = new int[count + 1][n + 1];
		for (double[] row : best) {
			Arrays.fill(row, Double.POSITIVE_INFINITY);
		}
		best[0][0] = 0;
		double target = total / count;
		for (int k = 1; k <= count; k++) {
			for (int j = 1; j <= n; j++) {
				if (j < n && !canBreak(items.get(j - 1), items.get(j))) {
					continue;
				}
				for (int i = 0; i < j; i++) {
					if (best[k - 1][i] == Double.POSITIVE_INFINITY) {
						continue;
					}
					double w = widthWithoutTrailingSpace(items.subList(i, j));
					if (w > width + EPSILON) {
						continue;
					}
					double balance = (w - target) / size;
					double cost = best[k - 1][i] + 0.15 * balance * balance + (j < n ? breakPenalty(items, j) : 0);
					if (cost < best[k][j]) {
						best[k][j] = cost;
						from[k][j] = i;
					}
				}
			}
		}
		if (best[count][n] == Double.POSITIVE_INFINITY) {
			return lines(spans, new Measure(size, size, width, 0, 0, false));
		}
		List<Line> out = new ArrayList<>();
		int j = n;
		for (int k = count; k >= 1; k--) {
			int i = from[k][j];
			out.add(0, place(new ArrayList<>(items.subList(i, j)), size, 0, width, k == count, false));
			j = i;
		}
		return out;
	}

	private static double breakPenalty(List<Item> items, int j) {
		Item before = items.get(j - 1);
		Item after = items.get(j);
		if (before.kind == Kind.SPACE) {
			return 0;
		}
		if (after.kind == Kind.CJK && after.first() == '关' && j + 1 < items.size() && items.get(j + 1).kind == Kind.CJK
				&& items.get(j + 1).first() == '于') {
			return 0;
		}
		if (before.kind == Kind.CJK && before.last() == '的') {
			return 1;
		}
		if (after.kind == Kind.CJK && "和与及暨".indexOf(after.first()) >= 0) {
			return 2;
		}
		if (before.kind == Kind.CJK && "和与及暨、".indexOf(before.last()) >= 0) {
			return 3;
		}
		if (after.kind == Kind.WORD) {
			return 3; // before a number: 关于印发|2021年度
		}
		if (before.kind == Kind.WORD) {
			return 8; // a number and its unit belong together: 2021|年度
		}
		return 6;
	}

	/** Cuts the text into items. Leading and trailing white space is dropped, inner runs of it count once. */
	private List<Item> items(List<Span> spans, double size, double cell) {
		List<Item> items = new ArrayList<>();
		for (Span span : spans) {
			FontRole role = span.role();
			span.text().codePoints().forEach(cp -> {
				Item last = items.isEmpty() ? null : items.get(items.size() - 1);
				if (BreakRules.space(cp)) {
					if (last != null && last.kind != Kind.SPACE) {
						Item space = new Item(Kind.SPACE);
						space.add(new Glyph(' ', role, metrics.advance(role, ' ') * size, false));
						items.add(space);
					}
				} else if (BreakRules.inseparable(cp)) {
					if (last != null && last.kind == Kind.MARKS && last.last() == cp) {
						last.add(new Glyph(cp, role, cell, true));
					} else {
						Item marks = new Item(Kind.MARKS);
						marks.add(new Glyph(cp, role, cell, true));
						items.add(marks);
					}
				} else if (BreakRules.fullWidth(cp)) {
					Item c = new Item(Kind.CJK);
					c.add(new Glyph(cp, role, cell, true));
					items.add(c);
				} else {
					Item word = last != null && last.kind == Kind.WORD ? last : null;
					if (word == null) {
						word = new Item(Kind.WORD);
						items.add(word);
					}
					word.add(new Glyph(cp, role, metrics.advance(role, cp) * size, false));
				}
			});
		}
		while (!items.isEmpty() && items.get(items.size() - 1).kind == Kind.SPACE) {
			items.remove(items.size() - 1);
		}
		return items;
	}

	private static boolean canBreak(Item before, Item after) {
		if (after.kind == Kind.SPACE) {
			return false;
		}
		if (before.kind == Kind.SPACE) {
			return true;
		}
		return !BreakRules.noLineStart(after.first()) && !BreakRules.noLineEnd(before.last());
	}

	/** Groups the items into the smallest pieces a line may not break inside. */
	private static List<List<Item>> segments(List<Item> items) {
		List<List<Item>> segments = new ArrayList<>();
		List<Item> current = new ArrayList<>();
		for (Item item : items) {
			if (!current.isEmpty() && canBreak(current.get(current.size() - 1), item)) {
				segments.add(current);
				current = new ArrayList<>();
			}
			current.add(item);
		}
		if (!current.isEmpty()) {
			segments.add(current);
		}
		return segments;
	}

	/** Splits items wider than the whole measure into pieces that fit (a very long word or number). */
	private static List<Item> splitOversized(List<Item> segment, double available) {
		List<Item> out = new ArrayList<>();
		for (Item item : segment) {
			if (item.width <= available + EPSILON || item.glyphs.size() == 1) {
				out.add(item);
				continue;
			}
			Item piece = new Item(item.kind);
			for (Glyph g : item.glyphs) {
				if (!piece.glyphs.isEmpty() && piece.width + g.width() > available + EPSILON) {
					out.add(piece);
					piece = new Item(item.kind);
				}
				piece.add(g);
			}
			out.add(piece);
		}
		return out;
	}

	private static double itemWidthIfLast(Item item) {
		return item.kind == Kind.SPACE ? 0 : item.width;
	}

	private static double width(List<Item> items) {
		double w = 0;
		for (Item item : items) {
			w += item.width;
		}
		return w;
	}

	private static double widthWithoutTrailingSpace(List<Item> items) {
		int end = items.size();
		while (end > 0 && items.get(end - 1).kind == Kind.SPACE) {
			end--;
		}
		return width(items.subList(0, end));
	}

	/** Places the items of one line from {@code indent}, spreading {@code available - natural} when justifying. */
	private static Line place(List<Item> items, double size, double indent, double available, boolean lastOfParagraph, boolean justify) {
		int start = 0;
		int end = items.size();
		while (start < end && items.get(start).kind == Kind.SPACE) {
			start++;
		}
		while (end > start && items.get(end - 1).kind == Kind.SPACE) {
			end--;
		}
		List<Item> content = items.subList(start, end);
		double natural = width(content);
		int gaps = content.size() - 1;
		double perGap = justify && gaps > 0 ? Math.max(0, available - natural) / gaps : 0;
		List<PlacedGlyph> glyphs = new ArrayList<>();
		double x = indent;
		for (int i = 0; i < content.size(); i++) {
			Item item = content.get(i);
			for (Glyph g : item.glyphs) {
				if (item.kind != Kind.SPACE) {
					glyphs.add(new PlacedGlyph(g.codePoint(), g.role(), size, x, g.width(), g.fullWidth()));
				}
				x += g.width();
			}
			if (i < gaps) {
				x += perGap;
			}
		}
		return new Line(glyphs, natural, lastOfParagraph);
	}
}
