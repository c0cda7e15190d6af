package org.lawreport.core.figures.arithmetic;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The result of checking a written figure against a computed value.
 *
 * @param holds           whether the figure agrees with the computed value
 * @param writtenShown    the figure as written, e.g. "98.97%"
 * @param computedShown   the computed value shown the same way, rounded to the figure's decimals, e.g. "95.39%"
 * @param computedDisplay the rounded computed value in the figure's display units (95.39)
 */
public record Comparison(boolean holds, String writtenShown, String computedShown, BigDecimal computedDisplay) {
    /** Checks that every component is present. */
    public Comparison {
        Objects.requireNonNull(writtenShown, "writtenShown");
        Objects.requireNonNull(computedShown, "computedShown");
        Objects.requireNonNull(computedDisplay, "computedDisplay");
    }
}
