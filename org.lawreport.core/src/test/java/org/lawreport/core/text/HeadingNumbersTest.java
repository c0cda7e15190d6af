package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawreport.core.text.HeadingNumbers;

class HeadingNumbersTest {

    @ParameterizedTest
    @CsvSource({"1, 一、, （一）, 1., （1）, 一是", "4, 四、, （四）, 4., （4）, 四是",
        "12, 十二、, （十二）, 12., （12）, 十二是"})
    void numbersOfEachLevel(int n, String part, String section, String item, String subItem, String runIn) {
        assertEquals(part, HeadingNumbers.part(n));
        assertEquals(section, HeadingNumbers.section(n));
        assertEquals(item, HeadingNumbers.item(n));
        assertEquals(subItem, HeadingNumbers.subItem(n));
        assertEquals(runIn, HeadingNumbers.runIn(n));
    }

    @Test
    void sectionUsesFullWidthParenthesesAndNoComma() {
        assertEquals("（三）", HeadingNumbers.section(3));
        assertEquals('（', HeadingNumbers.section(3).charAt(0));
    }

    @Test
    void numbersStartAtOne() {
        assertThrows(IllegalArgumentException.class, () -> HeadingNumbers.part(0));
        assertThrows(IllegalArgumentException.class, () -> HeadingNumbers.item(0));
        assertThrows(IllegalArgumentException.class, () -> HeadingNumbers.subItem(-1));
    }
}
