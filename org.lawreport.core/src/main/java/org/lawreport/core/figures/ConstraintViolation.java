package org.lawreport.core.figures;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A figure whose value its kind does not allow.
 *
 * @param code     what is wrong
 * @param quantity the figure
 * @param value    the offending number in the figure's display units (the number as written, or the range end)
 * @param bound    the limit crossed, in the same units (0 or 100 for a percent, 0 for a negative value); empty
 *                 for {@link Code#COUNT_NOT_WHOLE}
 */
public record ConstraintViolation(Code code, Quantity quantity, BigDecimal value, Optional<BigDecimal> bound) {

    /** What is wrong. */
    public enum Code {
        /** A percent outside 0–100 that is not declared a growth rate (增幅). */
        PERCENT_OUT_OF_RANGE,
        /** A count that is not a whole number of its unit and not declared an average (平均). */
        COUNT_NOT_WHOLE,
        /** A count, an amount of money or a duration below zero. */
        NEGATIVE
    }

    /** Checks that every component is present. */
    public ConstraintViolation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(bound, "bound");
    }
}
