package org.lawreport.core.officialdoc;

import java.util.Objects;

/**
 * What is wrong with a 发文字号, and where.
 *
 * @param code   what is wrong
 * @param offset where the offending text starts
 * @param length its length; 0 for something missing (the offset is where it belongs)
 */
public record DocumentNumberProblem(Code code, int offset, int length) {

    /** What is wrong with a 发文字号 (GB/T 9704-2012: 机关代字〔YYYY〕N号). */
    public enum Code {
        /** The year is not in 六角括号 〔〕: 【2021】, [2021], （2021）… (the span covers both brackets). */
        WRONG_BRACKETS,
        /** A 第 before the serial number: 〔2021〕第10号. */
        ORDINAL_DI,
        /** The serial number has leading zeros: 〔2021〕010号 (the span covers the zeros). */
        LEADING_ZERO,
        /** The final 号 is missing. */
        MISSING_HAO,
        /** The year inside the brackets is not four Arabic digits: 〔21〕. */
        YEAR_NOT_FOUR_DIGITS,
        /** Nothing before the bracketed year: the 机关代字 is missing. */
        MISSING_ISSUER_CODE,
        /** Text after the final 号. */
        TRAILING_TEXT,
        /** Not of the form 机关代字〔YYYY〕N号 at all. */
        NOT_A_DOCUMENT_NUMBER
    }

    /** Checks the code and the span. */
    public DocumentNumberProblem {
        Objects.requireNonNull(code, "code");
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad span " + offset + "+" + length);
        }
    }
}
