package org.lawreport.core.officialdoc;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When an annual report is due. A template states the deadline as a day of the year after the report year
 * ("截止 次年 3月31日"); the national default is 3月31日, the report being published before 1 April
 * (《法治政府建设与责任落实督察工作规定》 Art. 24).
 */
public final class Deadlines {

    /** The national default deadline in the year after the report year. */
    public static final MonthDay NATIONAL_DEFAULT = MonthDay.of(3, 31);

    private static final Pattern MONTH_DAY = Pattern.compile("([1-9][0-9]?)月([1-9][0-9]?)日");

    private Deadlines() {
    }

    /**
     * The last day for the report on {@code reportYear}: the given day of the following year (2月29日 becomes
     * 2月28日 in a common year).
     */
    public static LocalDate deadline(int reportYear, MonthDay inFollowingYear) {
        return inFollowingYear.atYear(reportYear + 1);
    }

    /** Whether a report dated {@code written} meets the deadline (the deadline day itself is on time). */
    public static boolean isOnTime(LocalDate written, int reportYear, MonthDay inFollowingYear) {
        return !written.isAfter(deadline(reportYear, inFollowingYear));
    }

    /** Reads "3月31日" (no leading zeros); empty when the text is not such a day or the day does not exist. */
    public static Optional<MonthDay> parseMonthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
