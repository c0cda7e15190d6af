package org.lawreport.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lawreport.core.figures.Quantity;
import org.lawreport.dsl.lawReport.MetadataKey;

/**
 * A report as the importer recognised it, before it is written as LawReport source: metadata, the opening, the
 * numbered structure with its paragraphs and run-in points, typed figures inside the prose, and rules. Every piece
 * remembers the line of the original it came from.
 */
public final class Draft {

	private Draft() {
	}

	/** The whole report. */
	public static final class Report {
		private final Map<MetadataKey, Metadatum> metadata = new LinkedHashMap<>();
		private final List<Paragraph> opening = new ArrayList<>();
		private final List<Heading> parts = new ArrayList<>();
		private final List<Rule> rules = new ArrayList<>();
		private final List<String> comments = new ArrayList<>();

		/** Metadata by key, in the order they are written. */
		public Map<MetadataKey, Metadatum> metadata() {
			return metadata;
		}

		/** The value of a metadata entry, or null. */
		public String meta(MetadataKey key) {
			Metadatum m = metadata.get(key);
			return m == null ? null : m.value();
		}

		public List<Paragraph> opening() {
			return opening;
		}

		public List<Heading> parts() {
			return parts;
		}

		public List<Rule> rules() {
			return rules;
		}

		/** Comment lines written at the end of the file (without the leading //). */
		public List<String> comments() {
			return comments;
		}

		/** Every text of the report: opening, titles, leads and points, in order. */
		public List<Text> texts() {
			List<Text> texts = new ArrayList<>();
			opening.forEach(p -> p.collect(texts));
			parts.forEach(h -> h.collect(texts));
			return texts;
		}
	}

	/**
	 * A metadata entry.
	 *
	 * @param key   the key (its literal is what the language writes: 标题, 发文字号 …)
	 * @param value its text (a number for 报告年度, 政府/部门 for 层级)
	 * @param label the label the original printed, when it is not the standard one; else null
	 * @param line  the line of the original, 0 when inferred
	 */
	public record Metadatum(MetadataKey key, String value, String label, int line) {
		public Metadatum {
			Objects.requireNonNull(key, "key");
			Objects.requireNonNull(value, "value");
		}
	}

	/** A numbered heading: a part (level 1), section (2), item (3) or sub-item (4). */
	public static final class Heading {
		private final int level;
		private final int line;
		private final Text title;
		private final String writtenNumber;
		private boolean runIn;
		private String fulfils;
		private final List<Object> children = new ArrayList<>();

		public Heading(int level, int line, Text title, String writtenNumber) {
			this.level = level;
			this.line = line;
			this.title = title;
			this.writtenNumber = writtenNumber;
		}

		public int level() {
			return level;
		}

		public int line() {
			return line;
		}

		public Text title() {
			return title;
		}

		/** The number as the original wrote it ("(二) "), or null when the original had none. */
		public String writtenNumber() {
			return writtenNumber;
		}

		/** Whether the first paragraph runs on after the title (接排). */
		public boolean runIn() {
			return runIn;
		}

		public void setRunIn(boolean runIn) {
			this.runIn = runIn;
		}

		/** For a part, the template part it fulfils; for a nested heading, the part named after 对应 (or null). */
		public String fulfils() {
			return fulfils;
		}

		public void setFulfils(String fulfils) {
			this.fulfils = fulfils;
		}

		/** Paragraphs and headings, in order. */
		public List<Object> children() {
			return children;
		}

		/** The child headings. */
		public List<Heading> headings() {
			return children.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
		}

		/** The child paragraphs. */
		public List<Paragraph> paragraphs() {
			return children.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
		}

		/** How deep the headings under this one go (0 when it has none). */
		int depth() {
			int d = 0;
			for (Heading h : headings()) {
				d = Math.max(d, 1 + h.depth());
			}
			return d;
		}

		/** This heading and everything under it one level down (a part becomes a section), the texts shared. */
		Heading demoted() {
			Heading copy = new Heading(level + 1, line, title, writtenNumber);
			copy.runIn = runIn;
			copy.fulfils = level == 1 ? null : fulfils;
			for (Object child : children) {
				copy.children.add(child instanceof Heading h ? h.demoted() : child);
			}
			return copy;
		}

		/** How many child headings of this level there are. */
		int count(int childLevel) {
			int n = 0;
			for (Object child : children) {
				if (child instanceof Heading h && h.level == childLevel) {
					n++;
				}
			}
			return n;
		}

		void collect(List<Text> texts) {
			texts.add(title);
			for (Object child : children) {
				if (child instanceof Paragraph p) {
					p.collect(texts);
				} else if (child instanceof Heading h) {
					h.collect(texts);
				}
			}
		}
	}

	/** A paragraph: an optional lead, then run-in points (一是…二是…). */
	public static final class Paragraph {
		private final int line;
		private final Text lead;
		private final List<Point> points = new ArrayList<>();

		public Paragraph(int line, Text lead) {
			this.line = line;
			this.lead = lead;
		}

		public int line() {
			return line;
		}

		/** The text before the first point, or null. */
		public Text lead() {
			return lead;
		}

		public List<Point> points() {
			return points;
		}

		/** The printed text without run-in numbers. */
		public String plain() {
			StringBuilder s = new StringBuilder(lead == null ? "" : lead.plain());
			points.forEach(p -> s.append(p.text().plain()));
			return s.toString();
		}

		void collect(List<Text> texts) {
			if (lead != null) {
				texts.add(lead);
			}
			points.forEach(p -> texts.add(p.text()));
		}
	}

	/** A run-in point of a paragraph, optionally fulfilling a template part (对应). */
	public static final class Point {
		private final int line;
		private final Text text;
		private String fulfils;

		public Point(int line, Text text) {
			this.line = line;
			this.text = text;
		}

		public int line() {
			return line;
		}

		public Text text() {
			return text;
		}

		public String fulfils() {
			return fulfils;
		}

		public void setFulfils(String fulfils) {
			this.fulfils = fulfils;
		}
	}

	/** Prose with typed figures: each segment is a {@link String} or a {@link Figure}. */
	public static final class Text {
		private final int line;
		private final List<Object> segments;

		public Text(int line, List<Object> segments) {
			this.line = line;
			this.segments = List.copyOf(segments);
		}

		public static Text plain(int line, String text) {
			return new Text(line, List.of(text));
		}

		public int line() {
			return line;
		}

		public List<Object> segments() {
			return segments;
		}

		public List<Figure> figures() {
			return segments.stream().filter(Figure.class::isInstance).map(Figure.class::cast).toList();
		}

		/** The printed text: prose and figures as written. */
		public String plain() {
			StringBuilder s = new StringBuilder();
			for (Object segment : segments) {
				s.append(segment instanceof Figure f ? f.literal() : (String) segment);
			}
			return s.toString();
		}
	}

	/** A typed figure found in the prose. */
	public static final class Figure {
		private final String literal;
		private final Quantity quantity;
		private final boolean afterOrdinal;
		private final String before;
		private final String after;
		private final int line;
		private boolean growth;
		private boolean average;
		private String name;

		public Figure(String literal, Quantity quantity, boolean afterOrdinal, String before, String after, int line) {
			this.literal = literal;
			this.quantity = quantity;
			this.afterOrdinal = afterOrdinal;
			this.before = before;
			this.after = after;
			this.line = line;
		}

		/** The literal exactly as the original wrote it (spaces inside removed). */
		public String literal() {
			return literal;
		}

		public Quantity quantity() {
			return quantity;
		}

		/** Whether the prose before it ends with 第 (a rank). */
		public boolean afterOrdinal() {
			return afterOrdinal;
		}

		/** The words of its clause before it (what it counts, usually). */
		public String before() {
			return before;
		}

		/** The words right after it, up to the next mark. */
		public String after() {
			return after;
		}

		public int line() {
			return line;
		}

		/** Marked 增幅: a growth rate, not bound to 0–100%. */
		public boolean growth() {
			return growth;
		}

		void setGrowth(boolean growth) {
			this.growth = growth;
		}

		/** Marked 平均: an average count. */
		public boolean average() {
			return average;
		}

		void setAverage(boolean average) {
			this.average = average;
		}

		/** Its name when a rule refers to it, else null. */
		public String name() {
			return name;
		}

		void setName(String name) {
			this.name = name;
		}
	}

	/**
	 * A rule between named figures.
	 *
	 * @param name       the rule's name
	 * @param expression what follows the colon: "受理总数 = 即办件 + 承诺件"
	 * @param line       the line of the original that states the relation
	 */
	public record Rule(String name, String expression, int line) {
	}
}
