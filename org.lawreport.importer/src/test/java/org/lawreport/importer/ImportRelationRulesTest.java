package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lawreport.importer.Draft;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.testing.TestSupport;

/**
 * Relations the text states between figures ("其中…", "…率达…") become rules when the arithmetic holds, and are
 * reported, not written, when it does not.
 */
class ImportRelationRulesTest {

	private static final ImportResult RESULT = ImportFixtures.importText("relations.txt", ImportFixtures.resource("relations.txt"));

	private static List<String> rules(ImportResult result) {
		return result.draft().rules().stream().map(r -> r.name() + "：" + r.expression()).toList();
	}

	@Test
	void relationsThatHoldAreProposedAsRules() {
		assertEquals(List.of(
				"受理行政许可事项合计：受理行政许可事项 = 网上受理 + 窗口受理",
				"网上受理率：网上受理率 = 网上受理 / 受理行政许可事项",
				"政务中心受理事项合计：政务中心受理事项 = 即办件 + 承诺件",
				"当场办结率：当场办结率 ≈ 即办件 / 政务中心受理事项 允差 0.01%"), rules(RESULT));
		assertEquals(List.of(2, 2, 5, 5), RESULT.draft().rules().stream().map(Draft.Rule::line).toList());
		assertTrue(RESULT.lawreport().contains("{受理行政许可事项=120件}，其中网上受理{网上受理=80件}，窗口受理{窗口受理=40件}"));
	}

	@Test
	void proposedRulesHoldWhenTheValidatorChecksThem() {
		List<String> codes = ImportFixtures.allCodes(RESULT.lawreport());
		assertFalse(codes.stream().anyMatch(c -> c.startsWith("LR-RULE") || c.startsWith("LR-LINK") || c.startsWith("LR-FIGURE")),
				codes.toString());
	}

	@Test
	void relationsThatDoNotHoldAreReportedWithTheirLine() {
		List<ImportNote> notes = ImportFixtures.notes(RESULT, "IMP-RELATION");
		assertEquals(List.of(3, 4), notes.stream().map(ImportNote::line).toList());
		assertTrue(notes.get(0).message().contains("95%") && notes.get(0).message().contains("450件 / 500件 = 90%"),
				notes.get(0).message());
		assertTrue(notes.get(1).message().contains("60件 + 50件 = 110件") && notes.get(1).message().contains("100件"),
				notes.get(1).message());
		assertTrue(notes.stream().allMatch(n -> n.category() == ImportNote.Category.DEFECT));
		// written as comments for the drafting officer, not as failing rules
		assertTrue(RESULT.lawreport().contains("// 第3行：比例 95% 与 450件 / 500件 = 90% 不符。请核对数字。"), RESULT.lawreport());
	}

	@Test
	void seed000sInconsistentRatiosAreReportedAndItsSumProposed() {
		ImportResult result = ImportFixtures.importSeed("000");
		assertEquals(List.of("已办结工单合计：已办结工单 = 满意工单 + 不满意工单 + 未评价工单 + 不纳入评估"), rules(result));
		List<String> relations = ImportFixtures.notes(result, "IMP-RELATION").stream().map(ImportNote::message).toList();
		assertEquals(4, relations.size(), relations.toString());
		// the four the hand-checked seed found: 961/1214, 553/661, 1943/2288, 5279/5534
		for (String computed : List.of("961项 / 1214项 = 79.16%", "553项 / 661项 = 83.66%", "1943项 / 2288项 = 84.92%",
				"5279件 / 5534件 = 95.39%")) {
			assertTrue(relations.stream().anyMatch(m -> m.contains(computed)), computed + " in " + relations);
		}
	}

	/** Found by the import fuzzer: a name shortened to its last eight characters began with digits and did not parse. */
	@Test
	void aFigureNameNeverStartsWithADigit() {
		ImportResult result = ImportFixtures.importText("原文.txt", "2024年度法治政府建设情况的报告\n"
				+ "一、主要举措和成效\n全年受理事项9件，其中即办件6件，另有甲乙丙666666哺办结率达66.67%。\n");
		List<String> syntaxErrors = new ArrayList<>();
		TestSupport.load(result.lawreport()).getParseResult().getSyntaxErrors()
				.forEach(node -> syntaxErrors.add(node.getSyntaxErrorMessage().getMessage()));
		assertEquals(List.of(), syntaxErrors, result.lawreport());
		assertTrue(result.lawreport().contains("{哺办结率=66.67%}"), result.lawreport());
	}
}
