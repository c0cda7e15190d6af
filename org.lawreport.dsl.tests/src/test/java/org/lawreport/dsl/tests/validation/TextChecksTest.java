package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

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

	@Test
	void invisibleCharactersInProseAreOneFindingAtTheFirst() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年\uFEFF办理事项\u200B{12件}\uFEFF。");
		// three invisible characters in two stretches of prose around a figure: one finding for the paragraph
		List<Issue> issues = TestSupport.withCode(TestSupport.validate(text), "LR-TEXT-INVISIBLE");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(9, issues.get(0).getLineNumber());
		assertEquals(7, issues.get(0).getColumn(), "at the U+FEFF after 全年");
		assertTrue(issues.get(0).getMessage().contains("U+FEFF、U+200B") && issues.get(0).getMessage().contains("共 3 处"),
				issues.get(0).getMessage());
	}

	@Test
	void noFindingOnTheSeeds() throws Exception {
		for (String seed : List.of("000_5032f3d1ab3637ce", "001_c41a6bf51d27d1a9", "002_f483cf9d47ff0326", "003_0db46809fcd894a2",
				"004_52704d554b0368b2")) {
			String text = Files.readString(TestSupport.projectRoot().resolve("seeds/" + seed + ".lawreport"));
			assertTrue(TestSupport.withCode(TestSupport.validate(text), "LR-TEXT-INVISIBLE").isEmpty(), seed);
		}
	}
}
