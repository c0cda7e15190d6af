package org.lawreport.dsl.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;

import com.google.inject.Provider;

/** The formatter lays a report out canonically: one entry per line, indentation by level, tight figures. */
class FormatterTest {

	static String format(String text) {
		XtextResource resource = TestSupport.load(text);
		Provider<TextRegionAccessBuilder> builder = TestSupport.INJECTOR.getProvider(TextRegionAccessBuilder.class);
		ITextRegionAccess regions = builder.get().forNodeModel(resource).create();
		FormatterRequest request = TestSupport.INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		IFormatter2 formatter = TestSupport.INJECTOR.getInstance(IFormatter2.class);
		return regions.getRewriter().renderToString(formatter.format(request));
	}

	@Test
	void messyReportIsLaidOutCanonically() {
		String messy = "报告   依据 法治政府建设年度报告 报告年度 2024 层级 部门\n"
				+ "部分 举措成效 \"2024年工作\" 节 \"学习\" 段 \"开展{ 次数 = 12次 }学习。\" 要点 \"甲。\"   要点 \"乙。\"\n"
				+ "条 \"条目\" 段 \"内容。\" 部分 不足原因 \"不足\" 段 \"少。\"\n规则 甲规则 ：次数 >= 1";
		String expected = """
				报告 依据 法治政府建设年度报告
				报告年度 2024
				层级 部门

				部分 举措成效 "2024年工作"
					节 "学习"
						段 "开展{次数=12次}学习。" 要点 "甲。" 要点 "乙。"
						条 "条目"
							段 "内容。"

				部分 不足原因 "不足"
					段 "少。"

				规则 甲规则：次数 >= 1""";
		assertEquals(expected, format(messy));
	}

	@Test
	void formattingIsIdempotent() {
		String once = format(TestSupport.HEADER + TestSupport.ALL_PARTS);
		assertEquals(once, format(once));
	}
}
