package org.lawreport.core.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The values each {@link QuantityKind} allows:
 * <ul>
 * <li>a percent (%, ％, ‰) lies within 0–100 % unless it is a growth rate; a change in 个百分点 is not bounded;</li>
 * <li>a count is a whole, non-negative number of its unit (71.33万件 = 713300件 is whole); an average need not be
 * whole;</li>
 * <li>money and durations are not negative.</li>
 * </ul>
 * Both ends of a range are checked.
 */
public final class QuantityConstraints {

    private QuantityConstraints() {
    }

    /**
     * Checks one figure.
     *
     * @param growth  the figure is declared a growth rate (增幅)
     * @param average the figure is declared an average (平均)
     */
    public static List<ConstraintViolation> check(Quantity q, boolean growth, boolean average) {
        List<ConstraintViolation> violations = new ArrayList<>();
        List<BigDecimal> numbers = new ArrayList<>();
        numbers.add(q.number());
        q.rangeEnd().ifPresent(end -> numbers.add(end.number()));
        for (BigDecimal number : numbers) {
            switch (q.kind()) {
                case PERCENT -> {
                    if (!growth && !q.unit().endsWith("百分点")) {
                        BigDecimal upper = q.toDisplay(BigDecimal.ONE).setScale(0, RoundingMode.UNNECESSARY);
                        if (number.signum() < 0) {
                            violations.add(violation(ConstraintViolation.Code.PERCENT_OUT_OF_RANGE, q, number,
                                    BigDecimal.ZERO));
                        } else if (number.compareTo(upper) > 0) {
                            violations.add(violation(ConstraintViolation.Code.PERCENT_OUT_OF_RANGE, q, number,
                                    upper));
                        }
                    }
                }
                case COUNT -> {
                    if (number.signum() < 0) {
                        violations.add(violation(ConstraintViolation.Code.NEGATIVE, q, number, BigDecimal.ZERO));
                    } else if (!average && !isWhole(number.multiply(q.scale()))) {
                        violations.add(new ConstraintViolation(ConstraintViolation.Code.COUNT_NOT_WHOLE, q, number,
                                Optional.empty()));
                    }
                }
                case MONEY, DURATION -> {
                    if (number.signum() < 0) {
                        violations.add(violation(ConstraintViolation.Code.NEGATIVE, q, number, BigDecimal.ZERO));
                    }
                }
                default -> {
                    // dates are checked by the parser; ranks and plain numbers carry no constraint
                }
            }
        }
        return List.copyOf(violations);
    }

    private static ConstraintViolation violation(ConstraintViolation.Code code, Quantity q, BigDecimal number,
            BigDecimal bound) {
        return new ConstraintViolation(code, q, number, Optional.of(bound));
    }

    private static boolean isWhole(BigDecimal value) {
        return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
