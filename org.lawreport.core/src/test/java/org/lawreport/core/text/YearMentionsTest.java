package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.text.YearMention;
import org.lawreport.core.text.YearMentions;

class YearMentionsTest {

    @Test
    void findsYearsFollowedByNian() {
        String text = "2024年,在区委的领导下。关于2020年度法治政府建设情况";
        assertEquals(List.of(new YearMention(0, 4, 2024, false), new YearMention(text.indexOf("2020"), 4, 2020, false)),
                YearMentions.find(text));
    }

    @Test
    void marksYearsInsideBookTitles() {
        String text = "承接《2024年武隆区法治政府建设工作要点》任务共1项。2025年";
        assertEquals(List.of(new YearMention(3, 4, 2024, true), new YearMention(text.indexOf("2025"), 4, 2025, false)),
                YearMentions.find(text));
    }

    @Test
    void onlyTheYearBeforeNianInARange() {
        String text = "纲要(2021—2025年)";
        assertEquals(List.of(new YearMention(text.indexOf("2025"), 4, 2025, false)), YearMentions.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"潼政务办〔2021〕10号", "12024年", "1900年", "2101年", "受理2024件", "共5534件", "3.2024年"})
    void notYears(String text) {
        assertEquals(List.of(), YearMentions.find(text));
    }

    @Test
    void boundaryYears() {
        assertEquals(1949, YearMentions.find("1949年").get(0).year());
        assertEquals(2100, YearMentions.find("2100年").get(0).year());
    }
}
