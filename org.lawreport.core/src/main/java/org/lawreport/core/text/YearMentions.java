package org.lawreport.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds years in prose: four ASCII digits from 1949 to 2100 followed by 年 ("2024年", "2022年度"), not part of a
 * longer number. Years in ranges ("2021—2025年") are found only where 年 follows.
 */
public final class YearMentions {

    /** The earliest year reported. */
    public static final int FIRST_YEAR = 1949;
    /** The latest year reported. */
    public static final int LAST_YEAR = 2100;

    private YearMentions() {
    }

    /** The years in {@code text}, in text order. */
    public static List<YearMention> find(String text) {
        List<YearMention> found = new ArrayList<>();
        int bookTitleDepth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '《') {
                bookTitleDepth++;
            } else if (c == '》' && bookTitleDepth > 0) {
                bookTitleDepth--;
            } else if (isDigit(c) && (i == 0 || !continuesNumber(text.charAt(i - 1)))) {
                int end = i;
                while (end < n && isDigit(text.charAt(end))) {
                    end++;
                }
                if (end - i == 4 && end < n && text.charAt(end) == '年') {
                    int year = Integer.parseInt(text.substring(i, end));
                    if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                        found.add(new YearMention(i, 4, year, bookTitleDepth > 0));
                    }
                }
                i = end - 1;
            }
        }
        return List.copyOf(found);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean continuesNumber(char c) {
        return isDigit(c) || c >= '０' && c <= '９' || c == '.';
    }
}
