package org.lawreport.core.officialdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.core.officialdoc.WrittenDateParse;
import org.lawreport.core.officialdoc.WrittenDateProblem.Code;
import org.lawreport.core.officialdoc.WrittenDateProblem;

class WrittenDateTest {

    private static WrittenDateProblem problem(Code code, int offset, int length) {
        return new WrittenDateProblem(code, offset, length);
    }

    @ParameterizedTest
    @CsvSource({"2025年1月22日, 2025-01-22", "2021年2月23日, 2021-02-23", "2023年2月2日, 2023-02-02",
        "2024年12月31日, 2024-12-31", "2024年2月29日, 2024-02-29"})
    void standardForm(String text, LocalDate date) {
        WrittenDateParse parse = WrittenDate.parse(text);
        assertEquals(Optional.of(date), parse.date());
        assertEquals(List.of(), parse.problems());
        assertTrue(parse.isStandard());
    }

    @Test
    void chineseNumeralsAreReportedAndStillRead() {
        WrittenDateParse parse = WrittenDate.parse("二〇二五年一月二十二日");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 22)), parse.date());
        assertEquals(List.of(problem(Code.CHINESE_NUMERALS, 0, 11)), parse.problems());
        assertFalse(parse.isStandard());
    }

    @Test
    void chineseNumeralsWithRingZero() {
        WrittenDateParse parse = WrittenDate.parse("二○二○年十二月三十一日");
        assertEquals(Optional.of(LocalDate.of(2020, 12, 31)), parse.date());
        assertTrue(parse.has(Code.CHINESE_NUMERALS));
    }

    @Test
    void leadingZerosAreReportedPerField() {
        WrittenDateParse parse = WrittenDate.parse("2025年01月02日");
        assertEquals(Optional.of(LocalDate.of(2025, 1, 2)), parse.date());
        assertEquals(List.of(problem(Code.LEADING_ZERO, 5, 2), problem(Code.LEADING_ZERO, 8, 2)), parse.problems());
    }

    @Test
    void printingMarkAfterTheDateOfSeed003() {
        WrittenDateParse parse = WrittenDate.parse("2021年2月23日印");
        assertEquals(Optional.of(LocalDate.of(2021, 2, 23)), parse.date());
        assertEquals(List.of(problem(Code.TRAILING_TEXT, 10, 1)), parse.problems());
    }

    @Test
    void impossibleDate() {
        WrittenDateParse parse = WrittenDate.parse("2025年2月30日");
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.INVALID_DATE, 0, 10)), parse.problems());
        assertTrue(WrittenDate.parse("2025年13月1日").has(Code.INVALID_DATE));
        assertTrue(WrittenDate.parse("20250年1月1日").has(Code.INVALID_DATE));
    }

    @Test
    void missingDay() {
        WrittenDateParse parse = WrittenDate.parse("2025年1月");
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.MISSING_PART, 7, 0)), parse.problems());
    }

    @Test
    void missingYear() {
        WrittenDateParse parse = WrittenDate.parse("1月22日");
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.MISSING_PART, 0, 0)), parse.problems());
    }

    @Test
    void missingMonth() {
        assertEquals(List.of(problem(Code.MISSING_PART, 5, 0)), WrittenDate.parse("2025年22日").problems());
    }

    @Test
    void yearNotInFull() {
        WrittenDateParse parse = WrittenDate.parse("25年1月22日");
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.MISSING_PART, 0, 2)), parse.problems());
    }

    @Test
    void dayWithoutItsCharacter() {
        WrittenDateParse parse = WrittenDate.parse("2025年1月22");
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.MISSING_PART, 7, 0), problem(Code.TRAILING_TEXT, 7, 2)), parse.problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2025-01-22", "2025.1.22", "印发日期2025年1月22日", "1月2025年22日", "今天"})
    void notADate(String text) {
        WrittenDateParse parse = WrittenDate.parse(text);
        assertEquals(Optional.empty(), parse.date());
        assertEquals(List.of(problem(Code.NOT_A_DATE, 0, text.length())), parse.problems());
    }
}
