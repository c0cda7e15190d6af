package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

/** Templates and profiles written in the language: their part names and the codes their severities name. */
class TemplateChecksTest {

	private static final String TEMPLATE = "模板 另一模板\n截止 次年 1月1日\n部分 甲 必备\n\t标题 \"甲\"\n";

	@Test
	void aWellFormedTemplateHasNoTemplateFindings() {
		List<Issue> issues = TestSupport.validate(TEMPLATE + "严重性 \"LR-PART-ORDER\" 错误\n");
		assertTrue(issues.stream().noneMatch(i -> i.getCode() != null && i.getCode().startsWith("LR-TEMPLATE")), issues.toString());
	}

	@Test
	void aSeverityForACodeThatDoesNotExist() {
		List<Issue> issues = TestSupport.withCode(TestSupport.validate(TEMPLATE + "严重性 \"LR-PART-ORDR\" 错误\n"), "LR-TEMPLATE-CODE");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(5, issues.get(0).getLineNumber());
		assertTrue(issues.get(0).getMessage().contains("LR-PART-ORDR"), issues.get(0).getMessage());
	}

	@Test
	void twoPartsOfOneName() {
		List<Issue> issues = TestSupport.withCode(TestSupport.validate(TEMPLATE + "部分 甲 必备\n\t标题 \"又一个甲\"\n"),
				"LR-TEMPLATE-PART");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.ERROR, issues.get(0).getSeverity());
		assertEquals(5, issues.get(0).getLineNumber(), "the second 甲");
	}
}
