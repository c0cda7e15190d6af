package org.lawreport.importer;

import java.util.ArrayList;
import java.util.List;

import org.lawreport.dsl.conversion.TextEscapes;
import org.lawreport.dsl.lawReport.MetadataKey;

/**
 * Writes a {@link Draft.Report} as LawReport source, one element per line: metadata, the opening paragraphs and the
 * parts (each after a blank line the formatter keeps), headings and paragraphs with their run-in points, rules,
 * comments at the end. Indentation and the blank lines before parts and rules are the language's formatter's, which
 * the {@link Importer} applies once. Plain Java: no Xtext.
 */
public final class LawReportWriter {

	/** The standard template every imported report follows. */
	public static final String TEMPLATE = "法治政府建设年度报告";

	/**
	 * The source and, for each line that holds an element (not blank, not a comment), the line of the original it
	 * came from (0 when none), in order.
	 */
	public record Written(String text, List<Integer> elementLines) {
	}

	private final StringBuilder out = new StringBuilder();
	private final List<Integer> lines = new ArrayList<>();

	private LawReportWriter() {
	}

	public static Written write(Draft.Report report) {
		LawReportWriter w = new LawReportWriter();
		w.report(report);
		return new Written(w.out.toString(), List.copyOf(w.lines));
	}

	private void report(Draft.Report report) {
		element(0, "报告 依据 " + TEMPLATE);
		if (!report.metadata().isEmpty()) {
			blank();
			for (Draft.Metadatum m : report.metadata().values()) {
				StringBuilder s = new StringBuilder(m.key().getLiteral()).append(' ');
				if (m.key() == MetadataKey.YEAR || m.key() == MetadataKey.LEVEL) {
					s.append(m.value());
				} else {
					s.append(quoted(m.value()));
				}
				if (m.label() != null) {
					s.append(" 标识 ").append(quoted(m.label()));
				}
				element(m.line(), s.toString());
			}
		}
		if (!report.opening().isEmpty()) {
			blank();
			for (Draft.Paragraph p : report.opening()) {
				paragraph(p);
			}
		}
		for (Draft.Heading part : report.parts()) {
			heading(part);
		}
		if (!report.rules().isEmpty()) {
			for (Draft.Rule rule : report.rules()) {
				element(rule.line(), "规则 " + rule.name() + "：" + rule.expression());
			}
		}
		if (!report.comments().isEmpty()) {
			blank();
			for (String comment : report.comments()) {
				out.append("// ").append(comment.replace('\n', ' ').replace('\r', ' ')).append('\n');
			}
		}
	}

	private void heading(Draft.Heading h) {
		StringBuilder s = new StringBuilder();
		s.append(switch (h.level()) {
			case 1 -> "部分 " + h.fulfils();
			case 2 -> "节";
			case 3 -> "条";
			default -> "款";
		});
		s.append(' ').append(rich(h.title()));
		if (h.level() > 1 && h.fulfils() != null) {
			s.append(" 对应 ").append(h.fulfils());
		}
		if (h.runIn()) {
			s.append(" 接排");
		}
		element(h.line(), s.toString());
		for (Object child : h.children()) {
			if (child instanceof Draft.Paragraph p) {
				paragraph(p);
			} else if (child instanceof Draft.Heading c) {
				heading(c);
			}
		}
	}

	private void paragraph(Draft.Paragraph p) {
		StringBuilder s = new StringBuilder("段");
		if (p.lead() != null) {
			s.append(' ').append(rich(p.lead()));
		}
		for (Draft.Point point : p.points()) {
			s.append(" 要点 ").append(rich(point.text()));
			if (point.fulfils() != null) {
				s.append(" 对应 ").append(point.fulfils());
			}
		}
		element(p.line(), s.toString());
	}

	/** Prose between quotes, figures between braces. */
	static String rich(Draft.Text text) {
		StringBuilder s = new StringBuilder("\"");
		for (Object segment : text.segments()) {
			if (segment instanceof Draft.Figure f) {
				s.append('{');
				if (f.name() != null) {
					s.append(f.name()).append('=');
				}
				s.append(f.literal());
				if (f.growth()) {
					s.append(" 增幅");
				} else if (f.average()) {
					s.append(" 平均");
				}
				s.append('}');
			} else {
				s.append(TextEscapes.escape((String) segment));
			}
		}
		return s.append('"').toString();
	}

	private static String quoted(String text) {
		return "\"" + TextEscapes.escape(text) + "\"";
	}

	private void element(int sourceLine, String line) {
		out.append(line).append('\n');
		lines.add(sourceLine);
	}

	private void blank() {
		out.append('\n');
	}
}
