package org.lawreport.dsl.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.lawreport.dsl.figures.ConstraintViolation;
import org.lawreport.dsl.figures.Quantity;
import org.lawreport.dsl.figures.QuantityConstraints;
import org.lawreport.dsl.figures.QuantityParse;
import org.lawreport.dsl.figures.QuantityProblem;
import org.lawreport.dsl.figures.arithmetic.Comparison;
import org.lawreport.dsl.figures.arithmetic.RuleArithmetic;
import org.lawreport.dsl.figures.UnitCatalog;
import org.lawreport.dsl.lawReport.Expression;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.Relation;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rounding;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.TextChunk;
import org.lawreport.dsl.model.FigureValues;
import org.lawreport.dsl.model.RuleEvaluator;
import org.lawreport.dsl.model.RuleEvaluator.EvaluationException;
import org.lawreport.dsl.model.RuleEvaluator.Value;

/** Typed figures (form, range, wholeness) and the rules the author declared between them. */
public class FigureChecks extends LawReportCheckBase {

	@Check
	public void figureReadable(Figure figure) {
		QuantityParse parse = FigureValues.of(figure);
		Optional<QuantityProblem> problem = parse.problem();
		if (problem.isPresent()) {
			QuantityProblem p = problem.get();
			finding(RuleCode.FIGURE_FORM, figure).on(PKG.getFigure_Literal())
					.args(figure.getLiteral(), Messages.text("figure." + p.code().name(), p.fragment()))
					.emit();
			return;
		}
		Quantity q = parse.quantity().orElseThrow();
		for (ConstraintViolation v : QuantityConstraints.check(q, figure.isGrowth(), figure.isAverage())) {
			RuleCode code = switch (v.code()) {
				case PERCENT_OUT_OF_RANGE -> RuleCode.FIGURE_PERCENT_RANGE;
				case COUNT_NOT_WHOLE -> RuleCode.FIGURE_COUNT;
				case NEGATIVE -> RuleCode.FIGURE_NEGATIVE;
			};
			finding(code, figure).on(PKG.getFigure_Literal()).args(figure.getLiteral()).emit();
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
		for (Figure figure : EcoreUtil2.getAllContentsOfType(report, Figure.class)) {
			String literal = figure.getLiteral() == null ? "" : figure.getLiteral();
			if (literal.endsWith("%")) {
				halfWidth++;
			} else if (literal.endsWith("％")) {
				fullWidth++;
			}
		}
		for (TextChunk chunk : EcoreUtil2.getAllContentsOfType(report, TextChunk.class)) {
			String v = chunk.getValue() == null ? "" : chunk.getValue();
			halfWidth += count(v, '%');
			fullWidth += count(v, '％');
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
		Report report = EcoreUtil2.getContainerOfType(rule, Report.class);
		if (report == null || rule.getLeft() == null) {
			return;
		}
		UnitCatalog catalog = catalogOf(report);
		String name = rule.getName() != null ? rule.getName() : sourceText(rule);
		try {
			if (rule.getLow() != null) {
				checkRange(rule, name, catalog);
				return;
			}
			if (rule.getRight() == null) {
				return;
			}
			Value left = RuleEvaluator.evaluate(rule.getLeft(), catalog);
			Value right = RuleEvaluator.evaluate(rule.getRight(), catalog);
			Relation relation = rule.getOperator();
			boolean holds;
			String leftShown = left.shown();
			String rightShown;
			Expression anchor = rule.getLeft();
			Value computed = right;
			if (!(anchor instanceof FigureOperand) && rule.getRight() instanceof FigureOperand) {
				anchor = rule.getRight();
				computed = left;
				leftShown = right.shown();
			}
			if (relation == Relation.EQUAL || relation == Relation.APPROX) {
				if (anchor instanceof FigureOperand operand) {
					Quantity written = FigureValues.of(operand.getFigure()).quantity().orElseThrow();
					BigDecimal tolerance = tolerance(rule, catalog);
					// ≈ without 允差 means: equal at the precision the author wrote
					Comparison c = relation == Relation.EQUAL || tolerance == null
							? RuleArithmetic.compareAtPrecision(written, computed.value(), roundingOf(rule))
							: RuleArithmetic.approxEquals(written, computed.value(), tolerance);
					holds = c.holds();
					rightShown = c.computedShown();
				} else {
					holds = left.value().compareTo(right.value()) == 0;
					rightShown = plain(computed.value());
				}
			} else {
				int cmp = left.value().compareTo(right.value());
				holds = switch (relation) {
					case LESS -> cmp < 0;
					case LESS_EQUAL, LESS_EQUAL_CJK -> cmp <= 0;
					case GREATER -> cmp > 0;
					case GREATER_EQUAL, GREATER_EQUAL_CJK -> cmp >= 0;
					default -> true;
				};
				rightShown = plain(right.value());
			}
			if (!holds) {
				String expression = computed.shown();
				finding(RuleCode.RULE_FAILED, rule).on(PKG.getRule_Left())
						.args(name, nameOf(anchor), leftShown, expression, rightShown)
						.emit();
			}
		} catch (EvaluationException e) {
			report(rule, name, e);
		}
	}

	private void checkRange(Rule rule, String name, UnitCatalog catalog) throws EvaluationException {
		Value value = RuleEvaluator.evaluate(rule.getLeft(), catalog);
		Value low = RuleEvaluator.evaluate(rule.getLow(), catalog);
		Value high = RuleEvaluator.evaluate(rule.getHigh(), catalog);
		if (value.value().compareTo(low.value()) < 0 || value.value().compareTo(high.value()) > 0) {
			finding(RuleCode.RULE_FAILED, rule).on(PKG.getRule_Left())
					.args(name, nameOf(rule.getLeft()), value.shown(), "介于 " + low.shown() + " 与 " + high.shown(),
							"在 " + low.shown() + "～" + high.shown() + " 之间")
					.emit();
		}
	}

	private void report(Rule rule, String name, EvaluationException e) {
		switch (e.reason()) {
			case DIVISION_BY_ZERO -> finding(RuleCode.RULE_DIVISION_BY_ZERO, rule).on(PKG.getRule_Left())
					.args(name, e.getMessage()).emit();
			case MIXED_KINDS -> finding(RuleCode.RULE_UNITS, rule).on(PKG.getRule_Left())
					.args(name, e.getMessage()).emit();
			case UNREADABLE_OPERAND -> {
				// an unresolved name is already reported by the linker, an unreadable figure where it is written
			}
		}
	}

	private static RoundingMode roundingOf(Rule rule) {
		Rounding rounding = rule.getRounding();
		return switch (rounding) {
			case DOWN -> RoundingMode.DOWN;
			case UP -> RoundingMode.UP;
			default -> RoundingMode.HALF_UP;
		};
	}

	private static BigDecimal tolerance(Rule rule, UnitCatalog catalog) {
		if (rule.getTolerance() == null) {
			return null;
		}
		return org.lawreport.dsl.figures.QuantityParser.parse(rule.getTolerance(), catalog, false)
				.quantity().map(Quantity::value).orElse(null);
	}

	private static UnitCatalog catalogOf(Report report) {
		Figure any = EcoreUtil2.getAllContentsOfType(report, Figure.class).stream().findFirst().orElse(null);
		return any == null ? UnitCatalog.standard() : FigureValues.catalogFor(any);
	}

	private static String nameOf(Expression expression) {
		if (expression instanceof FigureOperand operand && operand.getFigure() != null) {
			return operand.getFigure().getName();
		}
		return sourceText(expression);
	}

	private static String sourceText(org.eclipse.emf.ecore.EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "?" : NodeModelUtils.getTokenText(node);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
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
