package org.lawreport.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.figures.Approximation;
import org.lawreport.core.figures.ConstraintViolation;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityConstraints;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;

class QuantityConstraintsTest {

    private static Quantity q(String literal) {
        return QuantityParser.parse(literal, UnitCatalog.standard(), false).quantity().orElseThrow();
    }

    private static Quantity negative(QuantityKind kind, String unit) {
        return new Quantity("-5" + unit, kind, new BigDecimal(-5), 0, BigDecimal.ONE, "", unit,
                Approximation.EXACT, Optional.empty(), Optional.empty(), false);
    }

    @ParameterizedTest
    @ValueSource(strings = {"96.77%", "100％", "0%", "34.9%", "71.33万件", "1200余件", "25余万次", "1.16万件",
        "15.3万个", "42.16亿元", "60个工作日", "4.42天", "2-3个", "150个百分点", "2025年1月22日"})
    void realFiguresPass(String literal) {
        assertEquals(List.of(), QuantityConstraints.check(q(literal), false, false));
    }

    @Test
    void percentAboveHundred() {
        Quantity q = q("120%");
        List<ConstraintViolation> violations = QuantityConstraints.check(q, false, false);
        assertEquals(1, violations.size());
        ConstraintViolation v = violations.get(0);
        assertEquals(ConstraintViolation.Code.PERCENT_OUT_OF_RANGE, v.code());
        assertEquals(q, v.quantity());
        assertEquals(0, new BigDecimal(120).compareTo(v.value()));
        assertEquals(0, new BigDecimal(100).compareTo(v.bound().orElseThrow()));
    }

    @Test
    void growthRateMayExceedHundred() {
        assertEquals(List.of(), QuantityConstraints.check(q("120%"), true, false));
    }

    @Test
    void perMilleIsBoundedByAThousand() {
        assertEquals(List.of(), QuantityConstraints.check(q("999‰"), false, false));
        ConstraintViolation v = QuantityConstraints.check(q("1200‰"), false, false).get(0);
        assertEquals(ConstraintViolation.Code.PERCENT_OUT_OF_RANGE, v.code());
        assertEquals(0, new BigDecimal(1000).compareTo(v.bound().orElseThrow()));
    }

    @Test
    void rangeEndIsChecked() {
        List<ConstraintViolation> violations = QuantityConstraints.check(q("90-120%"), false, false);
        assertEquals(1, violations.size());
        assertEquals(0, new BigDecimal(120).compareTo(violations.get(0).value()));
    }

    @Test
    void fractionalCountIsNotWhole() {
        Quantity q = q("0.16次");
        ConstraintViolation v = QuantityConstraints.check(q, false, false).get(0);
        assertEquals(ConstraintViolation.Code.COUNT_NOT_WHOLE, v.code());
        assertEquals(Optional.empty(), v.bound());
        assertEquals(0, new BigDecimal("0.16").compareTo(v.value()));
    }

    @Test
    void averageCountNeedNotBeWhole() {
        assertEquals(List.of(), QuantityConstraints.check(q("0.16次"), false, true));
    }

    @Test
    void scaledCountMustBeWholeInBaseUnits() {
        assertEquals(List.of(), QuantityConstraints.check(q("71.33万件"), false, false));
        assertEquals(ConstraintViolation.Code.COUNT_NOT_WHOLE,
                QuantityConstraints.check(q("1.23456万件"), false, false).get(0).code());
    }

    @Test
    void negativeCountMoneyAndDuration() {
        for (Quantity q : List.of(negative(QuantityKind.COUNT, "件"), negative(QuantityKind.MONEY, "元"),
                negative(QuantityKind.DURATION, "天"))) {
            List<ConstraintViolation> violations = QuantityConstraints.check(q, false, true);
            assertEquals(1, violations.size(), q::written);
            assertEquals(ConstraintViolation.Code.NEGATIVE, violations.get(0).code());
            assertEquals(0, BigDecimal.ZERO.compareTo(violations.get(0).bound().orElseThrow()));
        }
    }

    @Test
    void negativePercentIsOutOfRangeUnlessGrowth() {
        Quantity q = negative(QuantityKind.PERCENT, "%");
        assertEquals(ConstraintViolation.Code.PERCENT_OUT_OF_RANGE,
                QuantityConstraints.check(q, false, false).get(0).code());
        assertTrue(QuantityConstraints.check(q, true, false).isEmpty());
    }
}
