package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.tests.TestSupport;

/** Prose: punctuation (GB/T 15834-2011) and wording that does not belong in an annual report. */
class TextChecksTest {

	private static List<Issue> validateParagraph(String prose) {
		return TestSupport.validate(TestSupport.HEADER + "段 \"" + prose + "\"\n" + TestSupport.ALL_PARTS);
	}

	@Test
	void halfWidthPunctuationOneFindingPerParagraphAtTheFirstMark() {
		Issue issue = TestSupport.withCode(validateParagraph("2024年,在区委领导下,工作取得进展(显著)。"), "LR-PUNCT-HALFWIDTH").get(0);
		assertEquals(8, issue.getLineNumber());
		assertEquals(9, issue.getColumn(), "the comma after 2024年");
		assertTrue(issue.getMessage().contains("本段共4处"), issue.getMessage());
		assertEquals(4, issue.getData().length, "every mark is in the issue data for one quick fix");
	}

	@Test
	void decimalsAndAsciiRunsAreNotPunctuationFindings() {
		assertTrue(TestSupport.withCode(validateParagraph("压缩率{34.9%}，网址 https://www.gov.cn 可查。"), "LR-PUNCT-HALFWIDTH").isEmpty());
	}

	@Test
	void midYearWordingInAnAnnualReport() {
		Issue issue = TestSupport.withCode(validateParagraph("今年以来开展服务{1200余件}。"), "LR-TEXT-PERIOD").get(0);
		assertEquals(4, issue.getColumn(), "column of 今年以来");
		assertTrue(issue.getMessage().contains("“今年以来”"), issue.getMessage());
	}

	@Test
	void fullWidthDigitsAreReportedWithTheHalfWidthForm() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年办理事项{12件}，其中１２５件当日办结。");
		Issue issue = TestSupport.withCode(TestSupport.validate(text), "LR-PUNCT-DIGITS").get(0);
		assertEquals("125", issue.getData()[0]);
		assertEquals(3, issue.getLength(), "the whole run of digits");
		assertTrue(issue.getMessage().contains("１２５"), issue.getMessage());
	}
}
