package org.lawreport.core.figures.arithmetic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.core.figures.arithmetic.Comparison;
import org.lawreport.core.figures.arithmetic.Outcome;
import org.lawreport.core.figures.arithmetic.RuleArithmetic.Operator;
import org.lawreport.core.figures.arithmetic.RuleArithmetic;

class RuleArithmeticTest {

    private static Quantity q(String literal) {
        return QuantityParser.parse(literal, UnitCatalog.standard(), false).quantity().orElseThrow();
    }

    private static Outcome value(String literal) {
        return Outcome.of(q(literal).value());
    }

    private static BigDecimal valueOf(Outcome outcome) {
        return assertInstanceOf(Outcome.Value.class, outcome).value();
    }

    @Test
    void divisionByZero() {
        assertInstanceOf(Outcome.DivisionByZero.class, RuleArithmetic.divide(BigDecimal.ONE, BigDecimal.ZERO));
        assertInstanceOf(Outcome.DivisionByZero.class,
                RuleArithmetic.divide(BigDecimal.ONE, new BigDecimal("0.00")));
    }

    @Test
    void divisionByZeroPropagates() {
        Outcome zero = RuleArithmetic.divide(BigDecimal.ONE, BigDecimal.ZERO);
        assertInstanceOf(Outcome.DivisionByZero.class, RuleArithmetic.apply(Operator.ADD, zero, value("3件")));
        assertInstanceOf(Outcome.DivisionByZero.class, RuleArithmetic.apply(Operator.MULTIPLY, value("3件"), zero));
    }

    @Test
    void divisionHasSixteenSignificantDigits() {
        BigDecimal third = valueOf(RuleArithmetic.divide(BigDecimal.ONE, new BigDecimal(3)));
        assertEquals(new BigDecimal("0.3333333333333333"), third);
    }

    @ParameterizedTest
    @CsvSource({"+, ADD", "-, SUBTRACT", "*, MULTIPLY", "×, MULTIPLY", "/, DIVIDE", "÷, DIVIDE"})
    void operatorSymbols(String symbol, Operator operator) {
        assertEquals(Optional.of(operator), Operator.ofSymbol(symbol));
    }

    @Test
    void unknownOperatorSymbol() {
        assertEquals(Optional.empty(), Operator.ofSymbol("%"));
    }

    @Test
    void sumOfScaledCountsHolds() {
        // seed 003: 受理总数 71.33万件 = 即办件 69.03万件 + 承诺件 2.3万件
        Outcome sum = RuleArithmetic.apply(Operator.ADD, value("69.03万件"), value("2.3万件"));
        Comparison c = RuleArithmetic.compareAtPrecision(q("71.33万件"), valueOf(sum), RoundingMode.HALF_UP);
        assertTrue(c.holds());
        assertEquals("71.33万件", c.computedShown());
    }

    @Test
    void wrongRatioShowsBothValues() {
        // seed 000: 办结比例 98.97% but 已办结 5279 / 受理工单 5534 = 95.39%
        Outcome ratio = RuleArithmetic.apply(Operator.DIVIDE, value("5279件"), value("5534件"));
        Comparison c = RuleArithmetic.compareAtPrecision(q("98.97%"), valueOf(ratio), RoundingMode.HALF_UP);
        assertFalse(c.holds());
        assertEquals("98.97%", c.writtenShown());
        assertEquals("95.39%", c.computedShown());
        assertEquals(new BigDecimal("95.39"), c.computedDisplay());
    }

    @Test
    void windowCompressionRateHoldsToOneDecimal() {
        // seed 000: 窗口压缩率 34.9% = 52 / (97 + 52)
        Outcome total = RuleArithmetic.apply(Operator.ADD, value("97个"), value("52个"));
        Outcome ratio = RuleArithmetic.apply(Operator.DIVIDE, value("52个"), total);
        Comparison c = RuleArithmetic.compareAtPrecision(q("34.9%"), valueOf(ratio), RoundingMode.HALF_UP);
        assertTrue(c.holds());
        assertEquals("34.9%", c.computedShown());
    }

    @Test
    void roundingModeDecides() {
        // seed 003: 当场办结率 96.77% vs 69.03 / 71.33 = 0.967755…: 四舍五入 gives 96.78%, 截断 96.77%
        BigDecimal ratio = valueOf(RuleArithmetic.apply(Operator.DIVIDE, value("69.03万件"), value("71.33万件")));
        Quantity rate = q("96.77%");
        Comparison halfUp = RuleArithmetic.compareAtPrecision(rate, ratio, RoundingMode.HALF_UP);
        assertFalse(halfUp.holds());
        assertEquals("96.78%", halfUp.computedShown());
        assertTrue(RuleArithmetic.compareAtPrecision(rate, ratio, RoundingMode.DOWN).holds());
    }

    @Test
    void roundUp() {
        BigDecimal third = valueOf(RuleArithmetic.divide(BigDecimal.ONE, new BigDecimal(3)));
        assertTrue(RuleArithmetic.compareAtPrecision(q("33.34%"), third, RoundingMode.UP).holds());
        assertFalse(RuleArithmetic.compareAtPrecision(q("33.34%"), third, RoundingMode.HALF_UP).holds());
    }

    @Test
    void precisionIsTheWrittenOne() {
        // 71.3万件 is checked to 0.1万: 713340 rounds to 71.3万, 713500 does not
        assertTrue(RuleArithmetic.compareAtPrecision(q("71.3万件"), new BigDecimal(713340), RoundingMode.HALF_UP)
                .holds());
        assertFalse(RuleArithmetic.compareAtPrecision(q("71.3万件"), new BigDecimal(713500), RoundingMode.HALF_UP)
                .holds());
    }

    @Test
    void approxEqualsWithinTolerance() {
        BigDecimal tolerance = q("0.1%").value();
        Comparison near = RuleArithmetic.approxEquals(q("96.77%"), new BigDecimal("0.967755"), tolerance);
        assertTrue(near.holds());
        assertEquals("96.78%", near.computedShown());
        Comparison far = RuleArithmetic.approxEquals(q("98.97%"), new BigDecimal("0.9539"), tolerance);
        assertFalse(far.holds());
        assertEquals("95.39%", far.computedShown());
    }

    @Test
    void approxEqualsAtTheBoundary() {
        BigDecimal tolerance = q("0.1%").value();
        assertTrue(RuleArithmetic.approxEquals(q("96.77%"), new BigDecimal("0.9687"), tolerance).holds());
        assertFalse(RuleArithmetic.approxEquals(q("96.77%"), new BigDecimal("0.96871"), tolerance).holds());
    }
}
