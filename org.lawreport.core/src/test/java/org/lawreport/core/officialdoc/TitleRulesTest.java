package org.lawreport.core.officialdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.officialdoc.TitleRules;

class TitleRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"关于2020年度法治政府建设情况的报告", "2024年法治政府建设年度报告",
        "关于印发《2022年度会前学法计划》", "关于深化“放管服”", "关于开展督察的通知（试行）", "报告 "})
    void titlesWithoutFinalPunctuation(String title) {
        assertEquals(Optional.empty(), TitleRules.finalPunctuation(title));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "关于2020年度法治政府建设情况的报告。 | 。",
        "法治政府建设情况：               | ：",
        "法治政府建设情况的报告，           | ，",
        "法治政府建设情况……               | ……",
        "法治政府建设年度报告.              | .",
        "法治政府建设年度报告!              | !",
        "法治政府建设？                   | ？",
        "关于《                         | 《",
        "法治政府建设——                  | ——",
        "报告。 　                      | 。",
    })
    void finalPunctuationIsReturned(String title, String punctuation) {
        assertEquals(Optional.of(punctuation), TitleRules.finalPunctuation(title));
    }
}
