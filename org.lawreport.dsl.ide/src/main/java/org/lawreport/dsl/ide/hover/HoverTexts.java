package org.lawreport.dsl.ide.hover;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.dsl.facts.FigureValues;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Headings;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.RuleEvaluator.EvaluationException;
import org.lawreport.dsl.facts.RuleOutcomes;
import org.lawreport.dsl.ide.IdeMessages;
import org.lawreport.dsl.ide.outline.HeadingNumbering;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.TemplatePart;

/**
 * The Markdown (Chinese) an editor shows when the pointer rests on a figure or a heading. Plain model code, no
 * LSP types, so that any editor can show it.
 */
public final class HoverTexts {

	private HoverTexts() {
	}

	/** A figure: its type, its value with unit, and every rule it takes part in with the computed result. */
	public static String figure(Figure figure) {
		StringBuilder md = new StringBuilder();
		md.append(figure.getName() == null ? IdeMessages.text("hover.figure.unnamed")
				: IdeMessages.text("hover.figure.title", figure.getName())).append("\n\n");
		QuantityParse parse = FigureValues.of(figure);
		if (parse.quantity().isPresent()) {
			Quantity q = parse.quantity().get();
			String kind = IdeMessages.text("kind." + q.kind().name());
			if (figure.isGrowth()) {
				kind += IdeMessages.text("hover.figure.growth");
			} else if (figure.isAverage()) {
				kind += IdeMessages.text("hover.figure.average");
			}
			md.append("- ").append(IdeMessages.text("hover.figure.kind", kind)).append("\n");
			md.append("- ").append(IdeMessages.text("hover.figure.value", valueText(q))).append("\n");
		} else {
			md.append("- ").append(IdeMessages.text("hover.figure.problem", figure.getLiteral())).append("\n");
		}
		List<Rule> rules = rulesUsing(figure);
		md.append("\n");
		if (rules.isEmpty()) {
			md.append(IdeMessages.text("hover.figure.noRules")).append("\n");
		} else {
			md.append(IdeMessages.text("hover.figure.rules")).append("\n\n");
			for (Rule rule : rules) {
				md.append("- ").append(ruleLine(rule)).append("\n");
			}
		}
		return md.toString();
	}

	/** A heading (部分, 节, 条, 款): its number and title, the template part it fulfils and that part's clause. */
	public static String heading(EObject heading) {
		StringBuilder md = new StringBuilder();
		md.append(IdeMessages.text("hover.part.title", HeadingNumbering.numberOf(heading), HeadingNumbering.titleOf(heading)))
				.append("\n\n");
		TemplatePart target = Fulfilments.fulfilledBy(heading);
		if (target == null) {
			md.append(IdeMessages.text("hover.part.none")).append("\n");
		} else {
			md.append(templatePart(target, heading));
		}
		if (heading instanceof Part part) {
			Report report = (Report) part.eContainer();
			List<TemplatePart> nested = Fulfilments.of(report).nestedIn(part);
			if (!nested.isEmpty()) {
				md.append("\n").append(IdeMessages.text("hover.part.nested",
						nested.stream().map(TemplatePart::getName).collect(Collectors.joining("、")))).append("\n");
			}
		}
		return md.toString();
	}

	/** A template part as seen from a report: mandatory or not, its canonical heading for the year, its clause. */
	public static String templatePart(TemplatePart target, EObject context) {
		StringBuilder md = new StringBuilder();
		Report report = EcoreUtil2.getContainerOfType(context, Report.class);
		Integer year = report == null ? null : Metadata.of(report).reportYear().orElse(null);
		md.append("- ").append(IdeMessages.text("hover.part.template", target.getName(),
				IdeMessages.text(target.isMandatory() ? "required" : "optional"))).append("\n");
		md.append("- ").append(IdeMessages.text("hover.part.canonical", Headings.canonical(target, year))).append("\n");
		if (target.getClause() != null) {
			md.append("- ").append(IdeMessages.text("hover.part.clause", target.getClause())).append("\n");
		}
		return md.toString();
	}

	/** The rules of the figure's report that name it, in source order. */
	public static List<Rule> rulesUsing(Figure figure) {
		Report report = EcoreUtil2.getContainerOfType(figure, Report.class);
		List<Rule> result = new ArrayList<>();
		if (report == null) {
			return result;
		}
		for (Rule rule : report.getRules()) {
			boolean uses = EcoreUtil2.getAllContentsOfType(rule, FigureOperand.class).stream()
					.anyMatch(operand -> operand.getFigure() == figure);
			if (uses) {
				result.add(rule);
			}
		}
		return result;
	}

	/** One line about a rule: holds or not, with the written and the computed values. */
	public static String ruleLine(Rule rule) {
		String name = RuleOutcomes.nameOf(rule);
		try {
			RuleOutcomes.Outcome o = RuleOutcomes.of(rule);
			if (o == null) {
				return IdeMessages.text("hover.rule.error", name, "?");
			}
			return IdeMessages.text(o.holds() ? "hover.rule.holds" : "hover.rule.fails", o.name(), o.anchor(),
					o.writtenShown(), o.expression(), o.computed());
		} catch (EvaluationException e) {
			return IdeMessages.text("hover.rule.error", name, e.getMessage());
		}
	}

	private static String valueText(Quantity q) {
		String text = q.written();
		if (q.kind() != QuantityKind.DATE && q.scale().compareTo(BigDecimal.ONE) != 0) {
			text += "（" + q.value().stripTrailingZeros().toPlainString() + q.unit() + "）";
		}
		return text;
	}
}
