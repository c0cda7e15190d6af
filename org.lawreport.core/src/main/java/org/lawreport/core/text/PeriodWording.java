package org.lawreport.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds wording for part of a year, typically left over from a half-year report, in an annual report:
 * 上半年, 今年以来, 截至目前, 截止目前, 前三季度, and the months "1-6月" / "1至6月" (also with —, ～, ~, －).
 */
public final class PeriodWording {

    private static final Pattern PHRASES =
            Pattern.compile("上半年|今年以来|截至目前|截止目前|前三季度|(?<![0-9０-９])1[-—～~－至]6月");

    private PeriodWording() {
    }

    /** A quick test before the search: most paragraphs contain none of the phrases. */
    private static boolean mayContain(String text) {
        return text.contains("上半年") || text.contains("今年以来") || text.contains("目前") || text.contains("前三季度")
                || text.contains("6月");
    }

    /** The mid-year phrases in {@code text}, in text order. */
    public static List<PeriodPhrase> find(String text) {
        if (!mayContain(text)) {
            return List.of();
        }
        List<PeriodPhrase> found = new ArrayList<>();
        Matcher m = PHRASES.matcher(text);
        while (m.find()) {
            found.add(new PeriodPhrase(m.start(), m.group()));
        }
        return List.copyOf(found);
    }
}
