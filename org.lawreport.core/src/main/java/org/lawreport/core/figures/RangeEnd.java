package org.lawreport.core.figures;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The second number of a range literal such as "2-3个" or "9-10月".
 *
 * @param separator the separator as written: one of - ～ ~ — 至
 * @param number    the upper number as written (same scale word and unit as the lower one)
 */
public record RangeEnd(String separator, BigDecimal number) {
    /** Checks that both parts are present. */
    public RangeEnd {
        Objects.requireNonNull(separator, "separator");
        Objects.requireNonNull(number, "number");
    }
}
