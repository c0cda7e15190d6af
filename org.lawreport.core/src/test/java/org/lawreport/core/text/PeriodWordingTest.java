package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.text.PeriodPhrase;
import org.lawreport.core.text.PeriodWording;

class PeriodWordingTest {

    @Test
    void findsPhrasesOfSeed000() {
        String text = "真正实现“进一扇门办多地事”。今年以来开展双向免费快递服务1200余件。截至目前平台共受理工单5534件";
        assertEquals(List.of(new PeriodPhrase(text.indexOf("今年以来"), "今年以来"),
                new PeriodPhrase(text.indexOf("截至目前"), "截至目前")), PeriodWording.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"上半年", "今年以来", "截至目前", "截止目前", "1-6月", "1至6月", "1—6月", "前三季度"})
    void findsEachPhrase(String phrase) {
        List<PeriodPhrase> found = PeriodWording.find("2024年" + phrase + "共办理12件");
        assertEquals(List.of(new PeriodPhrase(5, phrase)), found);
        assertEquals(phrase.length(), found.get(0).length());
    }

    @ParameterizedTest
    @ValueSource(strings = {"全年共办理12件", "2024年1-12月", "11-6月", "截至12月31日", "下半年"})
    void annualWordingIsNotReported(String text) {
        assertEquals(List.of(), PeriodWording.find(text));
    }
}
