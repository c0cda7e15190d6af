package org.lawreport.core.figures;

import java.util.Objects;

/**
 * Why a figure literal could not be read.
 *
 * @param code     what is wrong
 * @param fragment the offending part of the literal
 * @param offset   where {@code fragment} starts inside the literal
 */
public record QuantityProblem(Code code, String fragment, int offset) {

    /** What is wrong with a figure literal. */
    public enum Code {
        /** Nothing inside the braces. */
        EMPTY,
        /** Not a number: no leading digit, "3.", "1.2.3", a range separator without a second number. */
        MALFORMED_NUMBER,
        /** A number written with a leading zero: "05月", "08件". */
        LEADING_ZERO,
        /** The unit is not in the template's catalog. */
        UNKNOWN_UNIT,
        /** A date that does not exist: "13月", "2月30日", "32日". */
        INVALID_DATE
    }

    /** Checks that code and fragment are present. */
    public QuantityProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(fragment, "fragment");
    }
}
