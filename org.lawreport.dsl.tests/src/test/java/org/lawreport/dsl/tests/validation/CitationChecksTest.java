package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

/**
 * What the prose cites and how it names things (issue 18): titles against the template's catalogue, document numbers
 * cited in the text, and the template's terms — with the standard template's lists and with a profile's own.
 */
class CitationChecksTest {

	private static List<Issue> validateParagraph(String paragraph) {
		return TestSupport.validate(TestSupport.HEADER + "段 \"" + paragraph + "\"\n" + TestSupport.ALL_PARTS);
	}

	@Test
	void aCitedTitleCloseToTheCatalogueIsAWarningAtTheTitleNamingTheOfficialOne() {
		List<Issue> issues = TestSupport.withCode(
				validateParagraph("贯彻《法治政府建设与责任落实督查工作规定》和《行政许可法》。"), "LR-CITE-TITLE");
		assertEquals(1, issues.size(), issues.toString());
		Issue issue = issues.get(0);
		assertEquals(Severity.WARNING, issue.getSeverity());
		assertEquals(8, (int) issue.getLineNumber());
		assertEquals(7, (int) issue.getColumn(), "at the title, after 段 \"贯彻《");
		assertEquals("法治政府建设与责任落实督查工作规定".length(), (int) issue.getLength());
		assertTrue(issue.getMessage().contains("应为《法治政府建设与责任落实督察工作规定》")
				&& issue.getMessage().contains("新华社2019年5月6日"), issue.getMessage());
		assertEquals("法治政府建设与责任落实督察工作规定", issue.getData()[0]);
	}

	@Test
	void hyphenWrongYearAndPrefixAreNearMissesShortFormsAndLocalTitlesAreNot() {
		List<Issue> issues = TestSupport.withCode(validateParagraph(
				"《法治政府建设实施纲要（2021-2025年）》《法治中国建设规划（2020—2024年）》《中华人民共和国优化营商环境条例》"
						+ "《民法典》《政府信息公开条例》《重庆市政务服务管理办法》《法治政府建设实施纲要(2021—2025年)》"),
				"LR-CITE-TITLE");
		assertEquals(List.of("法治政府建设实施纲要（2021—2025年）", "法治中国建设规划（2020—2025年）", "优化营商环境条例"),
				issues.stream().map(i -> i.getData()[0]).toList());
	}

	@Test
	void aCitedDocumentNumberWithLookAlikeBracketsIsAWarningOnTheBrackets() {
		List<Issue> issues = TestSupport.withCode(
				validateParagraph("按照《通知》（潼委法办〔2020〕19号）和巴府办发(2022)12号要求。"), "LR-CITE-DOCNO");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals("〔2022〕", issues.get(0).getData()[0]);
		assertEquals(6, (int) issues.get(0).getLength(), "(2022)");
		assertTrue(issues.get(0).getMessage().contains("“(2022)”"), issues.get(0).getMessage());
	}

	@Test
	void aCitedDocumentNumberOfAYearAfterTheWrittenDateIsSuspicious() {
		List<Issue> issues = TestSupport.withCode(validateParagraph("按照某委发〔2026〕3号和某委发〔2025〕1号要求。"),
				"LR-CITE-DOCNO-YEAR");
		assertEquals(1, issues.size(), issues.toString());
		assertTrue(issues.get(0).getMessage().contains("2026年") && issues.get(0).getMessage().contains("2025年1月20日"),
				issues.get(0).getMessage());
		assertEquals(4, (int) issues.get(0).getLength());
	}

	@Test
	void termsAreFlaggedWithTheirOwnSeverityAndNotInsideTitles() {
		List<Issue> issues = TestSupport.withCode(validateParagraph(
				"加快建设法制政府，原市工商局职责划转，落实《关于加强法制政府建设的意见》，强化督查。"), "LR-TERM");
		assertEquals(List.of("法治政府", "市场监督管理局"), issues.stream().map(i -> i.getData()[0]).toList());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(Severity.INFO, issues.get(1).getSeverity(), "an agency's old name is an info");
		assertTrue(issues.get(0).getMessage().contains("“法制政府”应为“法治政府”"), issues.get(0).getMessage());
	}

	@Test
	void aProfileAddsLocalTitlesAndTermsAndSetsTheirSeverity() {
		String profile = """
				模板 样例市口径 继承 法治政府建设年度报告
				引用 "重庆市政务服务管理办法" 来源 "重庆市人民政府令第342号"
				术语 "一网通办" 不用 "一网统办" 理由 "本市平台名称" 错误
				严重性 "LR-CITE-TITLE" 错误
				""";
		XtextResourceSet set = TestSupport.INJECTOR.getInstance(XtextResourceSet.class);
		TestSupport.load(set, profile, "样例市口径.lawreport");
		XtextResource report = TestSupport.load(set, TestSupport.HEADER.replace("依据 法治政府建设年度报告", "依据 样例市口径")
				+ "段 \"落实《重庆市政府服务管理办法》，推进一网统办，建设法制政府。\"\n" + TestSupport.ALL_PARTS, "report.lawreport");
		List<Issue> issues = TestSupport.validate(report);
		List<Issue> titles = TestSupport.withCode(issues, "LR-CITE-TITLE");
		assertEquals(1, titles.size(), issues.toString());
		assertEquals("重庆市政务服务管理办法", titles.get(0).getData()[0]);
		assertEquals(Severity.ERROR, titles.get(0).getSeverity(), "the profile's severity for the code");
		List<Issue> terms = TestSupport.withCode(issues, "LR-TERM");
		assertEquals(List.of(Severity.ERROR, Severity.WARNING), terms.stream().map(Issue::getSeverity).toList(),
				"the profile's term with its own severity, the standard one inherited");
	}

	@Test
	void aProfileCanTurnTermsOff() {
		String profile = """
				模板 宽松口径 继承 法治政府建设年度报告
				严重性 "LR-TERM" 关闭
				""";
		XtextResourceSet set = TestSupport.INJECTOR.getInstance(XtextResourceSet.class);
		TestSupport.load(set, profile, "宽松口径.lawreport");
		XtextResource report = TestSupport.load(set, TestSupport.HEADER.replace("依据 法治政府建设年度报告", "依据 宽松口径")
				+ "段 \"建设法制政府。\"\n" + TestSupport.ALL_PARTS, "report.lawreport");
		assertEquals(List.of(), TestSupport.withCode(TestSupport.validate(report), "LR-TERM"));
	}
}
