package org.lawreport.core.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Punctuation checks of GB/T 15834-2011 for Chinese prose.
 *
 * <p>A half-width mark , . ; : ? ! counts as punctuation of Chinese text when the nearest non-space character
 * before or after it (on the same line) is Chinese: a Han character, CJK punctuation (、。《》〔〕…),
 * a full-width form (，（）％) or a curly quote (“”‘’). Not reported: a '.' after a digit (3.14, the numbering
 * "1."), ',' and ':' between digits (1,000, 12:30), and marks inside ASCII runs (https://x.y, ICP). A run of two
 * or more dots next to Chinese text is one issue, replaced by "……". A pair of half-width parentheses is reported
 * (both marks) when its content or an outer neighbour is Chinese.
 */
public final class PunctuationScanner {

    private static final String HALF_WIDTH = ",.;:?!()";
    private static final String FULL_WIDTH = "，。；：？！（）";

    private PunctuationScanner() {
    }

    /** Half-width punctuation used in Chinese text, with its full-width replacement, in text order. */
    public static List<PunctuationIssue> halfWidthInChineseText(String text) {
        List<PunctuationIssue> issues = new ArrayList<>();
        parentheses(text, issues);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && i + 1 < n && text.charAt(i + 1) == '.') {
                int end = i;
                while (end < n && text.charAt(end) == '.') {
                    end++;
                }
                if (isChinese(before(text, i)) || isChinese(after(text, end - 1))) {
                    issues.add(new PunctuationIssue(i, end - i, text.substring(i, end), "……"));
                }
                i = end - 1;
                continue;
            }
            if (",.;:?!".indexOf(c) < 0 || betweenDigits(text, i) || c == '.' && i > 0
                    && isAsciiDigit(text.charAt(i - 1))) {
                continue;
            }
            if (isChinese(before(text, i)) || isChinese(after(text, i))) {
                issues.add(replace(text, i));
            }
        }
        issues.sort(Comparator.comparingInt(PunctuationIssue::offset));
        return List.copyOf(issues);
    }

    /** Full-width digits ０-９, one issue per run, with the half-width digits as replacement. */
    public static List<PunctuationIssue> fullWidthDigits(String text) {
        List<PunctuationIssue> issues = new ArrayList<>();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (isFullWidthDigit(text.charAt(i))) {
                int end = i;
                StringBuilder ascii = new StringBuilder();
                while (end < n && isFullWidthDigit(text.charAt(end))) {
                    ascii.append((char) ('0' + text.charAt(end) - '０'));
                    end++;
                }
                issues.add(new PunctuationIssue(i, end - i, text.substring(i, end), ascii.toString()));
                i = end - 1;
            }
        }
        return List.copyOf(issues);
    }

    /** Whether a code point belongs to Chinese text (see the class comment); -1 (no neighbour) is not. */
    public static boolean isChinese(int codePoint) {
        if (codePoint < 0) {
            return false;
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || codePoint >= 0xFF01 && codePoint <= 0xFF60
                || codePoint >= 0xFFE0 && codePoint <= 0xFFE6
                || codePoint >= 0x2018 && codePoint <= 0x201D && codePoint != 0x201A && codePoint != 0x201B;
    }

    private static void parentheses(String text, List<PunctuationIssue> issues) {
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                open.push(i);
            } else if (c == ')') {
                if (open.isEmpty()) {
                    if (isChinese(before(text, i)) || isChinese(after(text, i))) {
                        issues.add(replace(text, i));
                    }
                } else {
                    int o = open.pop();
                    if (containsChinese(text, o + 1, i) || isChinese(before(text, o))
                            || isChinese(after(text, i))) {
                        issues.add(replace(text, o));
                        issues.add(replace(text, i));
                    }
                }
            }
        }
        for (int o : open) {
            if (isChinese(before(text, o)) || isChinese(after(text, o))) {
                issues.add(replace(text, o));
            }
        }
    }

    private static PunctuationIssue replace(String text, int i) {
        char c = text.charAt(i);
        return new PunctuationIssue(i, 1, String.valueOf(c), String.valueOf(FULL_WIDTH.charAt(HALF_WIDTH.indexOf(c))));
    }

    private static boolean containsChinese(String text, int from, int to) {
        return text.substring(from, to).codePoints().anyMatch(PunctuationScanner::isChinese);
    }

    private static boolean betweenDigits(String text, int i) {
        char c = text.charAt(i);
        return (c == ',' || c == '.' || c == ':') && i > 0 && i + 1 < text.length()
                && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1));
    }

    /** The nearest non-space code point before {@code i} on the same line, or -1. */
    private static int before(String text, int i) {
        int j = i;
        while (j > 0) {
            int cp = text.codePointBefore(j);
            if (!isSpace(cp)) {
                return isLineBreak(cp) ? -1 : cp;
            }
            j -= Character.charCount(cp);
        }
        return -1;
    }

    /** The nearest non-space code point after {@code i} on the same line, or -1. */
    private static int after(String text, int i) {
        int j = i + 1;
        while (j < text.length()) {
            int cp = text.codePointAt(j);
            if (!isSpace(cp)) {
                return isLineBreak(cp) ? -1 : cp;
            }
            j += Character.charCount(cp);
        }
        return -1;
    }

    private static boolean isSpace(int cp) {
        return cp == ' ' || cp == '\t' || cp == '\u3000' || cp == '\u00A0';
    }

    private static boolean isLineBreak(int cp) {
        return cp == '\n' || cp == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '０' && c <= '９';
    }
}
