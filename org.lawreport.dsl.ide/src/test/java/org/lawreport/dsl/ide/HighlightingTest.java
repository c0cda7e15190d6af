package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ide.highlighting.HighlightingStyles;

/** Every piece of a report gets the style an editor colours it with; figures stand out in the prose. */
class HighlightingTest {

	static final String TEXT = """
			报告 依据 法治政府建设年度报告
			报告年度 2024
			层级 部门
			部分 举措成效 "2024年工作{次数=12次}"
				段 "开展{培训=12次}培训，其中{培训}次为线上。"
			// 备注
			规则 培训合计：培训 = 次数 截断
			""";

	static String styleAt(List<LightweightPosition> positions, String text, String piece) {
		return styleAt(positions, text.indexOf(piece), piece.length());
	}

	static String styleAt(List<LightweightPosition> positions, int offset, int length) {
		for (LightweightPosition p : positions) {
			if (p.getOffset() <= offset && offset + length <= p.getOffset() + p.getLength()) {
				return p.getIds()[0];
			}
		}
		return "none";
	}

	@Test
	void eachPieceHasItsStyle() {
		EditorSession session = IdeFixtures.session(TEXT);
		List<LightweightPosition> positions = session.highlighting();
		assertEquals(HighlightingStyles.KEYWORD, styleAt(positions, TEXT, "报告"));
		assertEquals(HighlightingStyles.KEYWORD, styleAt(positions, TEXT, "依据"));
		assertEquals(HighlightingStyles.METADATA_KEY, styleAt(positions, TEXT, "报告年度"));
		assertEquals(HighlightingStyles.METADATA_VALUE, styleAt(positions, TEXT.indexOf("2024\n"), 4));
		assertEquals(HighlightingStyles.METADATA_VALUE, styleAt(positions, TEXT, "部门"));
		assertEquals(HighlightingStyles.KEYWORD, styleAt(positions, TEXT, "部分"));
		assertEquals(HighlightingStyles.TEMPLATE_PART, styleAt(positions, TEXT, "举措成效"));
		assertEquals(HighlightingStyles.HEADING, styleAt(positions, TEXT, "\"2024年工作{"));
		assertEquals(HighlightingStyles.FIGURE, styleAt(positions, TEXT, "次数=12次"), "a figure inside a heading");
		assertEquals(HighlightingStyles.TEXT, styleAt(positions, TEXT, "\"开展{"));
		assertEquals(HighlightingStyles.FIGURE, styleAt(positions, TEXT, "培训=12次"));
		assertEquals(HighlightingStyles.FIGURE_REFERENCE, styleAt(positions, TEXT.indexOf("{培训}") + 1, 2));
		assertEquals(HighlightingStyles.COMMENT, styleAt(positions, TEXT, "// 备注"));
		assertEquals(HighlightingStyles.KEYWORD, styleAt(positions, TEXT, "规则"));
		assertEquals(HighlightingStyles.RULE_NAME, styleAt(positions, TEXT, "培训合计"));
		assertEquals(HighlightingStyles.FIGURE_REFERENCE, styleAt(positions, TEXT.indexOf("次数 截断"), 2));
		assertEquals(HighlightingStyles.RULE_EXPRESSION, styleAt(positions, TEXT, "截断"));
		assertEquals(HighlightingStyles.RULE_EXPRESSION, styleAt(positions, TEXT.indexOf("= 次数"), 1));
	}

	@Test
	void everyPositionCarriesAStyleAndItsLspTokenType() {
		EditorSession session = IdeFixtures.session(IdeFixtures.seed("003_0db46809fcd894a2.lawreport"));
		List<LightweightPosition> positions = session.highlighting();
		assertTrue(positions.size() > 300, "positions: " + positions.size());
		for (LightweightPosition p : positions) {
			assertTrue(HighlightingStyles.ALL.contains(p.getIds()[0]), p.toString());
			assertEquals(HighlightingStyles.LSP_TOKEN_TYPES.get(p.getIds()[0]), p.getIds()[1]);
		}
		for (int i = 1; i < positions.size(); i++) {
			LightweightPosition a = positions.get(i - 1);
			assertTrue(a.getOffset() + a.getLength() <= positions.get(i).getOffset(), "overlap at " + a.getOffset());
		}
	}
}
