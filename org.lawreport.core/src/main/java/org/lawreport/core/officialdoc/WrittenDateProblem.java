package org.lawreport.core.officialdoc;

import java.util.Objects;

/**
 * What is wrong with a 成文日期, and where.
 *
 * @param code   what is wrong
 * @param offset where the offending text starts
 * @param length its length; 0 for something missing (the offset is where it belongs)
 */
public record WrittenDateProblem(Code code, int offset, int length) {

    /** What is wrong with a 成文日期 (GB/T 9704-2012: Arabic numerals, full year, no leading zeros). */
    public enum Code {
        /** Written in Chinese numerals: 二〇二五年一月二十二日 (the span is the whole date). */
        CHINESE_NUMERALS,
        /** A month or day with a leading zero: 2025年01月22日. */
        LEADING_ZERO,
        /** 年, 月 or 日 is missing, or the year is not written in full (21年). */
        MISSING_PART,
        /** Text after the date: the 印 of "2021年2月23日印". */
        TRAILING_TEXT,
        /** A date that does not exist: 2025年2月30日. */
        INVALID_DATE,
        /** Not a date of the form …年…月…日 at all. */
        NOT_A_DATE
    }

    /** Checks the code and the span. */
    public WrittenDateProblem {
        Objects.requireNonNull(code, "code");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad span " + offset + "+" + length);
        }
    }
}
