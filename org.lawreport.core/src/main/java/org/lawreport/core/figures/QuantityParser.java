package org.lawreport.core.figures;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the figure literals written between braces in report prose.
 *
 * <p>Forms, in order of precedence:
 * <ul>
 * <li>after 第 in the prose ({@code afterOrdinal}): a rank, "2位", "1", "3名" — any catalog unit or none;</li>
 * <li>dates of whole numbers: "2025年1月22日", "2024年1月", "12月31日", "11日", "9月", and a four-digit year
 * alone, "2024年"; single-field ranges "9-10月", "2021—2025年";</li>
 * <li>number, optional 余/多, optional 万/亿, optional 余/多, unit from the catalog: "71.33万件", "25余万次",
 * "15万余次", "96.77%", "100％", "42.16亿元", "60个工作日", "0.16次"; ranges "2-3个" (separators - ～ ~ — 至);</li>
 * <li>a number with no unit: {@link QuantityKind#PLAIN}.</li>
 * </ul>
 * A whole number before 日 is a day of the month ("11日"); write 天 for a duration.
 */
public final class QuantityParser {

    private static final String RANGE_SEPARATORS = "-～~—至";
    private static final String APPROXIMATION_WORDS = "余多";

    private QuantityParser() {
    }

    /**
     * Parses one literal.
     *
     * @param literal      the text between the braces (after the optional name and '=')
     * @param catalog      the units the template knows
     * @param afterOrdinal whether the prose before the figure ends with 第
     */
    public static QuantityParse parse(String literal, UnitCatalog catalog, boolean afterOrdinal) {
        Objects.requireNonNull(catalog, "catalog");
        if (literal == null || literal.isBlank()) {
            return fail(QuantityProblem.Code.EMPTY, literal == null ? "" : literal, 0);
        }
        Scan first = number(literal, 0);
        if (first.problem != null) {
            return QuantityParse.failed(first.problem);
        }
        int pos = first.end;
        Scan second = null;
        String separator = null;
        if (pos < literal.length() && RANGE_SEPARATORS.indexOf(literal.charAt(pos)) >= 0) {
            separator = literal.substring(pos, pos + 1);
            if (pos + 1 >= literal.length() || !isDigit(literal.charAt(pos + 1))) {
                return fail(QuantityProblem.Code.MALFORMED_NUMBER, literal.substring(0, pos + 1), 0);
            }
            second = number(literal, pos + 1);
            if (second.problem != null) {
                return QuantityParse.failed(second.problem);
            }
            pos = second.end;
        }
        Optional<RangeEnd> range = second == null
                ? Optional.empty() : Optional.of(new RangeEnd(separator, second.value));

        if (!afterOrdinal && first.decimals() == 0 && (second == null || second.decimals() == 0)) {
            QuantityParse date = date(literal, first, second, range, pos);
            if (date != null) {
                return date;
            }
        }
        return measured(literal, first, second, range, pos, catalog, afterOrdinal);
    }

    private static QuantityParse measured(String literal, Scan first, Scan second, Optional<RangeEnd> range,
            int pos, UnitCatalog catalog, boolean afterOrdinal) {
        QuantityProblem zero = leadingZero(literal, first, second);
        if (zero != null) {
            return QuantityParse.failed(zero);
        }
        Approximation approximation = Approximation.EXACT;
        if (pos < literal.length() && APPROXIMATION_WORDS.indexOf(literal.charAt(pos)) >= 0) {
            approximation = Approximation.MORE_THAN;
            pos++;
        }
        BigDecimal scale = BigDecimal.ONE;
        String scaleWord = "";
        if (pos < literal.length()) {
            char c = literal.charAt(pos);
            if (c == '万' || c == '萬' || c == '亿' || c == '億') {
                scale = c == '万' || c == '萬' ? Quantity.WAN : Quantity.YI;
                scaleWord = String.valueOf(c);
                pos++;
            }
        }
        if (approximation == Approximation.EXACT && pos < literal.length()
                && APPROXIMATION_WORDS.indexOf(literal.charAt(pos)) >= 0) {
            approximation = Approximation.MORE_THAN;
            pos++;
        }
        String unit = literal.substring(pos);
        Optional<QuantityKind> known = catalog.kindOf(unit);
        QuantityKind kind;
        if (afterOrdinal) {
            if (!unit.isEmpty() && known.isEmpty()) {
                return fail(QuantityProblem.Code.UNKNOWN_UNIT, unit, pos);
            }
            kind = QuantityKind.RANK;
        } else if (unit.isEmpty()) {
            kind = QuantityKind.PLAIN;
        } else if (known.isPresent()) {
            kind = known.get();
        } else {
            return fail(QuantityProblem.Code.UNKNOWN_UNIT, unit, pos);
        }
        return QuantityParse.of(new Quantity(literal, kind, first.value, first.decimals(), scale, scaleWord, unit,
                approximation, range, Optional.empty(), "％".equals(unit)));
    }

    private static QuantityProblem leadingZero(String literal, Scan... scans) {
        for (Scan s : scans) {
            if (s != null && s.leadingZero) {
                return new QuantityProblem(QuantityProblem.Code.LEADING_ZERO,
                        literal.substring(s.start, s.integerEnd), s.start);
            }
        }
        return null;
    }

    /** Reads a date, or returns null when the rest of the literal is not a date form. */
    private static QuantityParse date(String literal, Scan first, Scan second, Optional<RangeEnd> range,
            int pos) {
        int n = literal.length();
        if (pos >= n) {
            return null;
        }
        char unit = literal.charAt(pos);
        boolean year = unit == '年' && first.digits() == 4 && (second == null || second.digits() == 4);
        if (!year && unit != '月' && unit != '日') {
            return null;
        }
        Scan[] fields = new Scan[3]; // year, month, day
        int field = unit == '年' ? 0 : unit == '月' ? 1 : 2;
        fields[field] = first;
        char last = unit;
        pos++;
        while (pos < n && field < 2) {
            Scan next = number(literal, pos);
            if (next.problem != null || next.decimals() > 0 || next.end >= n) {
                return null;
            }
            char nextUnit = literal.charAt(next.end);
            int nextField = nextUnit == '月' ? 1 : nextUnit == '日' ? 2 : -1;
            if (nextField != field + 1) {
                return null; // 2024年22日, 5日3月, 2024年1月x
            }
            fields[nextField] = next;
            field = nextField;
            last = nextUnit;
            pos = next.end + 1;
        }
        if (pos < n) {
            return null;
        }
        if (second != null && first != fields[field]) {
            // a range is allowed for one field only: 9-10月, not 9-10月5日
            return fail(QuantityProblem.Code.INVALID_DATE, literal, 0);
        }
        QuantityProblem problem = leadingZero(literal, fields[0], fields[1], fields[2], second);
        if (problem == null) {
            problem = invalidDate(literal, fields[0], fields[1], fields[2], second);
        }
        if (problem != null) {
            return QuantityParse.failed(problem);
        }
        CalendarDate calendar = new CalendarDate(intOf(fields[0]), intOf(fields[1]), intOf(fields[2]));
        return QuantityParse.of(new Quantity(literal, QuantityKind.DATE, first.value, 0, BigDecimal.ONE, "",
                String.valueOf(last), Approximation.EXACT, range, Optional.of(calendar), false));
    }

    /** Month 1..12, day within the month (of the year when written), year at least 1. */
    private static QuantityProblem invalidDate(String literal, Scan year, Scan month, Scan day, Scan rangeEnd) {
        if (year != null && year.intValue() < 1) {
            return invalid(literal, year);
        }
        if (month != null) {
            for (Scan m : new Scan[] {month, rangeEnd}) {
                if (m != null && (m.intValue() < 1 || m.intValue() > 12)) {
                    return invalid(literal, m);
                }
            }
        }
        if (day != null) {
            int max = 31;
            if (month != null) {
                Month m = Month.of(month.intValue());
                max = year != null ? YearMonth.of(year.intValue(), m).lengthOfMonth() : m.maxLength();
            }
            for (Scan d : new Scan[] {day, rangeEnd}) {
                if (d != null && (d.intValue() < 1 || d.intValue() > max)) {
                    return invalid(literal, d);
                }
            }
        }
        return null;
    }

    /** The field with its unit character: "13月", "30日". */
    private static QuantityProblem invalid(String literal, Scan field) {
        return new QuantityProblem(QuantityProblem.Code.INVALID_DATE,
                literal.substring(field.start, field.end + 1), field.start);
    }

    private static OptionalInt intOf(Scan s) {
        return s == null ? OptionalInt.empty() : OptionalInt.of(s.intValue());
    }

    /** Reads digits with an optional decimal part starting at {@code start}. */
    private static Scan number(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            int j = start;
            while (j < n && !isDigit(s.charAt(j))) {
                j++;
            }
            return Scan.failed(QuantityProblem.Code.MALFORMED_NUMBER, s.substring(start, j), start);
        }
        int integerEnd = i;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) {
                j++;
            }
            if (j == i + 1 || (j < n && s.charAt(j) == '.')) {
                int k = j;
                while (k < n && (isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
                    k++;
                }
                return Scan.failed(QuantityProblem.Code.MALFORMED_NUMBER, s.substring(start, k), start);
            }
            i = j;
        }
        boolean leadingZero = integerEnd - start > 1 && s.charAt(start) == '0';
        return new Scan(start, integerEnd, i, new BigDecimal(s.substring(start, i)), leadingZero, null);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static QuantityParse fail(QuantityProblem.Code code, String fragment, int offset) {
        return QuantityParse.failed(new QuantityProblem(code, fragment, offset));
    }

    /** A number read from the literal, or the problem found while reading it. */
    private record Scan(int start, int integerEnd, int end, BigDecimal value, boolean leadingZero,
            QuantityProblem problem) {

        static Scan failed(QuantityProblem.Code code, String fragment, int offset) {
            return new Scan(offset, offset, offset, null, false, new QuantityProblem(code, fragment, offset));
        }

        int digits() {
            return integerEnd - start;
        }

        int decimals() {
            return end - integerEnd == 0 ? 0 : end - integerEnd - 1;
        }

        /** The whole number, or {@link Integer#MAX_VALUE} when it is too long to be a calendar field. */
        int intValue() {
            return digits() > 9 ? Integer.MAX_VALUE : value.intValue();
        }
    }
}
