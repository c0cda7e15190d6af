package org.lawreport.core.text;

import java.util.Objects;

/**
 * A punctuation mark or digit run to replace.
 *
 * @param offset      where it starts in the scanned text
 * @param length      its length in chars
 * @param found       the text found
 * @param replacement the text it should be
 */
public record PunctuationIssue(int offset, int length, String found, String replacement) {
    /** Checks the span and that both texts are present. */
    public PunctuationIssue {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(replacement, "replacement");
        if (offset < 0 || length < 1) {
            throw new IllegalArgumentException("bad span " + offset + "+" + length);
        }
    }
}
