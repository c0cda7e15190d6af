package org.lawreport.dsl.validation;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lawreport.core.figures.ConstraintViolation;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityConstraints;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.QuantityProblem;
import org.lawreport.dsl.facts.FigureValues;
import org.lawreport.dsl.facts.RuleEvaluator.EvaluationException;
import org.lawreport.dsl.facts.RuleOutcomes;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.NumberOperand;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.TextChunk;

/** Typed figures (form, range, wholeness) and the rules the author declared between them. */
public class FigureChecks extends LawReportCheckBase {

	@Check
	public void figureReadable(Figure figure) {
		QuantityParse parse = FigureValues.of(figure);
		Optional<QuantityProblem> problem = parse.problem();
		if (problem.isPresent()) {
			QuantityProblem p = problem.get();
			finding(RuleCode.FIGURE_FORM, figure).on(PKG.getFigure_Literal())
					// broken text may leave the braces empty: the message then quotes nothing, never "null"
					.args(figure.getLiteral() == null ? "" : figure.getLiteral(), Messages.text("figure." + p.code().name(), p.fragment()))
					.emit();
			return;
		}
		Quantity q = parse.quantity().orElseThrow();
		for (ConstraintViolation v : QuantityConstraints.check(q, figure.isGrowth(), figure.isAverage())) {
			RuleCode code = switch (v.code()) {
				case PERCENT_OUT_OF_RANGE -> RuleCode.FIGURE_PERCENT_RANGE;
				case COUNT_NOT_WHOLE -> RuleCode.FIGURE_COUNT;
				// the grammar's figures start with a digit: a report cannot write a negative one
				case NEGATIVE -> null;
			};
			if (code != null) {
				finding(code, figure).on(PKG.getFigure_Literal()).args(figure.getLiteral()).emit();
			}
		}
	}

	@Check
	public void figureNamesUnique(Report report) {
		Map<String, Figure> seen = new HashMap<>();
		for (Figure figure : EcoreUtil2.getAllContentsOfType(report, Figure.class)) {
			if (figure.getName() != null && seen.putIfAbsent(figure.getName(), figure) != null) {
				finding(RuleCode.FIGURE_DUPLICATE, figure).on(PKG.getFigure_Name()).args(figure.getName()).emit();
			}
		}
	}

	@Check
	public void percentStyleConsistent(Report report) {
		int halfWidth = 0;
		int fullWidth = 0;
		Figure firstMinority = null;
		for (Iterator<EObject> all = report.eAllContents(); all.hasNext();) {
			EObject next = all.next();
			if (next instanceof Figure figure) {
				String literal = figure.getLiteral() == null ? "" : figure.getLiteral();
				if (literal.endsWith("%")) {
					halfWidth++;
				} else if (literal.endsWith("％")) {
					fullWidth++;
				}
			} else if (next instanceof TextChunk chunk && chunk.getValue() != null) {
				halfWidth += count(chunk.getValue(), '%');
				fullWidth += count(chunk.getValue(), '％');
			}
		}
		if (halfWidth == 0 || fullWidth == 0) {
			return;
		}
		String minority = halfWidth < fullWidth ? "%" : "％";
		for (Figure figure : EcoreUtil2.getAllContentsOfType(report, Figure.class)) {
			if (figure.getLiteral() != null && figure.getLiteral().endsWith(minority)) {
				firstMinority = figure;
				break;
			}
		}
		if (firstMinority != null) {
			finding(RuleCode.PERCENT_MIXED, firstMinority).on(PKG.getFigure_Literal())
					.args(halfWidth, fullWidth).data(minority.equals("%") ? "％" : "%").emit();
		} else {
			finding(RuleCode.PERCENT_MIXED, report).on(PKG.getReport_Template()).args(halfWidth, fullWidth).emit();
		}
	}

	@Check
	public void ruleHolds(Rule rule) {
		String name = RuleOutcomes.nameOf(rule);
		try {
			RuleOutcomes.Outcome outcome = RuleOutcomes.of(rule);
			if (outcome != null && !outcome.holds()) {
				finding(RuleCode.RULE_FAILED, rule).on(PKG.getRule_Left())
						.args(outcome.name(), outcome.anchor(), outcome.writtenShown(), outcome.expression(),
								outcome.computed())
						.emit();
			}
		} catch (EvaluationException e) {
			report(rule, name, e);
		}
	}

	private void report(Rule rule, String name, EvaluationException e) {
		switch (e.reason()) {
			case DIVISION_BY_ZERO -> finding(RuleCode.RULE_DIVISION_BY_ZERO, rule).on(PKG.getRule_Left())
					.args(name, e.getMessage()).emit();
			case MIXED_KINDS -> finding(RuleCode.RULE_UNITS, rule).on(PKG.getRule_Left())
					.args(name, e.getMessage()).emit();
			case DATE_OPERAND -> finding(RuleCode.RULE_OPERAND, e.where())
					.args(name, e.getMessage(), Messages.text("rule.dateOperand")).emit();
			case UNREADABLE_OPERAND -> {
				// an unresolved name is already reported by the linker, an unreadable figure where it is written;
				// a number written in the rule itself has no other place to be reported
				if (e.where() instanceof NumberOperand number) {
					Report report = EcoreUtil2.getContainerOfType(rule, Report.class);
					String why = QuantityParser.parse(number.getValue(), RuleOutcomes.catalogOf(report), false).problem()
							.map(p -> Messages.text("figure." + p.code().name(), p.fragment())).orElse("");
					finding(RuleCode.RULE_OPERAND, number).on(PKG.getNumberOperand_Value())
							.args(name, number.getValue(), why).emit();
				}
			}
		}
	}

	private static int count(String s, char c) {
		int n = 0;
		for (int i = 0; i < s.length(); i++) {
			if (s.charAt(i) == c) {
				n++;
			}
		}
		return n;
	}
}
