package org.lawreport.dsl.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.testing.TestSupport;

/**
 * Go-to-definition, references and highlighting ask what named element stands at an offset. Found by
 * LanguageServerFuzzTest: in broken text, Xtext's helper failed with a NullPointerException (an internal error to
 * the client) where there is simply no element. Every offset of broken reports must answer.
 */
class ElementAtOffsetTest {

	@ParameterizedTest
	@ValueSource(strings = { "报告 依据", "报告 依据 法治政府建设年度报告\n部分 举措成效 \"x\"\n\t段 \"{受理=", "模板 甲 继承\n部分",
			"报告 依据 法治政府建设年度报告\n规则 办结：办结比例 = 办结 /", "\"\n段 {", "报告 依据 法治政府建设年度报告 标题 标题 标题" })
	void everyOffsetOfABrokenReportAnswers(String text) {
		XtextResource resource = TestSupport.load(text);
		EObjectAtOffsetHelper helper = TestSupport.INJECTOR.getInstance(EObjectAtOffsetHelper.class);
		List<String> failures = new ArrayList<>();
		for (int offset = 0; offset <= text.length(); offset++) {
			try {
				helper.getElementWithNameAt(resource, offset);
			} catch (RuntimeException e) {
				failures.add(offset + ": " + e);
			}
		}
		assertEquals(List.of(), failures);
	}
}
