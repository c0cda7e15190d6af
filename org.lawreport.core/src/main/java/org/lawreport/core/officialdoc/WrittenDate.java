package org.lawreport.core.officialdoc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.lawreport.core.text.ChineseNumerals;

/**
 * Reads a 成文日期 (date of a document). The standard form (GB/T 9704-2012) is Arabic numerals, the year in
 * full, no leading zeros: "2025年1月22日". Deviations are reported and the date is still returned when it can be
 * read: "二〇二五年一月二十二日", "2025年01月22日", "2021年2月23日印".
 */
public final class WrittenDate {

    private static final String UNITS = "年月日";

    private WrittenDate() {
    }

    /** Reads {@code text} as a 成文日期. */
    public static WrittenDateParse parse(String text) {
        List<Field> fields = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n && fields.size() < 3) {
            int end = pos;
            boolean arabic = isAsciiDigit(text.charAt(pos));
            while (end < n && (arabic ? isAsciiDigit(text.charAt(end))
                    : ChineseNumerals.isNumeralChar(text.charAt(end)))) {
                end++;
            }
            if (end == pos || end >= n || UNITS.indexOf(text.charAt(end)) < 0) {
                break;
            }
            fields.add(new Field(UNITS.indexOf(text.charAt(end)), pos, end, arabic));
            pos = end + 1;
        }
        if (fields.isEmpty() || !inOrder(fields)) {
            return notADate(text);
        }
        List<WrittenDateProblem> problems = new ArrayList<>();
        int dateEnd = pos;
        Integer[] values = new Integer[3];
        boolean chinese = false;
        for (Field f : fields) {
            String numeral = text.substring(f.start, f.end);
            OptionalInt value = f.arabic && numeral.length() <= 9
                    ? OptionalInt.of(Integer.parseInt(numeral)) : ChineseNumerals.parse(numeral);
            if (value.isEmpty()) {
                return notADate(text);
            }
            values[f.unit] = value.getAsInt();
            chinese |= !f.arabic;
            if (f.arabic && f.unit > 0 && numeral.length() > 1 && numeral.charAt(0) == '0') {
                problems.add(new WrittenDateProblem(WrittenDateProblem.Code.LEADING_ZERO, f.start, f.end - f.start));
            }
        }
        if (chinese) {
            problems.add(0, new WrittenDateProblem(WrittenDateProblem.Code.CHINESE_NUMERALS, 0, dateEnd));
        }
        boolean complete = true;
        for (int unit = 0; unit < 3; unit++) {
            if (values[unit] == null) {
                complete = false;
                problems.add(new WrittenDateProblem(WrittenDateProblem.Code.MISSING_PART,
                        missingAt(fields, unit, dateEnd), 0));
            }
        }
        Field year = fields.get(0).unit == 0 ? fields.get(0) : null;
        if (year != null && year.end - year.start != 4) {
            complete = false;
            problems.add(new WrittenDateProblem(year.end - year.start < 4 ? WrittenDateProblem.Code.MISSING_PART
                    : WrittenDateProblem.Code.INVALID_DATE, year.start, year.end - year.start));
        }
        if (pos < n) {
            problems.add(new WrittenDateProblem(WrittenDateProblem.Code.TRAILING_TEXT, pos, n - pos));
        }
        Optional<LocalDate> date = Optional.empty();
        if (complete) {
            try {
                date = Optional.of(LocalDate.of(values[0], values[1], values[2]));
            } catch (DateTimeException e) {
                problems.add(new WrittenDateProblem(WrittenDateProblem.Code.INVALID_DATE, 0, dateEnd));
            }
        }
        problems.sort(Comparator.comparingInt(WrittenDateProblem::offset));
        return new WrittenDateParse(date, problems);
    }

    private static WrittenDateParse notADate(String text) {
        return new WrittenDateParse(Optional.empty(),
                List.of(new WrittenDateProblem(WrittenDateProblem.Code.NOT_A_DATE, 0, text.length())));
    }

    private static boolean inOrder(List<Field> fields) {
        for (int i = 1; i < fields.size(); i++) {
            if (fields.get(i).unit <= fields.get(i - 1).unit) {
                return false;
            }
        }
        return true;
    }

    /** Where a missing field belongs: after the field before it, or at the start. */
    private static int missingAt(List<Field> fields, int unit, int dateEnd) {
        int at = 0;
        for (Field f : fields) {
            if (f.unit < unit) {
                at = f.end + 1;
            }
        }
        return Math.min(at, dateEnd);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One numeral with its unit: {@code unit} 0 = 年, 1 = 月, 2 = 日; {@code end} is where the unit stands. */
    private record Field(int unit, int start, int end, boolean arabic) {
    }
}
