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
}
