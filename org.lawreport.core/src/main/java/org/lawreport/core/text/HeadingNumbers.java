package org.lawreport.core.text;

/**
 * The printed numbers of the heading levels (GB/T 9704-2012): 一、 → （一） → 1. → （1）, and the run-in
 * numbers 一是、二是 inside paragraphs. Numbers start at 1.
 */
public final class HeadingNumbers {

    private HeadingNumbers() {
    }

    /** A part: "一、" (1..99). */
    public static String part(int n) {
        return ChineseNumerals.of(n) + "、";
    }

    /** A section: "（一）" with full-width parentheses and no 顿号 (1..99). */
    public static String section(int n) {
        return "（" + ChineseNumerals.of(n) + "）";
    }

    /** An item: "1." with a half-width full stop. */
    public static String item(int n) {
        return positive(n) + ".";
    }

    /** A sub-item: "（1）" with full-width parentheses. */
    public static String subItem(int n) {
        return "（" + positive(n) + "）";
    }

    /** A run-in point: "一是" (1..99). */
    public static String runIn(int n) {
        return ChineseNumerals.of(n) + "是";
    }

    private static int positive(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("heading numbers start at 1: " + n);
        }
        return n;
    }
}
