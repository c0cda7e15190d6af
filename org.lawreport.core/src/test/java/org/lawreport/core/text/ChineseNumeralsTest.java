package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.text.ChineseNumerals;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "30, 三十",
        "45, 四十五", "99, 九十九"})
    void writesNumerals(int n, String numeral) {
        assertEquals(numeral, ChineseNumerals.of(n));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 100})
    void outsideOneToNinetyNine(int n) {
        assertThrows(IllegalArgumentException.class, () -> ChineseNumerals.of(n));
    }

    @Test
    void parseReadsEveryNumeralItWrites() {
        for (int n = 1; n <= 99; n++) {
            assertEquals(OptionalInt.of(n), ChineseNumerals.parse(ChineseNumerals.of(n)), ChineseNumerals.of(n));
        }
    }

    @ParameterizedTest
    @CsvSource({"二〇二五, 2025", "二○二一, 2021", "二零二四, 2024", "〇, 0"})
    void parseReadsYearsDigitByDigit(String numeral, int value) {
        assertEquals(OptionalInt.of(value), ChineseNumerals.parse(numeral));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "十十", "一十", "十〇", "二十二十", "百", "2025", "十一二"})
    void parseRejectsOtherText(String text) {
        assertEquals(OptionalInt.empty(), ChineseNumerals.parse(text));
    }
}
