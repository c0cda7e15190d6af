package org.lawreport.core.figures;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The calendar fields written in a date literal. Any of them may be absent: "2025年1月22日" has all three,
 * "12月31日" no year, "2024年1月" no day, "11日" only a day, "2024年" only a year.
 */
public record CalendarDate(OptionalInt year, OptionalInt month, OptionalInt day) {
    /** Checks that the fields are present (each may be empty). */
    public CalendarDate {
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(day, "day");
    }
}
