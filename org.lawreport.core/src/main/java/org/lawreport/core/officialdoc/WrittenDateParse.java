package org.lawreport.core.officialdoc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of {@link WrittenDate#parse}: the date when one can be read (also from a non-standard form such as
 * Chinese numerals or "2021年2月23日印"), and every deviation from the standard form.
 *
 * @param date     the date read, if any
 * @param problems the deviations, in text order; empty for the standard form
 */
public record WrittenDateParse(Optional<LocalDate> date, List<WrittenDateProblem> problems) {

    /** Copies the problem list. */
    public WrittenDateParse {
        Objects.requireNonNull(date, "date");
        problems = List.copyOf(problems);
    }

    /** Whether the text is a date in the standard form "2025年1月22日". */
    public boolean isStandard() {
        return date.isPresent() && problems.isEmpty();
    }

    /** Whether a problem with this code was found. */
    public boolean has(WrittenDateProblem.Code code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }
}
