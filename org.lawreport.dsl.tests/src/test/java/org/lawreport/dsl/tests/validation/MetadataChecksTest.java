package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

/** 公文 elements of GB/T 9704-2012 and the dates they must agree on. */
class MetadataChecksTest {

	private static List<Issue> validateWith(String from, String to) {
		return TestSupport.validate(TestSupport.HEADER.replace(from, to) + TestSupport.ALL_PARTS);
	}

	@Test
	void completeMetadataHasNoFindings() {
		List<Issue> issues = TestSupport.validate(TestSupport.HEADER + TestSupport.ALL_PARTS);
		assertTrue(issues.isEmpty(), issues.toString());
	}

	@Test
	void missingTitleSuggestsOne() {
		Issue issue = TestSupport.withCode(validateWith("标题 \"某市某局2024年法治政府建设年度报告\"\n", ""), "LR-TITLE-MISSING").get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("某市某局关于2024年度法治政府建设情况的报告", issue.getData()[1]);
	}

	@Test
	void titleEndingInPunctuation() {
		Issue issue = TestSupport.withCode(validateWith("年度报告\"", "年度报告。\""), "LR-TITLE-PUNCT").get(0);
		assertEquals(2, issue.getLineNumber());
		assertEquals(24, issue.getColumn());
	}

	@Test
	void writtenDateWithStrayCharacterPointsAtIt() {
		Issue issue = TestSupport.withCode(validateWith("2025年1月20日\"", "2025年1月20日印\""), "LR-DATE-FORM").get(0);
		assertEquals(7, issue.getLineNumber());
		assertEquals(17, issue.getColumn());
		assertTrue(issue.getMessage().contains("“印”"), issue.getMessage());
	}

	@Test
	void writtenDateWithLeadingZero() {
		assertEquals(1, TestSupport.withCode(validateWith("2025年1月20日", "2025年01月20日"), "LR-DATE-FORM").size());
	}

	@Test
	void reportYearMustBeTheYearBeforeTheWrittenDate() {
		assertEquals(1, TestSupport.withCode(validateWith("2025年1月20日", "2026年1月20日"), "LR-YEAR-DATE").size());
	}

	@Test
	void writtenAfterTheNationalDeadline() {
		Issue issue = TestSupport.withCode(validateWith("2025年1月20日", "2025年4月2日"), "LR-DEADLINE").get(0);
		assertTrue(issue.getMessage().contains("2025年3月31日"), issue.getMessage());
		assertTrue(validateWith("2025年1月20日", "2025年3月31日").stream().noneMatch(i -> "LR-DEADLINE".equals(i.getCode())));
	}

	@Test
	void documentNumberBracketsMustBeHexagonal() {
		Issue issue = TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n发文字号 \"某局发【2025】3号\"\n"), "LR-DOCNO-FORM").get(0);
		assertEquals("某局发〔2025〕3号", issue.getData()[0]);
		assertTrue(TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n发文字号 \"某局发〔2025〕3号\"\n"), "LR-DOCNO-FORM").isEmpty());
	}

	@Test
	void upwardReportWithRecipientNeedsSigner() {
		assertEquals(1, TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办\"\n"), "LR-SIGNER-MISSING").size());
		assertTrue(TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办\"\n签发人 \"张三\"\n"),
				"LR-SIGNER-MISSING").isEmpty());
	}

	@Test
	void nonStandardSignerLabelIsReported() {
		List<Issue> issues = validateWith("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办\"\n签发人 \"张三\" 标识 \"签发：\"\n");
		Issue issue = TestSupport.withCode(issues, "LR-META-LABEL").get(0);
		assertEquals("签发人：", issue.getData()[0]);
	}

	/** Issue 18 (6): example values follow the report, not a fixed example date. */
	@Test
	void examplesInMessagesFollowTheReportYear() {
		String header2022 = TestSupport.HEADER.replace("2024", "2022").replace("成文日期 \"2025年1月20日\"\n", "");
		Issue date = TestSupport.withCode(TestSupport.validate(header2022 + TestSupport.ALL_PARTS), "LR-META-REQUIRED").get(0);
		assertTrue(date.getMessage().contains("成文日期 “2023年1月22日”"), date.getMessage());
		Issue year = TestSupport.withCode(validateWith("报告年度 2024\n", "").stream().toList(), "LR-META-REQUIRED").get(0);
		assertTrue(year.getMessage().contains("报告年度 2024"), "the year before the written date 2025年1月20日: " + year.getMessage());
		Issue form = TestSupport.withCode(TestSupport.validate(TestSupport.HEADER.replace("2024", "2022")
				.replace("成文日期 \"2025年1月20日\"", "成文日期 \"二〇二三年\"") + TestSupport.ALL_PARTS), "LR-DATE-FORM").get(0);
		assertTrue(form.getMessage().contains("如“2023年1月22日”"), form.getMessage());
		Issue number = TestSupport.withCode(TestSupport.validate(TestSupport.HEADER.replace("2024", "2022")
				.replace("成文日期 \"2025年1月20日\"", "成文日期 \"2023年1月20日\"\n发文字号 \"某局发\"") + TestSupport.ALL_PARTS),
				"LR-DOCNO-FORM").get(0);
		assertTrue(number.getMessage().contains("如“某政发〔2023〕1号”"), number.getMessage());
	}

	@Test
	void missingWrittenDateAndSignature() {
		List<Issue> issues = validateWith("署名 \"某市某局\"\n成文日期 \"2025年1月20日\"\n", "");
		assertEquals(1, TestSupport.withCode(issues, "LR-META-REQUIRED").size());
		assertEquals(1, TestSupport.withCode(issues, "LR-SIGNATURE-MISSING").size());
	}

	@Test
	void metadataWrittenTwiceIsAnErrorOnTheSecond() {
		Issue issue = TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n层级 部门\n"), "LR-META-DUPLICATE").get(0);
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals(5, issue.getLineNumber(), "the repeated line, not the first");
		assertTrue(issue.getMessage().contains("层级"), issue.getMessage());
	}

	@Test
	void metadataValueOfTheWrongKind() {
		Issue year = TestSupport.withCode(validateWith("报告年度 2024", "报告年度 \"二〇二四\""), "LR-META-VALUE").get(0);
		assertEquals(3, year.getLineNumber());
		assertTrue(year.getMessage().contains("报告年度"), year.getMessage());
		Issue level = TestSupport.withCode(validateWith("层级 部门", "层级 \"部门\""), "LR-META-VALUE").get(0);
		assertTrue(level.getMessage().contains("层级"), level.getMessage());
	}

	@Test
	void recipientEndingInAColonPointsAtTheColon() {
		List<Issue> issues = validateWith("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办：\"\n签发人 \"张三\"\n");
		Issue issue = TestSupport.withCode(issues, "LR-RECIPIENT-COLON").get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(1, issue.getLength());
		assertEquals(5, issue.getLineNumber());
		assertEquals(14, issue.getColumn(), "the colon inside the quotes");
		assertTrue(TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办\"\n签发人 \"张三\"\n"),
				"LR-RECIPIENT-COLON").isEmpty());
	}

	@Test
	void documentNumberYearOtherThanTheWrittenDates() {
		Issue issue = TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n发文字号 \"某局发〔2024〕3号\"\n"), "LR-DOCNO-YEAR")
				.get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertTrue(issue.getMessage().contains("2024") && issue.getMessage().contains("2025"), issue.getMessage());
		assertTrue(TestSupport.withCode(validateWith("层级 部门\n", "层级 部门\n发文字号 \"某局发〔2025〕3号\"\n"), "LR-DOCNO-YEAR")
				.isEmpty());
	}

	@Test
	void invisibleCharacterInATitle() {
		Issue issue = TestSupport.withCode(validateWith("某市某局2024年", "某市某局\u200B2024年"), "LR-TEXT-INVISIBLE").get(0);
		assertEquals(2, issue.getLineNumber());
		assertEquals(9, issue.getColumn());
		assertEquals("某市某局2024年法治政府建设年度报告", issue.getData()[0]);
	}
}
