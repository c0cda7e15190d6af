package org.lawreport.dsl.formatting2;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.internal.SinglelineDocCommentReplacer;
import org.eclipse.xtext.formatting2.internal.WhitespaceReplacer;
import org.eclipse.xtext.formatting2.regionaccess.IComment;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureReference;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.Paragraph;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Point;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplateMember;

/**
 * The canonical layout of a report: one metadata entry per line; a blank line before every part; every
 * heading and paragraph on its own line, indented with one tab per level; run-in points after their paragraph
 * on the same line; nothing between the braces of a figure but the figure.
 */
public class LawReportFormatter extends AbstractFormatter2 {

	/**
	 * Comments keep Xtext's replacers. A hidden region can also hold text the lexer could not read (a syntax error,
	 * such as an unclosed string): it has no grammar rule, and is left exactly as written instead of failing the
	 * whole formatting request.
	 */
	@Override
	public ITextReplacer createCommentReplacer(IComment comment) {
		if (comment.getGrammarElement() instanceof AbstractRule) {
			return super.createCommentReplacer(comment);
		}
		return new SinglelineDocCommentReplacer(comment, "") {
			@Override
			public void configureWhitespace(WhitespaceReplacer leading, WhitespaceReplacer trailing) {
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				return context;
			}
		};
	}

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof Report report) {
			formatReport(report, document);
		} else if (object instanceof Template template) {
			formatTemplate(template, document);
		} else if (object instanceof XtextResource resource) {
			_format(resource, document);
		} else if (object instanceof EObject other) {
			_format(other, document);
		}
	}

	private void formatReport(Report report, IFormattableDocument doc) {
		ISemanticRegion keyword = textRegionExtensions.regionFor(report).keyword("报告");
		if (keyword != null) {
			doc.prepend(keyword, IHiddenRegionFormatter::noSpace);
			doc.append(keyword, IHiddenRegionFormatter::oneSpace);
		}
		doc.append(textRegionExtensions.regionFor(report).keyword("依据"), IHiddenRegionFormatter::oneSpace);
		for (Metadatum m : report.getMetadata()) {
			doc.prepend(m, f -> f.setNewLines(1, 1, 2));
			doc.surround(textRegionExtensions.regionFor(m).keyword("标识"), IHiddenRegionFormatter::oneSpace);
		}
		for (Paragraph p : report.getOpening()) {
			doc.prepend(p, f -> f.setNewLines(1, 2, 2));
			formatParagraph(p, 0, doc);
		}
		for (Part part : report.getParts()) {
			doc.prepend(part, f -> f.setNewLines(2, 2, 2));
			formatHeading(part, part.getContent(), 0, doc);
		}
		for (Rule rule : report.getRules()) {
			doc.prepend(rule, f -> f.setNewLines(rule == report.getRules().get(0) ? 2 : 1, 1, 2));
			formatRule(rule, doc);
		}
		formatFigures(report, doc);
	}

	private void formatHeading(EObject heading, Iterable<? extends EObject> content, int depth, IFormattableDocument doc) {
		doc.interior(heading, IHiddenRegionFormatter::indent);
		doc.surround(textRegionExtensions.regionFor(heading).keyword("对应"), IHiddenRegionFormatter::oneSpace);
		doc.prepend(textRegionExtensions.regionFor(heading).keyword("接排"), IHiddenRegionFormatter::oneSpace);
		for (EObject child : content) {
			doc.prepend(child, f -> f.setNewLines(1, 1, 2));
			if (child instanceof Paragraph p) {
				formatParagraph(p, depth + 1, doc);
			} else if (child instanceof Section s) {
				formatHeading(s, s.getContent(), depth + 1, doc);
			} else if (child instanceof Item i) {
				formatHeading(i, i.getContent(), depth + 1, doc);
			} else if (child instanceof SubItem si) {
				formatHeading(si, si.getContent(), depth + 1, doc);
			}
		}
	}

	private void formatParagraph(Paragraph paragraph, int depth, IFormattableDocument doc) {
		for (Point point : paragraph.getPoints()) {
			doc.prepend(point, IHiddenRegionFormatter::oneSpace);
			doc.surround(textRegionExtensions.regionFor(point).keyword("对应"), IHiddenRegionFormatter::oneSpace);
		}
	}

	private void formatRule(Rule rule, IFormattableDocument doc) {
		textRegionExtensions.regionFor(rule).keywords("：", ":").forEach(r -> {
			doc.prepend(r, IHiddenRegionFormatter::noSpace);
			doc.append(r, IHiddenRegionFormatter::noSpace);
		});
	}

	private void formatFigures(Report report, IFormattableDocument doc) {
		report.eAllContents().forEachRemaining(o -> {
			if (o instanceof Figure figure) {
				doc.prepend(figure, IHiddenRegionFormatter::noSpace);
				doc.append(figure, IHiddenRegionFormatter::noSpace);
				textRegionExtensions.regionFor(figure).keywords("=", "＝").forEach(r -> doc.surround(r, IHiddenRegionFormatter::noSpace));
				ISemanticRegion growth = textRegionExtensions.regionFor(figure).keyword("增幅");
				if (growth != null) {
					doc.prepend(growth, IHiddenRegionFormatter::oneSpace);
				}
				ISemanticRegion average = textRegionExtensions.regionFor(figure).keyword("平均");
				if (average != null) {
					doc.prepend(average, IHiddenRegionFormatter::oneSpace);
				}
			} else if (o instanceof FigureReference ref) {
				doc.prepend(ref, IHiddenRegionFormatter::noSpace);
				doc.append(ref, IHiddenRegionFormatter::noSpace);
			}
		});
	}

	private void formatTemplate(Template template, IFormattableDocument doc) {
		for (TemplateMember member : template.getMembers()) {
			doc.prepend(member, f -> f.setNewLines(1, 2, 2));
		}
	}
}
