package org.lawreport.core.officialdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.officialdoc.Deadlines;

class DeadlinesTest {

    @Test
    void nationalDefaultIsTheEndOfMarchOfTheFollowingYear() {
        assertEquals(LocalDate.of(2025, 3, 31), Deadlines.deadline(2024, Deadlines.NATIONAL_DEFAULT));
    }

    @Test
    void departmentDeadlineOfAProfile() {
        assertEquals(LocalDate.of(2025, 3, 1), Deadlines.deadline(2024, MonthDay.of(3, 1)));
    }

    @Test
    void onTimeUpToAndIncludingTheDeadline() {
        assertTrue(Deadlines.isOnTime(LocalDate.of(2025, 1, 22), 2024, Deadlines.NATIONAL_DEFAULT));
        assertTrue(Deadlines.isOnTime(LocalDate.of(2025, 3, 31), 2024, Deadlines.NATIONAL_DEFAULT));
        assertFalse(Deadlines.isOnTime(LocalDate.of(2025, 4, 1), 2024, Deadlines.NATIONAL_DEFAULT));
        assertFalse(Deadlines.isOnTime(LocalDate.of(2025, 3, 2), 2024, MonthDay.of(3, 1)));
    }

    @Test
    void leapDay() {
        assertEquals(LocalDate.of(2025, 2, 28), Deadlines.deadline(2024, MonthDay.of(2, 29)));
        assertEquals(LocalDate.of(2024, 2, 29), Deadlines.deadline(2023, MonthDay.of(2, 29)));
    }

    @Test
    void parsesTheTemplateForm() {
        assertEquals(Optional.of(MonthDay.of(3, 31)), Deadlines.parseMonthDay("3月31日"));
        assertEquals(Optional.of(MonthDay.of(12, 1)), Deadlines.parseMonthDay("12月1日"));
        assertEquals(Optional.of(MonthDay.of(2, 29)), Deadlines.parseMonthDay("2月29日"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"03月31日", "3月031日", "2月30日", "13月1日", "3月31", "次年3月31日", "三月三十一日", ""})
    void rejectsOtherForms(String text) {
        assertEquals(Optional.empty(), Deadlines.parseMonthDay(text));
    }
}
