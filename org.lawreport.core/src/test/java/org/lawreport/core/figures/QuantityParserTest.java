package org.lawreport.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawreport.core.figures.Approximation;
import org.lawreport.core.figures.CalendarDate;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.QuantityProblem;
import org.lawreport.core.figures.RangeEnd;
import org.lawreport.core.figures.UnitCatalog;

class QuantityParserTest {

    private static Quantity parse(String literal) {
        return parseOk(literal, false);
    }

    private static Quantity parseOk(String literal, boolean afterOrdinal) {
        QuantityParse parse = QuantityParser.parse(literal, UnitCatalog.standard(), afterOrdinal);
        assertTrue(parse.isValid(), () -> literal + " → " + parse);
        return parse.quantity().orElseThrow();
    }

    private static QuantityProblem problem(String literal, boolean afterOrdinal) {
        QuantityParse parse = QuantityParser.parse(literal, UnitCatalog.standard(), afterOrdinal);
        assertFalse(parse.isValid(), () -> literal + " → " + parse);
        assertTrue(parse.quantity().isEmpty());
        return parse.problem().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // literal    | kind     | number | decimals | scale word | unit     | approximation | base value
        "71.33万件     | COUNT    | 71.33  | 2 | 万 | 件        | EXACT     | 713300",
        "2.3万件       | COUNT    | 2.3    | 1 | 万 | 件        | EXACT     | 23000",
        "96.77%       | PERCENT  | 96.77  | 2 | '' | %        | EXACT     | 0.9677",
        "100％        | PERCENT  | 100    | 0 | '' | ％        | EXACT     | 1",
        "3个百分点      | PERCENT  | 3      | 0 | '' | 个百分点   | EXACT     | 0.03",
        "5‰           | PERCENT  | 5      | 0 | '' | ‰        | EXACT     | 0.005",
        "1200余件      | COUNT    | 1200   | 0 | '' | 件        | MORE_THAN | 1200",
        "25余万次      | COUNT    | 25     | 0 | 万 | 次        | MORE_THAN | 250000",
        "15万余次      | COUNT    | 15     | 0 | 万 | 次        | MORE_THAN | 150000",
        "2000多个      | COUNT    | 2000   | 0 | '' | 个        | MORE_THAN | 2000",
        "9萬余件       | COUNT    | 9      | 0 | 萬 | 件        | MORE_THAN | 90000",
        "42.16亿元     | MONEY    | 42.16  | 2 | 亿 | 元        | EXACT     | 4216000000",
        "2010万元      | MONEY    | 2010   | 0 | 万 | 元        | EXACT     | 20100000",
        "400余万元     | MONEY    | 400    | 0 | 万 | 元        | MORE_THAN | 4000000",
        "60个工作日     | DURATION | 60     | 0 | '' | 个工作日   | EXACT     | 60",
        "4.42天       | DURATION | 4.42   | 2 | '' | 天        | EXACT     | 4.42",
        "4小时         | DURATION | 4      | 0 | '' | 小时      | EXACT     | 4",
        "3年          | DURATION | 3      | 0 | '' | 年        | EXACT     | 3",
        "1.5日        | DURATION | 1.5    | 1 | '' | 日        | EXACT     | 1.5",
        "0.16次       | COUNT    | 0.16   | 2 | '' | 次        | EXACT     | 0.16",
        "40人次        | COUNT    | 40     | 0 | '' | 人次      | EXACT     | 40",
        "2.5平方米     | PLAIN    | 2.5    | 1 | '' | 平方米     | EXACT     | 2.5",
        "21514        | PLAIN    | 21514  | 0 | '' | ''       | EXACT     | 21514",
        "0            | PLAIN    | 0      | 0 | '' | ''       | EXACT     | 0",
    })
    void readsTheFigureForms(String literal, QuantityKind kind, BigDecimal number, int decimals, String scaleWord,
            String unit, Approximation approximation, BigDecimal value) {
        Quantity q = parse(literal);
        assertEquals(literal, q.written());
        assertEquals(kind, q.kind());
        assertEquals(number, q.number());
        assertEquals(decimals, q.decimals());
        assertEquals(scaleWord, q.scaleWord());
        assertEquals(unit, q.unit());
        assertEquals(approximation, q.approximation());
        assertEquals(0, value.compareTo(q.value()), () -> "value " + q.value());
        assertEquals(Optional.empty(), q.rangeEnd());
        assertEquals(Optional.empty(), q.calendar());
    }

    @Test
    void scaleIsTheFactorOfTheScaleWord() {
        assertEquals(0, parse("71.33万件").scale().compareTo(new BigDecimal(10_000)));
        assertEquals(0, parse("42.16亿元").scale().compareTo(new BigDecimal(100_000_000)));
        assertEquals(0, parse("1235项").scale().compareTo(BigDecimal.ONE));
    }

    @Test
    void fullWidthPercentIsMarked() {
        assertTrue(parse("100％").fullWidthPercent());
        assertFalse(parse("100%").fullWidthPercent());
    }

    @Test
    void toDisplayIsTheInverseOfValue() {
        Quantity percent = parse("96.77%");
        assertEquals(0, new BigDecimal("95.391").compareTo(percent.toDisplay(new BigDecimal("0.95391"))));
        assertEquals(0, percent.number().compareTo(percent.toDisplay(percent.value())));
        Quantity wan = parse("71.33万件");
        assertEquals(0, new BigDecimal("71.33").compareTo(wan.toDisplay(new BigDecimal(713300))));
        Quantity yi = parse("42.16亿元");
        assertEquals(0, new BigDecimal("42.16").compareTo(yi.toDisplay(new BigDecimal("4216000000"))));
        Quantity perMille = parse("5‰");
        assertEquals(0, new BigDecimal("5").compareTo(perMille.toDisplay(new BigDecimal("0.005"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2025年1月22日 | 2025 | 1  | 22 | 日",
        "2021年2月23日 | 2021 | 2  | 23 | 日",
        "2024年2月29日 | 2024 | 2  | 29 | 日",
        "12月31日     |      | 12 | 31 | 日",
        "9月5日       |      | 9  | 5  | 日",
        "2月29日      |      | 2  | 29 | 日",
        "11日         |      |    | 11 | 日",
        "2024年1月    | 2024 | 1  |    | 月",
        "9月          |      | 9  |    | 月",
        "2024年       | 2024 |    |    | 年",
    })
    void readsDates(String literal, Integer year, Integer month, Integer day, String unit) {
        Quantity q = parse(literal);
        assertEquals(QuantityKind.DATE, q.kind());
        assertEquals(unit, q.unit());
        assertEquals(Optional.of(new CalendarDate(optional(year), optional(month), optional(day))), q.calendar());
    }

    private static OptionalInt optional(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    @Test
    void aDateHasNoNumericValue() {
        Quantity date = parse("12月31日");
        assertThrows(IllegalStateException.class, date::value);
        assertThrows(IllegalStateException.class, () -> date.toDisplay(BigDecimal.ONE));
    }

    @Test
    void rangeOfCounts() {
        Quantity q = parse("2-3个");
        assertEquals(QuantityKind.COUNT, q.kind());
        assertEquals(new BigDecimal(2), q.number());
        assertEquals(Optional.of(new RangeEnd("-", new BigDecimal(3))), q.rangeEnd());
        assertTrue(q.isRange());
        assertEquals(Optional.of(new BigDecimal(3)), q.rangeEndValue());
    }

    @Test
    void rangeTakesTheScaleWordOfItsEnd() {
        Quantity q = parse("2～3万件");
        assertEquals(0, new BigDecimal(30_000).compareTo(q.rangeEndValue().orElseThrow()));
        assertEquals("～", q.rangeEnd().orElseThrow().separator());
    }

    @Test
    void rangeOfMonthsIsADate() {
        Quantity q = parse("9-10月");
        assertEquals(QuantityKind.DATE, q.kind());
        assertEquals(OptionalInt.of(9), q.calendar().orElseThrow().month());
        assertEquals(Optional.of(new RangeEnd("-", new BigDecimal(10))), q.rangeEnd());
    }

    @ParameterizedTest
    @CsvSource({"1至6月, 至", "2021—2025年, —", "5~6日, ~"})
    void rangeSeparators(String literal, String separator) {
        Quantity q = parse(literal);
        assertEquals(QuantityKind.DATE, q.kind());
        assertEquals(separator, q.rangeEnd().orElseThrow().separator());
    }

    @Test
    void afterOrdinalIsARank() {
        Quantity withUnit = parseOk("2位", true);
        assertEquals(QuantityKind.RANK, withUnit.kind());
        assertEquals("位", withUnit.unit());
        Quantity bare = parseOk("1", true);
        assertEquals(QuantityKind.RANK, bare.kind());
        assertEquals(new BigDecimal(1), bare.number());
        assertEquals(QuantityKind.RANK, parseOk("3名", true).kind());
    }

    @Test
    void sameLiteralWithoutOrdinalIsACount() {
        assertEquals(QuantityKind.COUNT, parse("2位").kind());
        assertEquals(QuantityKind.PLAIN, parse("1").kind());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "12斤         | UNKNOWN_UNIT     | 斤        | 2",
        "2024年度     | UNKNOWN_UNIT     | 年度       | 4",
        "7x24小时     | UNKNOWN_UNIT     | x24小时    | 1",
        "2.0版本      | UNKNOWN_UNIT     | 版本       | 3",
        "3.5月        | UNKNOWN_UNIT     | 月        | 3",
        "3.件         | MALFORMED_NUMBER | 3.       | 0",
        "1.2.3件      | MALFORMED_NUMBER | 1.2.3    | 0",
        "2-个         | MALFORMED_NUMBER | 2-       | 0",
        "约12件        | MALFORMED_NUMBER | 约        | 0",
        "05月         | LEADING_ZERO     | 05       | 0",
        "2024年05月   | LEADING_ZERO     | 05       | 5",
        "08件         | LEADING_ZERO     | 08       | 0",
        "13月         | INVALID_DATE     | 13月      | 0",
        "9-13月       | INVALID_DATE     | 13月      | 2",
        "2月30日      | INVALID_DATE     | 30日      | 2",
        "2023年2月29日 | INVALID_DATE     | 29日      | 7",
        "4月31日      | INVALID_DATE     | 31日      | 2",
        "32日         | INVALID_DATE     | 32日      | 0",
        "0月          | INVALID_DATE     | 0月       | 0",
        "9-10月5日    | INVALID_DATE     | 9-10月5日 | 0",
    })
    void reportsProblems(String literal, QuantityProblem.Code code, String fragment, int offset) {
        assertEquals(new QuantityProblem(code, fragment, offset), problem(literal, false));
    }

    @Test
    void emptyLiteral() {
        assertEquals(QuantityProblem.Code.EMPTY, problem("", false).code());
        assertEquals(QuantityProblem.Code.EMPTY, problem(" ", false).code());
    }

    @Test
    void rankWithAnUnknownUnit() {
        assertEquals(new QuantityProblem(QuantityProblem.Code.UNKNOWN_UNIT, "季度", 1), problem("3季度", true));
    }

    @Test
    void customCatalogDecidesTheUnits() {
        UnitCatalog catalog = UnitCatalog.builder().add(QuantityKind.COUNT, "斤").build();
        assertEquals(QuantityKind.COUNT,
                QuantityParser.parse("12斤", catalog, false).quantity().orElseThrow().kind());
        assertEquals(QuantityProblem.Code.UNKNOWN_UNIT,
                QuantityParser.parse("12件", catalog, false).problem().orElseThrow().code());
    }
}
