package org.lawreport.core.figures.arithmetic;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

import org.lawreport.core.figures.Quantity;

/**
 * BigDecimal arithmetic for the rules between figures (规则). Values are in base units
 * ({@link Quantity#value()}): a percent is a fraction, so "当场办结率 = 即办件 / 受理总数" compares 96.77% with
 * the ratio of the two counts.
 */
public final class RuleArithmetic {

    /** The precision of every operation: 16 significant digits. */
    public static final MathContext CONTEXT = MathContext.DECIMAL64;

    /** The arithmetic operators of a rule. */
    public enum Operator {
        ADD, SUBTRACT, MULTIPLY, DIVIDE;

        /** The operator written as + - * / × or ÷. */
        public static Optional<Operator> ofSymbol(String symbol) {
            return switch (symbol) {
                case "+" -> Optional.of(ADD);
                case "-" -> Optional.of(SUBTRACT);
                case "*", "×" -> Optional.of(MULTIPLY);
                case "/", "÷" -> Optional.of(DIVIDE);
                default -> Optional.empty();
            };
        }
    }

    private RuleArithmetic() {
    }

    /** {@code dividend / divisor} to 16 significant digits, or {@link Outcome.DivisionByZero}. */
    public static Outcome divide(BigDecimal dividend, BigDecimal divisor) {
        if (divisor.signum() == 0) {
            return new Outcome.DivisionByZero();
        }
        return Outcome.of(dividend.divide(divisor, CONTEXT));
    }

    /** Applies an operator; a division by zero on either side makes the whole result one. */
    public static Outcome apply(Operator operator, Outcome left, Outcome right) {
        if (!(left instanceof Outcome.Value l) || !(right instanceof Outcome.Value r)) {
            return new Outcome.DivisionByZero();
        }
        return switch (operator) {
            case ADD -> Outcome.of(l.value().add(r.value(), CONTEXT));
            case SUBTRACT -> Outcome.of(l.value().subtract(r.value(), CONTEXT));
            case MULTIPLY -> Outcome.of(l.value().multiply(r.value(), CONTEXT));
            case DIVIDE -> divide(l.value(), r.value());
        };
    }

    /**
     * Checks a written figure against a computed value at the precision the author wrote: the computed base
     * value is converted to the figure's display scale and rounded to its decimals with {@code mode}
     * ({@link RoundingMode#HALF_UP} for 四舍五入, {@link RoundingMode#DOWN} for 截断, {@link RoundingMode#UP}
     * for 进一); it must then equal the number written. "98.97%" against 5279 / 5534 shows "95.39%".
     *
     * @throws IllegalStateException if {@code left} is a date
     */
    public static Comparison compareAtPrecision(Quantity left, BigDecimal computedBase, RoundingMode mode) {
        BigDecimal shown = left.toDisplay(computedBase).setScale(left.decimals(), mode);
        return new Comparison(shown.compareTo(left.number()) == 0, left.written(), show(left, shown),
                shown);
    }

    /**
     * Checks that a written figure lies within {@code toleranceBase} of a computed value (≈ with 允差). The
     * tolerance is in base units, i.e. the {@link Quantity#value()} of the 允差 literal (0.1% → 0.001). The
     * computed value is shown rounded half-up to the figure's decimals.
     */
    public static Comparison approxEquals(Quantity left, BigDecimal computedBase, BigDecimal toleranceBase) {
        Objects.requireNonNull(toleranceBase, "toleranceBase");
        boolean holds = left.value().subtract(computedBase).abs().compareTo(toleranceBase.abs()) <= 0;
        BigDecimal shown = left.toDisplay(computedBase).setScale(left.decimals(), RoundingMode.HALF_UP);
        return new Comparison(holds, left.written(), show(left, shown), shown);
    }

    private static String show(Quantity q, BigDecimal number) {
        return number.setScale(q.decimals(), RoundingMode.HALF_UP).toPlainString() + q.scaleWord() + q.unit();
    }
}
