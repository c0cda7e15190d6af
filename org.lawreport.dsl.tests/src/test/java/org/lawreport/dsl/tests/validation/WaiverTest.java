package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.suppression.SuppressedIssue;
import org.lawreport.dsl.suppression.Suppression;
import org.lawreport.dsl.suppression.SuppressionDirectives;
import org.lawreport.testing.TestSupport;

/** Waivers written in a report (// 豁免 代码：理由): what they cover, and that a waived finding stays visible. */
class WaiverTest {

	private static final String HALF_WIDTH = "\t段 \"全年办理事项{12件},群众满意。\"\n";

	private static String reportWith(String beforeParagraph) {
		return TestSupport.HEADER + TestSupport.ALL_PARTS.replace("\t段 \"全年办理事项{12件}。\"\n", beforeParagraph + HALF_WIDTH);
	}

	@Test
	void aWaiverCoversTheNextLineWithContent() {
		List<Suppression> found = SuppressionDirectives.find("段 \"甲\"\n// 豁免 LR-PUNCT-HALFWIDTH：引用原文\n\n// 其他说明\n段 \"乙\"\n");
		assertEquals(1, found.size());
		Suppression s = found.get(0);
		assertEquals(2, s.line());
		assertEquals(5, s.targetLine());
		assertEquals(List.of("LR-PUNCT-HALFWIDTH"), s.codes());
		assertEquals("引用原文", s.reason());
	}

	@Test
	void aTrailingWaiverCoversItsOwnLineAndSeveralCodesMayBeNamed() {
		Suppression s = SuppressionDirectives.find("段 \"甲,乙\" // 豁免 LR-PUNCT-HALFWIDTH、LR-TEXT-PERIOD 理由：原文如此\n").get(0);
		assertEquals(1, s.targetLine());
		assertEquals(List.of("LR-PUNCT-HALFWIDTH", "LR-TEXT-PERIOD"), s.codes());
		assertEquals("原文如此", s.reason());
	}

	@Test
	void slashesInsideQuotedProseAreNotAComment() {
		assertTrue(SuppressionDirectives.find("段 \"见 http://example.gov.cn // 豁免 LR-TEXT-PERIOD：不是注释\"\n").isEmpty());
	}

	@Test
	void aWholeFileWaiverCoversEveryLine() {
		Suppression s = SuppressionDirectives.find("// 豁免全文 LR-PUNCT-HALFWIDTH：转载稿，保留原貌\n报告 依据 X\n").get(0);
		assertTrue(s.wholeFile());
		assertTrue(s.covers("LR-PUNCT-HALFWIDTH", 40));
		assertFalse(s.covers("LR-TEXT-PERIOD", 40));
	}

	@Test
	void aWaivedFindingIsKeptAsANoteWithItsReasonAndOriginalSeverity() {
		String unwaived = reportWith("");
		assertEquals(Severity.WARNING, TestSupport.withCode(TestSupport.validate(unwaived), "LR-PUNCT-HALFWIDTH").get(0).getSeverity());

		List<Issue> issues = TestSupport.validate(reportWith("\t// 豁免 LR-PUNCT-HALFWIDTH：引用的文件名称中原有半角逗号\n"));
		List<Issue> halfWidth = TestSupport.withCode(issues, "LR-PUNCT-HALFWIDTH");
		assertEquals(1, halfWidth.size(), issues.toString());
		SuppressedIssue waived = assertInstanceOf(SuppressedIssue.class, halfWidth.get(0));
		assertEquals(Severity.INFO, waived.getSeverity());
		assertEquals(Severity.WARNING, waived.originalSeverity());
		assertEquals("引用的文件名称中原有半角逗号", waived.reason());
		assertTrue(issues.stream().noneMatch(i -> i.getCode().startsWith("LR-WAIVER")), issues.toString());
	}

	@Test
	void aWaiverWithoutReasonDoesNotApplyAndIsReported() {
		List<Issue> issues = TestSupport.validate(reportWith("\t// 豁免 LR-PUNCT-HALFWIDTH\n"));
		Issue halfWidth = TestSupport.withCode(issues, "LR-PUNCT-HALFWIDTH").get(0);
		assertFalse(halfWidth instanceof SuppressedIssue);
		assertEquals(Severity.WARNING, halfWidth.getSeverity());
		List<Issue> reason = TestSupport.withCode(issues, "LR-WAIVER-REASON");
		assertEquals(1, reason.size());
		assertTrue(reason.get(0).getMessage().contains("没有写理由"), reason.get(0).getMessage());
	}

	@Test
	void unknownOrUnwaivableCodesAndUnusedWaiversAreReported() {
		List<Issue> unknown = TestSupport.validate(reportWith("\t// 豁免 LR-NO-SUCH-RULE：试试\n"));
		assertEquals(1, TestSupport.withCode(unknown, "LR-WAIVER-CODE").size());

		List<Issue> syntax = TestSupport.validate(reportWith("\t// 豁免 LR-SYNTAX：语法错误不能豁免\n"));
		assertEquals(1, TestSupport.withCode(syntax, "LR-WAIVER-CODE").size());

		List<Issue> unused = TestSupport.validate(reportWith("\t// 豁免 LR-TEXT-PERIOD：本段没有阶段性用语\n"));
		List<Issue> found = TestSupport.withCode(unused, "LR-WAIVER-UNUSED");
		assertEquals(1, found.size());
		assertEquals(Severity.INFO, found.get(0).getSeverity());
		assertFalse(TestSupport.withCode(unused, "LR-PUNCT-HALFWIDTH").get(0) instanceof SuppressedIssue,
				"a waiver for another code must not waive this one");
	}

	@Test
	void aWaiverAppliesOnlyToItsLine() {
		String text = reportWith("\t// 豁免 LR-PUNCT-HALFWIDTH：只管下一行\n\t段 \"无问题。\"\n");
		Issue halfWidth = TestSupport.withCode(TestSupport.validate(text), "LR-PUNCT-HALFWIDTH").get(0);
		assertFalse(halfWidth instanceof SuppressedIssue, "the waiver is for the line right after it");
	}
}
