package org.lawreport.dsl.facts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.dsl.lawReport.Expression;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.NumberOperand;
import org.lawreport.dsl.lawReport.Operation;

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
			DIVISION_BY_ZERO, MIXED_KINDS, UNREADABLE_OPERAND,
			/** A date where a number is needed: a date has no value to compute with. */
			DATE_OPERAND
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
			if (q.kind() == QuantityKind.DATE) {
				throw new EvaluationException(EvaluationException.Reason.DATE_OPERAND, operand, q.written());
			}
			return new Value(q.value(), q.kind(), q.written());
		}
		if (expression instanceof NumberOperand number) {
			QuantityParse parse = QuantityParser.parse(number.getValue(), catalog, false);
			Quantity q = parse.quantity().orElseThrow(() -> new EvaluationException(
					EvaluationException.Reason.UNREADABLE_OPERAND, number, number.getValue()));
			if (q.kind() == QuantityKind.DATE) {
				throw new EvaluationException(EvaluationException.Reason.DATE_OPERAND, number, q.written());
			}
			QuantityKind kind = q.kind() == QuantityKind.PLAIN ? null : q.kind();
			return new Value(q.value(), kind, q.written());
		}
		if (expression instanceof Operation top) {
			return chain(top, catalog);
		}
		throw new EvaluationException(EvaluationException.Reason.UNREADABLE_OPERAND, expression, "?");
	}

	/** One step of a chain: an operator and its right operand. */
	private record Step(Operation operation, String operator, Expression operand) {
	}

	/**
	 * An operation, computed from the left in one loop. Its first operand may be an operation itself (a × b + c): the
	 * steps of the innermost come first. The text is that of a reading from the left, every operation that is an
	 * operand written in parentheses: step k is k-1 opening parentheses, then the operands with a closing parenthesis
	 * before each operator after the first.
	 */
	private static Value chain(Operation top, UnitCatalog catalog) throws EvaluationException {
		List<Operation> nested = new ArrayList<>();
		Expression leftmost = top;
		while (leftmost instanceof Operation operation) {
			nested.add(operation);
			leftmost = operation.getOperands().get(0);
		}
		Collections.reverse(nested);
		List<Step> steps = new ArrayList<>();
		for (Operation operation : nested) {
			for (int i = 1; i < operation.getOperands().size(); i++) {
				if (i > operation.getOperators().size()) { // broken text: an operand with no operator before it
					throw new EvaluationException(EvaluationException.Reason.UNREADABLE_OPERAND, operation, "?");
				}
				steps.add(new Step(operation, operation.getOperators().get(i - 1), operation.getOperands().get(i)));
			}
		}
		Value first = evaluate(leftmost, catalog);
		BigDecimal value = first.value();
		QuantityKind kind = first.kind();
		StringBuilder tail = new StringBuilder(first.shown());
		for (int k = 0; k < steps.size(); k++) {
			Step step = steps.get(k);
			Value right = evaluate(step.operand(), catalog);
			String op = step.operator();
			if (k > 0) {
				tail.append('）');
			}
			tail.append(op).append(wrap(right, step.operand()));
			switch (op) {
				case "+", "-" -> {
					if (kind != null && right.kind() != null && kind != right.kind()) {
						throw new EvaluationException(EvaluationException.Reason.MIXED_KINDS, step.operation(), "（".repeat(k) + tail);
					}
					value = op.equals("+") ? value.add(right.value(), MC) : value.subtract(right.value(), MC);
					kind = kind != null ? kind : right.kind();
				}
				case "*", "×" -> {
					value = value.multiply(right.value(), MC);
					kind = null;
				}
				default -> {
					if (right.value().signum() == 0) {
						throw new EvaluationException(EvaluationException.Reason.DIVISION_BY_ZERO, step.operation(), "（".repeat(k) + tail);
					}
					value = value.divide(right.value(), MC);
					kind = null;
				}
			}
		}
		// no step at all: broken text left an operator without its operand (a syntax error says so)
		return new Value(value, kind, "（".repeat(Math.max(0, steps.size() - 1)) + tail);
	}

	private static String wrap(Value value, Expression source) {
		return source instanceof Operation ? "（" + value.shown() + "）" : value.shown();
	}
}
