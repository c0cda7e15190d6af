package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

/** The five parts of 《法治政府建设与责任落实督察工作规定》: present, separate, non-empty, ordered, right year. */
class StructureChecksTest {

	private static final String H = TestSupport.HEADER;

	@Test
	void completeReportHasNoStructuralFindings() {
		List<String> codes = TestSupport.codes(H + TestSupport.ALL_PARTS);
		assertTrue(codes.stream().noneMatch(c -> c.startsWith("LR-PART") || c.startsWith("LR-HEADING")), codes.toString());
	}

	@Test
	void missingMandatoryPartIsAnErrorWithTheCanonicalHeadingForTheQuickFix() {
		String text = H + TestSupport.ALL_PARTS.substring(0, TestSupport.ALL_PARTS.indexOf("部分 第一责任人"))
				+ "部分 下年安排 \"2025年度推进法治政府建设的主要安排\"\n\t段 \"继续。\"\n";
		Issue issue = TestSupport.withCode(TestSupport.validate(text), "LR-PART-MISSING").get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(1, issue.getLineNumber(), "flagged at the report");
		assertEquals("第一责任人", issue.getData()[0]);
		assertEquals("2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况", issue.getData()[1]);
		assertTrue(issue.getMessage().contains("第二十五条第（三）项"), issue.getMessage());
	}

	@Test
	void partFulfilledOnlyInsideAnotherIsAWarningSayingWhere() {
		String text = H + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					节 "加强领导"
						段 要点 "推进学习。" 要点 "主要负责人履行第一责任人职责。" 对应 第一责任人
				部分 不足原因 "2024年度推进法治政府建设存在的不足和原因"
					段 "不足。"
				部分 下年安排 "2025年度推进法治政府建设的主要安排"
					段 "安排。"
				""";
		List<Issue> issues = TestSupport.validate(text);
		assertTrue(TestSupport.withCode(issues, "LR-PART-MISSING").isEmpty());
		Issue nested = TestSupport.withCode(issues, "LR-PART-NESTED").get(0);
		assertEquals(Severity.WARNING, nested.getSeverity());
		assertEquals(10, nested.getLineNumber());
		assertTrue(nested.getMessage().contains("第一部分"), nested.getMessage());
	}

	@Test
	void partWithHeadingOnlyIsEmpty() {
		String text = H + TestSupport.ALL_PARTS.replace("\t段 \"继续深化改革。\"\n", "");
		Issue issue = TestSupport.withCode(TestSupport.validate(text), "LR-PART-EMPTY").get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(14, issue.getLineNumber());
		assertTrue(issue.getMessage().contains("第四部分"), issue.getMessage());
	}

	@Test
	void partOutOfTemplateOrderIsAWarningOnThatPart() {
		String parts = TestSupport.ALL_PARTS;
		int second = parts.indexOf("部分 不足原因");
		int third = parts.indexOf("部分 第一责任人");
		int fourth = parts.indexOf("部分 下年安排");
		String swapped = parts.substring(0, second) + parts.substring(third, fourth) + parts.substring(second, third)
				+ parts.substring(fourth);
		Issue issue = TestSupport.withCode(TestSupport.validate(H + swapped), "LR-PART-ORDER").get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("第三部分") && issue.getMessage().contains("应排在“第一责任人”之前"),
				issue.getMessage());
	}

	@Test
	void wrongYearInAPartHeadingIsFlaggedAtTheYear() {
		String text = H + TestSupport.ALL_PARTS.replace("2025年度推进法治政府建设的主要安排", "2024年度推进法治政府建设的主要安排");
		Issue issue = TestSupport.withCode(TestSupport.validate(text), "LR-HEADING-YEAR").get(0);
		assertEquals(14, issue.getLineNumber());
		assertEquals(10, issue.getColumn());
		assertTrue(issue.getMessage().contains("应写2025年"), issue.getMessage());
	}

	@Test
	void mergedPartMayNameTheYearOfThePartItContains() {
		String text = H + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "举措。"
				部分 第一责任人 "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
					段 "职责。"
				部分 不足原因 "工作不足及2025年工作主要安排"
					节 "工作不足"
						段 "不足。"
					节 "2025年工作主要安排" 对应 下年安排
						段 "安排。"
				""";
		assertTrue(TestSupport.withCode(TestSupport.validate(text), "LR-HEADING-YEAR").isEmpty());
	}

	@Test
	void templateSeverityOverrideTurnsARuleOff() {
		var set = TestSupport.INJECTOR.getInstance(org.eclipse.xtext.resource.XtextResourceSet.class);
		TestSupport.load(set, "模板 宽松 继承 法治政府建设年度报告\n严重性 \"LR-PART-EMPTY\" 关闭\n", "p.lawreport");
		String text = H.replace("依据 法治政府建设年度报告", "依据 宽松") + TestSupport.ALL_PARTS.replace("\t段 \"继续深化改革。\"\n", "");
		var issues = TestSupport.validate(TestSupport.load(set, text, "r.lawreport"));
		assertTrue(TestSupport.withCode(issues, "LR-PART-EMPTY").isEmpty(), issues.toString());
	}

	@Test
	void partFulfilledTwiceIsReportedOnTheSecond() {
		String text = H + TestSupport.ALL_PARTS + """
				部分 举措成效 "2024年度推进法治政府建设的其他举措"
					段 "另有举措。"
				""";
		List<Issue> issues = TestSupport.withCode(TestSupport.validate(text), "LR-PART-DUPLICATE");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(text.split("\n", -1).length - 2, issues.get(0).getLineNumber(), "the second 举措成效");
	}
}
