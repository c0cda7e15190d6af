package org.lawreport.core.officialdoc;

import java.util.Optional;

/**
 * Rules for a document title (标题): no final punctuation (GB/T 9704-2012, GB/T 15834-2011 practice). A title may
 * end with a closing mark — 》, ”, ’, ）, 〕, 】 — since those close a name or a note, not a sentence.
 */
public final class TitleRules {

    private TitleRules() {
    }

    /**
     * The punctuation the title ends with ("。", "：", "……", "，"), ignoring trailing spaces; empty when the
     * title ends with a character or a closing mark.
     */
    public static Optional<String> finalPunctuation(String title) {
        String t = title.stripTrailing();
        int start = t.length();
        while (start > 0 && isForbiddenAtEnd(t.codePointBefore(start))) {
            start -= Character.charCount(t.codePointBefore(start));
        }
        return start == t.length() ? Optional.empty() : Optional.of(t.substring(start));
    }

    /** Sentence and pause marks, dashes, and opening marks left dangling; closing brackets and quotes are fine. */
    private static boolean isForbiddenAtEnd(int codePoint) {
        switch (Character.getType(codePoint)) {
            case Character.OTHER_PUNCTUATION:
            case Character.DASH_PUNCTUATION:
            case Character.START_PUNCTUATION:
            case Character.INITIAL_QUOTE_PUNCTUATION:
            case Character.CONNECTOR_PUNCTUATION:
                return true;
            default:
                return codePoint == '～' || codePoint == '~';
        }
    }
}
