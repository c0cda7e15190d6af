package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.lawreport.dsl.facts.RuleEvaluator.EvaluationException;
import org.lawreport.dsl.facts.RuleOutcomes;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.testing.TestSupport;

/** Typed figures and the rules between them, at the precision the author wrote. */
class FigureChecksTest {

	private static List<Issue> validateBody(String body) {
		return TestSupport.validate(TestSupport.HEADER + body + TestSupport.ALL_PARTS);
	}

	private static List<Issue> validateRules(String paragraph, String rules) {
		return TestSupport.validate(TestSupport.HEADER + "段 \"" + paragraph + "\"\n" + TestSupport.ALL_PARTS + rules);
	}

	@Test
	void unknownUnitIsAnErrorNamingTheUnit() {
		Issue issue = TestSupport.withCode(validateBody("段 \"共{12匹}。\"\n"), "LR-FIGURE-FORM").get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage().contains("“匹”"), issue.getMessage());
		assertEquals(8, issue.getLineNumber());
	}

	@Test
	void percentAboveHundredUnlessGrowth() {
		assertEquals(1, TestSupport.withCode(validateBody("段 \"达{120%}。\"\n"), "LR-FIGURE-PERCENT").size());
		assertTrue(TestSupport.withCode(validateBody("段 \"增长{120% 增幅}。\"\n"), "LR-FIGURE-PERCENT").isEmpty());
	}

	@Test
	void countMustBeWholeUnlessAverage() {
		assertEquals(1, TestSupport.withCode(validateBody("段 \"跑动{0.16次}。\"\n"), "LR-FIGURE-COUNT").size());
		assertTrue(TestSupport.withCode(validateBody("段 \"跑动{0.16次 平均}。\"\n"), "LR-FIGURE-COUNT").isEmpty());
		assertTrue(TestSupport.withCode(validateBody("段 \"受理{71.33万件}。\"\n"), "LR-FIGURE-COUNT").isEmpty(),
				"71.33万件 is 713300 items");
	}

	@Test
	void ratioCheckedAtTheWrittenPrecision() {
		List<Issue> issues = validateRules("受理{受理=5534件}，办结{办结=5279件}，办结比例{办结比例=98.97%}。",
				"规则 办结：办结比例 = 办结 / 受理\n");
		Issue issue = TestSupport.withCode(issues, "LR-RULE-FAILED").get(0);
		assertTrue(issue.getMessage().contains("98.97%") && issue.getMessage().contains("95.39%"), issue.getMessage());
		assertTrue(TestSupport.withCode(validateRules("受理{受理=5534件}，办结{办结=5279件}，办结比例{办结比例=95.39%}。",
				"规则 办结：办结比例 = 办结 / 受理\n"), "LR-RULE-FAILED").isEmpty());
	}

	@Test
	void truncationIsAFindingUnlessTheRuleSaysSo() {
		String text = "{应办=12项}中办结{已办=8项}，占{占比=66%}。";
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 占比规则：占比 = 已办 / 应办\n"), "LR-RULE-FAILED").size());
		assertTrue(TestSupport.withCode(validateRules(text, "规则 占比规则：占比 = 已办 / 应办 截断\n"), "LR-RULE-FAILED").isEmpty());
	}

	@Test
	void sumOfScaledValues() {
		String text = "受理{受理=71.33万件}，其中即办件{即办=69.03万件}，承诺件{承诺=2.3万件}，办结率{办结率=96.77%}。";
		List<Issue> issues = validateRules(text, "规则 合计：受理 = 即办 + 承诺\n规则 当场办结：办结率 ≈ 即办 / 受理 允差 0.01%\n");
		assertTrue(TestSupport.withCode(issues, "LR-RULE-FAILED").isEmpty(), issues.toString());
		// seed 003 as printed: 69.03/71.33 = 96.7756…%, which rounds to 96.78%, not the 96.77% written
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 当场办结：办结率 = 即办 / 受理\n"), "LR-RULE-FAILED").size());
		assertEquals(1, TestSupport.withCode(validateRules(text.replace("2.3万件", "2.4万件"), "规则 合计：受理 = 即办 + 承诺\n"),
				"LR-RULE-FAILED").size());
	}

	@Test
	void compressionRatioWithParentheses() {
		String text = "综合窗口{综合=97个}，减少窗口{减少=52个}，压缩率{压缩率=34.9%}。";
		assertTrue(TestSupport.withCode(validateRules(text, "规则 压缩：压缩率 = 减少 / (综合 + 减少)\n"), "LR-RULE-FAILED").isEmpty());
	}

	@Test
	void comparisonsAndRanges() {
		String text = "去年{去年=10件}，今年{今年=8件}，满意率{满意率=91.3%}。";
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 增长：今年 >= 去年\n"), "LR-RULE-FAILED").size());
		assertTrue(TestSupport.withCode(validateRules(text, "规则 区间：满意率 介于 90% 与 100%\n"), "LR-RULE-FAILED").isEmpty());
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 区间：满意率 介于 95% 与 100%\n"), "LR-RULE-FAILED").size());
	}

	@Test
	void divisionByZeroAndMixedKinds() {
		String text = "{零=0件}，{甲=5件}，{金额=10万元}，{比=50%}。";
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 除零：比 = 甲 / 零\n"), "LR-RULE-DIV-ZERO").size());
		assertEquals(1, TestSupport.withCode(validateRules(text, "规则 混合：甲 = 甲 + 金额\n"), "LR-RULE-UNITS").size());
	}

	@Test
	void duplicateFigureName() {
		assertEquals(1, TestSupport.withCode(validateBody("段 \"{甲=5件}，{甲=6件}。\"\n"), "LR-FIGURE-DUPLICATE").size());
	}

	@Test
	void mixedPercentSigns() {
		Issue issue = TestSupport.withCode(validateBody("段 \"{96%}、{97%}和{100％}。\"\n"), "LR-PERCENT-MIXED").get(0);
		assertEquals("%", issue.getData()[0], "the quick fix turns the minority form into the majority form");
	}

	@Test
	void aNumberInARuleThatCannotBeReadIsReportedWhereItIsWritten() {
		String text = "{甲=5件}，{乙=6件}。";
		List<Issue> issues = TestSupport.withCode(validateRules(text, "规则 倍数：乙 = 甲 × 1.2倍数\n"), "LR-RULE-OPERAND");
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains("倍数") && issues.get(0).getMessage().contains("1.2倍数"),
				issues.get(0).getMessage());
		assertTrue(TestSupport.withCode(validateRules(text, "规则 倍数：乙 = 甲 × 1.2\n"), "LR-RULE-OPERAND").isEmpty());
	}

	/** Found by the fuzzer: a date in a rule made the validator throw, and the finding's code was EMF's. */
	@Test
	void aDateInARuleIsAFindingOnTheDateNotAnException() {
		String text = "{甲=5件}，{完成日=2024年12月31日}。";
		for (String rule : List.of("规则 日期：甲 = 完成日 + 1件\n", "规则 日期：完成日 = 甲\n", "规则 日期：甲 >= 完成日\n",
				"规则 区间：甲 介于 完成日 与 10件\n")) {
			List<Issue> issues = validateRules(text, rule);
			assertTrue(issues.stream().allMatch(i -> i.getCode().startsWith("LR-")), issues::toString);
			List<Issue> operand = TestSupport.withCode(issues, "LR-RULE-OPERAND");
			assertEquals(1, operand.size(), rule + issues);
			assertTrue(operand.get(0).getMessage().contains("2024年12月31日") && operand.get(0).getMessage().contains("日期"),
					operand.get(0).getMessage());
		}
	}

	@Test
	void aFailedRuleShowsItsComputationWithEveryInnerOperationInParentheses() {
		String text = "{甲=5件}，{乙=6件}，{丙=100件}。";
		Issue product = TestSupport.withCode(validateRules(text, "规则 甲乙：丙 = 甲 × 2 + 乙\n"), "LR-RULE-FAILED").get(0);
		assertTrue(product.getMessage().contains("按 （5件×2）+6件 计算应为 16件"), product.getMessage());
		Issue grouped = TestSupport.withCode(validateRules(text, "规则 分组：丙 = 甲 + （乙 + 甲） + 乙\n"), "LR-RULE-FAILED").get(0);
		assertTrue(grouped.getMessage().contains("按 （5件+（6件+5件））+6件 计算应为 22件"), grouped.getMessage());
	}

	@Test
	void aRuleOfTenThousandTermsIsComputed() {
		StringBuilder paragraph = new StringBuilder();
		StringBuilder rule = new StringBuilder("规则 合计：总计 = ");
		for (int i = 0; i < 10_000; i++) {
			paragraph.append("{项").append(i).append("=1件}，");
			rule.append(i == 0 ? "" : " + ").append("项").append(i);
		}
		paragraph.append("合计{总计=10000件}。");
		List<Issue> issues = validateRules(paragraph.toString(), rule + "\n");
		assertTrue(issues.stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith("LR-RULE")), issues.toString());
		String wrong = paragraph.toString().replace("{总计=10000件}", "{总计=9999件}");
		assertEquals(1, TestSupport.withCode(validateRules(wrong, rule + "\n"), "LR-RULE-FAILED").size());
	}

	/** Found by EditorFuzzTest: a rule broken off after an operator made validation itself fail. */
	@ParameterizedTest
	@ValueSource(strings = { "规则 合计：受理 = 即办 +\n", "规则 合计：受理 = 即办 + 承诺 /\n", "规则 合计：受理 = （即办 +\n",
			"规则 合计：受理 = 即办 即办\n", "规则 合计：受理 = \n", "规则 合计：受理 = 即办 + + 承诺\n" })
	void aRuleBrokenOffAfterAnOperatorIsASyntaxErrorNotAFailure(String rule) {
		String text = TestSupport.HEADER + "段 \"受理{受理=5件}，即办{即办=3件}，承诺{承诺=2件}。\"\n" + TestSupport.ALL_PARTS + rule;
		Report report = TestSupport.report(text);
		for (Rule parsed : report.getRules()) {
			try {
				RuleOutcomes.of(parsed); // the rule check's evaluation: an outcome or a reason, never a failure
			} catch (EvaluationException unreadable) {
				// a documented answer: the rule cannot be evaluated
			}
		}
		List<Issue> issues = TestSupport.validate(text);
		assertFalse(TestSupport.withCode(issues, "LR-SYNTAX").isEmpty(), issues.toString());
	}
}
