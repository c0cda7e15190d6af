package org.lawreport.core.figures;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A parsed figure literal such as "71.33万件", "96.77%", "25余万次", "9-10月" or "2025年1月22日".
 *
 * <p>The literal is kept as written; {@link #value()} gives the number in base units (件, 元, a fraction for
 * percentages) and {@link #toDisplay(BigDecimal)} converts a base value back to the way this literal shows it,
 * so that a computed value can be rounded to {@link #decimals()} and compared with {@link #number()}.
 *
 * @param written          the literal exactly as written
 * @param kind             what the literal measures
 * @param number           the (first) number as written, e.g. 71.33 for "71.33万件"; for a date its first field
 * @param decimals         digits written after the decimal point (2 for 71.33)
 * @param scale            1, 10000 (万) or 100000000 (亿)
 * @param scaleWord        "", "万" or "亿" (or the traditional 萬 / 億) as written
 * @param unit             the unit as written ("件", "%", "个工作日"); "" for none; for a date the unit of its
 *                         last field (年, 月 or 日)
 * @param approximation    {@link Approximation#MORE_THAN} for 余 / 多
 * @param rangeEnd         the upper end of a range ("2-3个"), if any
 * @param calendar         the calendar fields of a {@link QuantityKind#DATE}, empty for other kinds
 * @param fullWidthPercent whether the unit is the full-width percent sign ％
 */
public record Quantity(String written, QuantityKind kind, BigDecimal number, int decimals, BigDecimal scale,
        String scaleWord, String unit, Approximation approximation, Optional<RangeEnd> rangeEnd,
        Optional<CalendarDate> calendar, boolean fullWidthPercent) {

    /** The factor of 万. */
    public static final BigDecimal WAN = new BigDecimal(10_000);
    /** The factor of 亿. */
    public static final BigDecimal YI = new BigDecimal(100_000_000);

    private static final BigDecimal PERCENT_FACTOR = new BigDecimal("0.01");
    private static final BigDecimal PER_MILLE_FACTOR = new BigDecimal("0.001");

    /** Checks that every component is present and {@code decimals} is not negative. */
    public Quantity {
        Objects.requireNonNull(written, "written");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(scaleWord, "scaleWord");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(approximation, "approximation");
        Objects.requireNonNull(rangeEnd, "rangeEnd");
        Objects.requireNonNull(calendar, "calendar");
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals < 0");
        }
    }

    /**
     * The number in base units: 71.33万件 → 713300, 42.16亿元 → 4216000000, 96.77% → 0.9677 (a fraction),
     * 5‰ → 0.005. Durations stay in their own unit (60个工作日 → 60).
     *
     * @throws IllegalStateException for a {@link QuantityKind#DATE}, which has no numeric value
     */
    public BigDecimal value() {
        return number.multiply(displayFactor());
    }

    /** The upper end of a range in base units, like {@link #value()}. */
    public Optional<BigDecimal> rangeEndValue() {
        return rangeEnd.map(end -> end.number().multiply(displayFactor()));
    }

    /**
     * Expresses a base value the way this literal shows numbers: 0.95391 → 95.391 for a percent,
     * 713300 → 71.33 for 万件. The result is exact; round it to {@link #decimals()} to compare with
     * {@link #number()}.
     *
     * @throws IllegalStateException for a {@link QuantityKind#DATE}
     */
    public BigDecimal toDisplay(BigDecimal baseValue) {
        return baseValue.divide(displayFactor());
    }

    /** Whether this literal is a range such as "2-3个". */
    public boolean isRange() {
        return rangeEnd.isPresent();
    }

    private BigDecimal displayFactor() {
        if (kind == QuantityKind.DATE) {
            throw new IllegalStateException("a date has no numeric value: " + written);
        }
        if (kind == QuantityKind.PERCENT) {
            return scale.multiply("‰".equals(unit) ? PER_MILLE_FACTOR : PERCENT_FACTOR);
        }
        return scale;
    }
}
