package org.lawreport.dsl.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.library.LibraryTemplates;
import org.lawreport.testing.TestSupport;

/** Names: the standard template without configuration, figures local to their report, Chinese messages. */
class LinkingTest {

	@Test
	void standardTemplateIsFoundWithoutConfiguration() {
		Report report = TestSupport.report(TestSupport.HEADER);
		assertFalse(report.getTemplate().eIsProxy());
		assertEquals(LibraryTemplates.STANDARD_TEMPLATE, report.getTemplate().getName());
		assertTrue(LibraryTemplates.isLibrary(report.getTemplate().eResource().getURI()));
	}

	@Test
	void unknownTemplatePartNamesTheAvailableOnes() {
		List<Issue> issues = TestSupport.validate(TestSupport.HEADER + "部分 成绩 \"2024年工作\"\n\t段 \"内容。\"\n");
		Issue issue = TestSupport.withCode(issues, "LR-LINK-PART").get(0);
		assertTrue(issue.getMessage().contains("“成绩”"), issue.getMessage());
		assertTrue(issue.getMessage().contains("举措成效、不足原因、第一责任人、下年安排、其他"), issue.getMessage());
		assertEquals(8, issue.getLineNumber());
		assertEquals(4, issue.getColumn());
	}

	@Test
	void unknownFigureReferenceIsReported() {
		List<Issue> issues = TestSupport.validate(TestSupport.HEADER + "段 \"共{总数}。\"\n");
		Issue issue = TestSupport.withCode(issues, "LR-LINK-FIGURE").get(0);
		assertTrue(issue.getMessage().contains("“总数”"), issue.getMessage());
	}

	@Test
	void unknownTemplateIsReported() {
		List<Issue> issues = TestSupport.validate("报告 依据 某省模板\n");
		assertEquals(1, TestSupport.withCode(issues, "LR-LINK-TEMPLATE").size());
	}

	@Test
	void figuresOfOneReportAreInvisibleToAnother() {
		XtextResourceSet set = TestSupport.INJECTOR.getInstance(XtextResourceSet.class);
		TestSupport.load(set, TestSupport.HEADER + "段 \"共{总数=5件}。\"\n", "a.lawreport");
		var other = TestSupport.load(set, TestSupport.HEADER + "段 \"共{总数}。\"\n", "b.lawreport");
		assertEquals(1, TestSupport.withCode(TestSupport.validate(other), "LR-LINK-FIGURE").size());
	}

	@Test
	void userTemplateInTheSameFolderInheritsTheStandardParts() {
		XtextResourceSet set = TestSupport.INJECTOR.getInstance(XtextResourceSet.class);
		TestSupport.load(set, """
				模板 某省部门报告 继承 法治政府建设年度报告
				截止 部门 次年 3月1日
				严重性 "LR-PART-ORDER" 错误
				""", "profile.lawreport");
		var report = TestSupport.load(set, TestSupport.HEADER.replace("依据 法治政府建设年度报告", "依据 某省部门报告")
				.replace("2025年1月20日", "2025年3月2日") + TestSupport.ALL_PARTS, "r.lawreport");
		List<Issue> issues = TestSupport.validate(report);
		assertTrue(TestSupport.withCode(issues, "LR-LINK-PART").isEmpty(), issues.toString());
		assertEquals(1, TestSupport.withCode(issues, "LR-DEADLINE").size(), "the profile's 3月1日 applies to departments");
	}
}
