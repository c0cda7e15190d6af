package org.lawreport.dsl.facts;

import java.math.BigDecimal;
import java.math.MathContext;

import org.eclipse.emf.ecore.EObject;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.dsl.lawReport.Binary;
import org.lawreport.dsl.lawReport.Expression;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.NumberOperand;

/**
 * Evaluates the arithmetic of a rule over the report's figures, in base units (counts as counts, percentages as
 * fractions, money in 元), and says how the expression reads with the figures' written values filled in.
 */
public final class RuleEvaluator {

	private static final MathContext MC = MathContext.DECIMAL64;

	private RuleEvaluator() {
	}

	/** A computed value, the kind it carries (null for a pure ratio), and the expression as a reader sees it. */
	public record Value(BigDecimal value, QuantityKind kind, String shown) {
	}

	/** Why an expression cannot be computed. */
	public static final class EvaluationException extends Exception {
		private static final long serialVersionUID = 1L;
		public enum Reason {
			DIVISION_BY_ZERO, MIXED_KINDS, UNREADABLE_OPERAND
		}

		private final Reason reason;
		private final EObject where;

		EvaluationException(Reason reason, EObject where, String detail) {
			super(detail);
			this.reason = reason;
			this.where = where;
		}

		public Reason reason() {
			return reason;
		}

		public EObject where() {
			return where;
		}
	}

	public static Value evaluate(Expression expression, UnitCatalog catalog) throws EvaluationException {
		if (expression instanceof FigureOperand operand) {
			Figure figure = operand.getFigure();
			if (figure == null || figure.eIsProxy()) {
				throw new EvaluationException(EvaluationException.Reason.UNREADABLE_OPERAND, operand, "?");
			}
			QuantityParse parse = FigureValues.of(figure);
			Quantity q = parse.quantity().orElseThrow(() -> new EvaluationException(
					EvaluationException.Reason.UNREADABLE_OPERAND, operand, figure.getLiteral()));
			return new Value(q.value(), q.kind(), q.written());
		}
		if (expression instanceof NumberOperand number) {
			QuantityParse parse = QuantityParser.parse(number.getValue(), catalog, false);
			Quantity q = parse.quantity().orElseThrow(() -> new EvaluationException(
					EvaluationException.Reason.UNREADABLE_OPERAND, number, number.getValue()));
			QuantityKind kind = q.kind() == QuantityKind.PLAIN ? null : q.kind();
			return new Value(q.value(), kind, q.written());
		}
		if (expression instanceof Binary binary) {
			Value left = evaluate(binary.getLeft(), catalog);
			Value right = evaluate(binary.getRight(), catalog);
			String op = binary.getOperator();
			String shown = wrap(left, binary.getLeft()) + op + wrap(right, binary.getRight());
			switch (op) {
				case "+", "-" -> {
					if (left.kind() != null && right.kind() != null && left.kind() != right.kind()) {
						throw new EvaluationException(EvaluationException.Reason.MIXED_KINDS, binary, shown);
					}
					BigDecimal v = op.equals("+") ? left.value().add(right.value(), MC) : left.value().subtract(right.value(), MC);
					return new Value(v, left.kind() != null ? left.kind() : right.kind(), shown);
				}
				case "*", "×" -> {
					return new Value(left.value().multiply(right.value(), MC), null, shown);
				}
				default -> {
					if (right.value().signum() == 0) {
						throw new EvaluationException(EvaluationException.Reason.DIVISION_BY_ZERO, binary, shown);
					}
					return new Value(left.value().divide(right.value(), MC), null, shown);
				}
			}
		}
		throw new EvaluationException(EvaluationException.Reason.UNREADABLE_OPERAND, expression, "?");
	}

	private static String wrap(Value value, Expression source) {
		return source instanceof Binary ? "（" + value.shown() + "）" : value.shown();
	}
}
