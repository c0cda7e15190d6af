package org.lawreport.core.text;

import java.util.OptionalInt;

/** Chinese numerals as used in heading numbers (一、二十一、) and in dates written out (二〇二五年). */
public final class ChineseNumerals {

    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /**
     * The numeral for 1..99: 一 … 十, 十一 … 十九, 二十, 二十一 … 九十九.
     *
     * @throws IllegalArgumentException outside 1..99
     */
    public static String of(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("outside 1..99: " + n);
        }
        int tens = n / 10;
        int ones = n % 10;
        StringBuilder sb = new StringBuilder();
        if (tens > 1) {
            sb.append(DIGITS.charAt(tens));
        }
        if (tens > 0) {
            sb.append('十');
        }
        if (ones > 0) {
            sb.append(DIGITS.charAt(ones));
        }
        return sb.toString();
    }

    /**
     * Reads a numeral: the forms {@link #of} writes (十二, 二十, 三十一), and digit-by-digit numbers as years are
     * written (二〇二五, with 〇, ○ or 零 for zero). Empty when the text is not such a numeral.
     */
    public static OptionalInt parse(String text) {
        if (text == null || text.isEmpty()) {
            return OptionalInt.empty();
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            if (text.length() > 9) {
                return OptionalInt.empty();
            }
            int value = 0;
            for (int i = 0; i < text.length(); i++) {
                int digit = digit(text.charAt(i));
                if (digit < 0) {
                    return OptionalInt.empty();
                }
                value = value * 10 + digit;
            }
            return OptionalInt.of(value);
        }
        String before = text.substring(0, ten);
        String after = text.substring(ten + 1);
        if (before.length() > 1 || after.length() > 1) {
            return OptionalInt.empty();
        }
        int tens = before.isEmpty() ? 1 : digit(before.charAt(0));
        int ones = after.isEmpty() ? 0 : digit(after.charAt(0));
        if (tens < 2 && !before.isEmpty() || ones < 1 && !after.isEmpty()) {
            return OptionalInt.empty(); // 一十, 〇十, 十〇
        }
        return OptionalInt.of(tens * 10 + ones);
    }

    /** Whether {@code c} can appear in a numeral {@link #parse} reads. */
    public static boolean isNumeralChar(char c) {
        return c == '十' || digit(c) >= 0;
    }

    private static int digit(char c) {
        if (c == '○' || c == '零') {
            return 0;
        }
        return DIGITS.indexOf(c);
    }
}
