package org.lawreport.dsl.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.core.figures.arithmetic.Comparison;
import org.lawreport.core.figures.arithmetic.RuleArithmetic;
import org.lawreport.dsl.facts.RuleEvaluator.EvaluationException;
import org.lawreport.dsl.facts.RuleEvaluator.Value;
import org.lawreport.dsl.lawReport.Expression;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.Relation;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rounding;
import org.lawreport.dsl.lawReport.Rule;

/**
 * Whether a rule between figures holds, and how it reads with the written figures filled in: what the validator
 * reports (LR-RULE-FAILED) and what an editor shows on hover.
 */
public final class RuleOutcomes {

	private RuleOutcomes() {
	}

	/**
	 * The outcome of one rule.
	 *
	 * @param name         the rule's name, or its source text when it has none
	 * @param holds        whether the relation holds at the precision the author wrote
	 * @param anchor       the name of the side compared (a figure's name, or the source text of an expression)
	 * @param writtenShown that side as written (e.g. 98.97%)
	 * @param expression   the other side with the written values filled in (e.g. 5279件/5534件), or for a range
	 *                     "介于 A 与 B"
	 * @param computed     the other side computed, at the written precision (e.g. 95.39%)
	 */
	public record Outcome(String name, boolean holds, String anchor, String writtenShown, String expression,
			String computed) {
	}

	/** The rule's outcome, or null when the rule is incomplete (a syntax error left a side out). */
	public static Outcome of(Rule rule) throws EvaluationException {
		Report report = EcoreUtil2.getContainerOfType(rule, Report.class);
		if (report == null || rule.getLeft() == null) {
			return null;
		}
		UnitCatalog catalog = catalogOf(report);
		String name = nameOf(rule);
		if (rule.getLow() != null) {
			Value value = RuleEvaluator.evaluate(rule.getLeft(), catalog);
			Value low = RuleEvaluator.evaluate(rule.getLow(), catalog);
			Value high = RuleEvaluator.evaluate(rule.getHigh(), catalog);
			boolean holds = value.value().compareTo(low.value()) >= 0 && value.value().compareTo(high.value()) <= 0;
			return new Outcome(name, holds, nameOf(rule.getLeft()), value.shown(),
					"介于 " + low.shown() + " 与 " + high.shown(), "在 " + low.shown() + "～" + high.shown() + " 之间");
		}
		if (rule.getRight() == null) {
			return null;
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
		return new Outcome(name, holds, nameOf(anchor), leftShown, computed.shown(), rightShown);
	}

	/** The rule's name, or its source text when it has none. */
	public static String nameOf(Rule rule) {
		return rule.getName() != null ? rule.getName() : sourceText(rule);
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
		return QuantityParser.parse(rule.getTolerance(), catalog, false).quantity()
				.filter(q -> q.kind() != QuantityKind.DATE).map(Quantity::value).orElse(null);
	}

	/** The unit catalog of the report's template. */
	public static UnitCatalog catalogOf(Report report) {
		return FigureValues.catalogFor(report);
	}

	private static String nameOf(Expression expression) {
		if (expression instanceof FigureOperand operand && operand.getFigure() != null) {
			return operand.getFigure().getName();
		}
		return sourceText(expression);
	}

	private static String sourceText(EObject object) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
		return node == null ? "?" : NodeModelUtils.getTokenText(node);
	}

	private static String plain(BigDecimal value) {
		return value.stripTrailingZeros().toPlainString();
	}
}
