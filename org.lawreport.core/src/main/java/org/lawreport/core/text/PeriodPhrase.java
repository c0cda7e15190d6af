package org.lawreport.core.text;

import java.util.Objects;

/**
 * A phrase found in a text.
 *
 * @param offset where it starts
 * @param phrase the phrase as written
 */
public record PeriodPhrase(int offset, String phrase) {
    /** Checks that the phrase is present. */
    public PeriodPhrase {
        Objects.requireNonNull(phrase, "phrase");
    }

    /** The phrase's length in chars. */
    public int length() {
        return phrase.length();
    }
}
