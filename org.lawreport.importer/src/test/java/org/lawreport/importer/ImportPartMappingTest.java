package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.importer.Draft;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.PartClassifier;

/** Each top-level part is mapped to the template part it is about, by meaning, whatever its wording or script. */
class ImportPartMappingTest {

	private static List<String> parts(ImportResult result) {
		return result.draft().parts().stream().map(Draft.Heading::fulfils).toList();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"2020年工作情况|举措成效|",
			"主要举措及成效|举措成效|",
			"二〇二四年主要做法和成效|举措成效|",
			"2024年度工作总结|举措成效|",
			"2024年度推進法治政府建設的主要舉措和成效|举措成效|",
			"存在的不足和原因|不足原因|",
			"存在的問題和短板|不足原因|",
			"當前存在的主要困難|不足原因|",
			"黨政主要負責人履行推進法治建設第一責任人職責情況|第一责任人|",
			"主要负责人履职情况|第一责任人|",
			"下一步工作打算|下年安排|",
			"2025年工作思路|下年安排|",
			"下步工作計劃|下年安排|",
			"其他需要报告的情况|其他|",
			"工作不足及2021年工作主要安排|不足原因|下年安排",
			"存在问题及下一步打算|不足原因|下年安排",
			"2024年工作总结和2025年工作计划|举措成效|下年安排" })
	void headingsAreClassifiedByMeaning(String heading, String part, String secondary) {
		PartClassifier.Meaning meaning = PartClassifier.classify(heading).orElseThrow();
		assertEquals(part, meaning.part());
		assertEquals(secondary, meaning.secondary());
	}

	@Test
	void aHeadingWithoutAMeaningIsNotClassified() {
		assertTrue(PartClassifier.classify("基本概况").isEmpty());
	}

	@Test
	void traditionalSeed001IsMapped() {
		ImportResult result = ImportFixtures.importSeed("001");
		assertEquals(List.of("举措成效", "不足原因", "第一责任人", "下年安排"), parts(result));
		assertEquals(4, ImportFixtures.notes(result, "IMP-PART").size());
	}

	@Test
	void mergedPartOfSeed003HasItsNextYearSectionMarked() {
		ImportResult result = ImportFixtures.importSeed("003");
		assertEquals(List.of("举措成效", "第一责任人", "不足原因"), parts(result));
		Draft.Heading merged = result.draft().parts().get(2);
		assertEquals(List.of("工作不足", "2021年工作主要安排"), merged.headings().stream().map(h -> h.title().plain()).toList());
		assertNull(merged.headings().get(0).fulfils());
		assertEquals("下年安排", merged.headings().get(1).fulfils());
		ImportNote note = ImportFixtures.notes(result, "IMP-FULFILS").get(0);
		assertEquals(99, note.line());
		List<String> codes = ImportFixtures.allCodes(result.lawreport());
		assertTrue(codes.contains("LR-PART-NESTED"), codes.toString());
		assertFalse(codes.contains("LR-PART-MISSING"), codes.toString());
	}

	@Test
	void responsibilityPartPlacedFirstIsMappedAndTheOrderReported() {
		ImportResult result = ImportFixtures.importText("first.txt", ImportFixtures.resource("responsible-first.txt"));
		assertEquals(List.of("第一责任人", "举措成效", "不足原因", "下年安排"), parts(result));
		List<String> codes = ImportFixtures.allCodes(result.lawreport());
		assertTrue(codes.contains("LR-PART-ORDER"), codes.toString());
		assertFalse(codes.contains("LR-PART-MISSING"), codes.toString());
		assertEquals("2024", result.draft().meta(MetadataKey.YEAR));
	}

	@Test
	void responsibilityFoundOnlyAsARunInPointIsMarkedThere() {
		ImportResult result = ImportFixtures.importSeed("004");
		assertEquals(List.of("举措成效", "不足原因", "下年安排"), parts(result));
		Draft.Point point = result.draft().parts().get(0).headings().get(0).paragraphs().get(2).points().get(0);
		assertEquals("第一责任人", point.fulfils());
		assertTrue(point.text().plain().startsWith("严格落实法治政府建设第一责任人职责。"));
		assertEquals(6, ImportFixtures.notes(result, "IMP-FULFILS").get(0).line());
	}

	@Test
	void aPartWhoseHeadingSaysNothingIsGuessedAndReported() {
		ImportResult result = ImportFixtures.importText("odd.txt", "一、基本概况\n全年办理事项12件。\n二、基本数据\n受理案件3件。\n");
		assertEquals(List.of("举措成效", "其他"), parts(result));
		List<ImportNote> notes = ImportFixtures.notes(result, "IMP-PART");
		assertEquals(List.of(1, 3), notes.stream().map(ImportNote::line).toList());
		assertTrue(notes.stream().allMatch(n -> n.severity().name().equals("WARNING")));
	}

	/**
	 * Issue 18 (4): top-level sections that are each a piece of work, under their own headings, were 举措成效 once and
	 * 其他 twice (three duplicates reported). They are the sections of one 举措成效 part now, said to be a guess.
	 */
	@Test
	void achievementSectionsWithoutAPartHeadingAreGroupedUnderTheMeasuresPart() {
		ImportResult result = ImportFixtures.importText("achievements.txt", """
				某市某局2024年法治政府建设年度报告
				一、加强党的领导，压实法治建设责任
				局党组专题研究法治工作4次。
				二、深化“放管服”改革，优化营商环境
				（一）推进审批提速
				办理审批事项120件。
				三、严格规范公正文明执法
				开展执法检查36次。
				四、存在的不足和原因
				基层执法力量不足。
				五、2025年工作安排
				继续深化改革。
				""");
		assertEquals(List.of("举措成效", "不足原因", "下年安排"), parts(result));
		Draft.Heading measures = result.draft().parts().get(0);
		assertEquals("2024年度推进法治政府建设的主要举措和成效", measures.title().plain());
		assertEquals(List.of("加强党的领导，压实法治建设责任", "深化“放管服”改革，优化营商环境", "严格规范公正文明执法"),
				measures.headings().stream().map(h -> h.title().plain()).toList());
		assertEquals(List.of(2, 2, 2), measures.headings().stream().map(Draft.Heading::level).toList());
		assertEquals(3, measures.headings().get(1).headings().get(0).level(), "（一） goes one level down with its part");
		ImportNote grouped = ImportFixtures.notes(result, "IMP-PART").get(0);
		assertEquals(Finding.Level.WARNING, grouped.severity(), "an uncertain guess is a warning");
		assertTrue(grouped.message().contains("第一至第三部分") && grouped.message().contains("推断"), grouped.message());
		List<String> codes = ImportFixtures.allCodes(result.lawreport());
		assertFalse(codes.contains("LR-PART-DUPLICATE"), codes + result.lawreport());
		assertFalse(codes.contains("LR-SYNTAX"), codes + result.lawreport());
	}

	@Test
	void workSectionsAfterTheMeasuresPartJoinIt() {
		ImportResult result = ImportFixtures.importText("joined.txt", """
				一、2024年主要工作举措
				全年办理事项12件。
				二、强化行政执法监督
				开展执法检查36次。
				三、存在的不足
				基层力量不足。
				""");
		assertEquals(List.of("举措成效", "不足原因"), parts(result));
		assertEquals(List.of("强化行政执法监督"),
				result.draft().parts().get(0).headings().stream().map(h -> h.title().plain()).toList());
	}

	@Test
	void aHeadingClassifiedByACommonWordOnlyIsAnUncertainGuess() {
		ImportResult result = ImportFixtures.importText("weak.txt", "一、主要工作举措\n办理事项12件。\n二、面临的困难\n力量薄弱。\n");
		assertEquals(List.of("举措成效", "不足原因"), parts(result));
		List<ImportNote> notes = ImportFixtures.notes(result, "IMP-PART");
		assertEquals(Finding.Level.INFO, notes.get(0).severity(), notes.get(0).message());
		assertEquals(Finding.Level.WARNING, notes.get(1).severity(), notes.get(1).message());
		assertTrue(notes.get(1).message().contains("把握不大"), notes.get(1).message());
	}
}
