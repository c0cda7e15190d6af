package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.text.PunctuationIssue;
import org.lawreport.core.text.PunctuationScanner;

class PunctuationScannerTest {

    private static List<PunctuationIssue> scan(String text) {
        return PunctuationScanner.halfWidthInChineseText(text);
    }

    @Test
    void commasInTheOpeningOfSeed000() {
        String text = "2024年,在区委、区政府的坚强领导下,坚持以习近平新时代中国特色社会主义思想为指导";
        assertEquals(List.of(
                new PunctuationIssue(5, 1, ",", "，"),
                new PunctuationIssue(text.indexOf(",坚持"), 1, ",", "，")), scan(text));
    }

    @Test
    void colonAndCommasAfterFigures() {
        String text = "现将有关情况报告如下:共15人参加考试,参考率达100%,合格率100%。";
        List<PunctuationIssue> issues = scan(text);
        assertEquals(3, issues.size());
        assertEquals(new PunctuationIssue(text.indexOf(":"), 1, ":", "："), issues.get(0));
        assertEquals("，", issues.get(1).replacement());
        assertEquals(text.indexOf(",合格率"), issues.get(2).offset());
    }

    @Test
    void decimalInsideChineseTextIsNotReported() {
        String text = "减少受理窗口52个,窗口压缩率34.9%,统一配备";
        List<PunctuationIssue> issues = scan(text);
        assertEquals(2, issues.size());
        assertTrue(issues.stream().allMatch(i -> i.found().equals(",")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"34.9%", "1,000", "12:30", "https://x.y", "渝ICP备11006838号-1", "1.督促落实“三集中三到位”。",
        "办理时间为9:00至17:00", "共计1,000件", "2.0版本", "See (a) and (b).", "“1+3”模式（即1个中心）"})
    void nonIssues(String text) {
        assertEquals(List.of(), scan(text));
    }

    @Test
    void colonBeforeAnAddressIsReported() {
        assertEquals(List.of(new PunctuationIssue(2, 1, ":", "：")), scan("网址:https://x.y"));
    }

    @Test
    void parenthesesAroundChineseAreReportedInPairs() {
        assertEquals(List.of(new PunctuationIssue(2, 1, "(", "（"), new PunctuationIssue(5, 1, ")", "）")),
                scan("乡镇(街道)依申请"));
        assertEquals(2, scan("(一)聚焦思想教育“力度”").size());
        assertEquals(2, scan("纲要(2021—2025年)").size());
    }

    @Test
    void parenthesesAroundAsciiNextToChinese() {
        assertEquals(2, scan("第(1)项").size());
        assertEquals(List.of(), scan("x (1) y"));
    }

    @Test
    void questionAndExclamationMarks() {
        List<PunctuationIssue> issues = scan("是否完成?已完成!");
        assertEquals(List.of(new PunctuationIssue(4, 1, "?", "？"), new PunctuationIssue(8, 1, "!", "！")), issues);
    }

    @Test
    void semicolonAndFullStop() {
        assertEquals(List.of(new PunctuationIssue(2, 1, ";", "；"), new PunctuationIssue(6, 1, ".", "。")),
                scan("一是;二是三."));
    }

    @Test
    void neighbourMaySitBehindASpace() {
        assertEquals(List.of(new PunctuationIssue(4, 1, ",", "，")), scan("办结率 , 很高"));
    }

    @Test
    void lineBreakEndsTheNeighbourhood() {
        assertEquals(List.of(), scan("abc,\n中文"));
    }

    @Test
    void closingQuoteAndBookTitleCountAsChinese() {
        assertEquals(1, scan("“第一议题”,ok").size());
        assertEquals(1, scan("《准则》,x").size());
    }

    @Test
    void halfWidthEllipsisIsOneIssue() {
        assertEquals(List.of(new PunctuationIssue(2, 3, "...", "……")), scan("等等...等"));
    }

    @Test
    void fullWidthDigitsAreReportedPerRun() {
        assertEquals(List.of(new PunctuationIssue(0, 4, "２０２４", "2024"), new PunctuationIssue(5, 2, "１２", "12")),
                PunctuationScanner.fullWidthDigits("２０２４年１２月"));
        assertEquals(List.of(), PunctuationScanner.fullWidthDigits("2024年12月"));
    }

    @Test
    void whatCountsAsChinese() {
        assertTrue(PunctuationScanner.isChinese('年'));
        assertTrue(PunctuationScanner.isChinese('聯'));
        assertTrue(PunctuationScanner.isChinese('、'));
        assertTrue(PunctuationScanner.isChinese('”'));
        assertTrue(PunctuationScanner.isChinese('％'));
        assertFalse(PunctuationScanner.isChinese('a'));
        assertFalse(PunctuationScanner.isChinese('%'));
        assertFalse(PunctuationScanner.isChinese(-1));
    }
}
