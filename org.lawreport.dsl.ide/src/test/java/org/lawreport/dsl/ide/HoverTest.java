package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;

/** Hover on figures (type, value, every rule with its computed result) and on headings (template part, clause). */
class HoverTest {

	static final String SEED_000 = "000_5032f3d1ab3637ce.lawreport";
	static final String SEED_003 = "003_0db46809fcd894a2.lawreport";

	static String hover(EditorSession session, int offset) {
		IHoverService service = session.get(IHoverService.class);
		HoverParams params = new HoverParams(new TextDocumentIdentifier("memory:/ide-test.lawreport"),
				session.document().getPosition(offset));
		Hover hover = service.hover(session.document(), session.resource(), params, CancelIndicator.NullImpl);
		return hover.getContents().getRight().getValue();
	}

	@Test
	void figureShowsTypeValueAndEveryRuleWithItsResult() {
		String text = IdeFixtures.seed(SEED_003);
		EditorSession session = IdeFixtures.session(text);
		String md = hover(session, IdeFixtures.after(text, "{受理总数=7"));
		assertTrue(md.startsWith("**指标 受理总数**"), md);
		assertTrue(md.contains("类型：计数"), md);
		assertTrue(md.contains("数值：71.33万件（713300件）"), md);
		assertTrue(md.contains("✓ 规则“受理合计”成立：受理总数 写作 71.33万件，按 69.03万件+2.3万件 计算为 71.33万件"), md);
		assertTrue(md.contains("规则“当场办结”"), "the second rule that names it: " + md);
	}

	@Test
	void aFailingRuleShowsTheComputedValue() {
		String text = IdeFixtures.seed(SEED_000);
		EditorSession session = IdeFixtures.session(text);
		String md = hover(session, IdeFixtures.after(text, "{办结比例=9"));
		assertTrue(md.contains("✗ 规则“办结比例”不成立：办结比例 写作 98.97%，按 5279件/5534件 计算应为 95.39%"), md);
	}

	@Test
	void aReferenceInProseAndANameInARuleShowTheSameFigure() {
		String text = IdeFixtures.seed(SEED_003);
		EditorSession session = IdeFixtures.session(text);
		String inProse = hover(session, IdeFixtures.after(text, "数据{好差评数据") - 1);
		assertTrue(inProse.startsWith("**指标 好差评数据**"), inProse);
		String inRule = hover(session, IdeFixtures.after(text, "受理合计：受理总数") - 1);
		assertTrue(inRule.startsWith("**指标 受理总数**"), inRule);
	}

	@Test
	void partShowsItsNumberTemplatePartAndClause() {
		String text = IdeFixtures.seed(SEED_003);
		EditorSession session = IdeFixtures.session(text);
		String md = hover(session, IdeFixtures.after(text, "部分 第一责任人 \"党政"));
		assertTrue(md.startsWith("**二、党政主要负责人履行法治建设第一责任人职责情况**"), md);
		assertTrue(md.contains("模板部分：第一责任人（必备）"), md);
		assertTrue(md.contains("规范标题：2020年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"), md);
		assertTrue(md.contains("依据：《法治政府建设与责任落实督察工作规定》第二十五条第（三）项"), md);
	}

	@Test
	void plainProseHasNoHover() {
		String text = IdeFixtures.seed(SEED_003);
		EditorSession session = IdeFixtures.session(text);
		assertEquals("", session.hoverMarkdown(IdeFixtures.after(text, "在区委区政府的坚强")));
		assertEquals(IHoverService.EMPTY_HOVER, session.get(IHoverService.class).hover(session.document(), session.resource(),
				new HoverParams(new TextDocumentIdentifier("memory:/x"), session.document().getPosition(IdeFixtures.after(text, "在区委区政府的坚强"))),
				CancelIndicator.NullImpl));
	}
}
