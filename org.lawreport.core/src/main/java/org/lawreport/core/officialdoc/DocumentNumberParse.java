package org.lawreport.core.officialdoc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The result of {@link DocumentNumber#parse}.
 *
 * @param issuerCode the 机关代字 as written ("潼政务办"); empty when missing
 * @param year       the year in the brackets, when it is written in Arabic digits
 * @param serial     the serial number, when one is written
 * @param problems   the deviations from 机关代字〔YYYY〕N号, in text order
 * @param corrected  the number in the standard form, when it can be derived: 六角括号, no 第, no leading zeros,
 *                   final 号 ("潼政务办【2021】10号" → "潼政务办〔2021〕10号"); text after 号 is dropped
 */
public record DocumentNumberParse(String issuerCode, OptionalInt year, OptionalInt serial,
        List<DocumentNumberProblem> problems, Optional<String> corrected) {

    /** Copies the problem list. */
    public DocumentNumberParse {
        Objects.requireNonNull(issuerCode, "issuerCode");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(corrected, "corrected");
        problems = List.copyOf(problems);
    }

    /** Whether the text is a document number in the standard form. */
    public boolean isStandard() {
        return problems.isEmpty();
    }

    /** Whether a problem with this code was found. */
    public boolean has(DocumentNumberProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}
