package org.lawreport.dsl.tests.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureReference;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.TextChunk;
import org.lawreport.testing.TestSupport;

/** The grammar: what a drafting officer writes parses into the structure they meant. */
class ParsingTest {

	@Test
	void completeReportParsesWithoutErrors() {
		XtextResource resource = TestSupport.load(TestSupport.HEADER + TestSupport.ALL_PARTS);
		assertTrue(resource.getErrors().isEmpty(), () -> resource.getErrors().toString());
		Report report = (Report) resource.getContents().get(0);
		assertEquals(4, report.getParts().size());
		assertEquals("举措成效", report.getParts().get(0).getFulfils().getName());
	}

	@Test
	void figuresAreModelElementsInsideTheProse() {
		Report report = TestSupport.report(TestSupport.HEADER + """
				段 "受理{受理总数=71.33万件}，其中即办件{即办=69.03万件 }，办结率{96.77%}，同比{增长=11% 增幅}；共{受理总数}。"
				""");
		var segments = report.getOpening().get(0).getLead().getSegments();
		Figure total = (Figure) segments.get(1);
		assertEquals("受理总数", total.getName());
		assertEquals("71.33万件", total.getLiteral());
		Figure growth = (Figure) segments.get(7);
		assertTrue(growth.isGrowth());
		FigureReference ref = (FigureReference) segments.get(9);
		assertEquals(total, ref.getFigure());
		assertEquals("受理71.33万件，其中即办件69.03万件，办结率96.77%，同比11%；共71.33万件。",
				Prose.text(report.getOpening().get(0).getLead()));
	}

	@Test
	void escapesInProseStandForTheCharacter() {
		Report report = TestSupport.report(TestSupport.HEADER + "段 \"他说\\\"好\\\"，见\\{注\\}。\"\n");
		TextChunk chunk = (TextChunk) report.getOpening().get(0).getLead().getSegments().get(0);
		assertEquals("他说\"好\"，见{注}。", chunk.getValue());
	}

	@Test
	void headingLevelsNestByKeyword() {
		Report report = TestSupport.report(TestSupport.HEADER + """
				部分 举措成效 "2024年工作"
					段 "总述。"
					节 "强化学习"
						条 "健全制度。" 接排
							段 "制定办法。"
						条 "加强培训"
					条 "直接在部分之下的条"
				""");
		Part part = report.getParts().get(0);
		// indentation is not syntax: an item after a section's items belongs to that section (the formatter shows it)
		assertEquals(2, part.getContent().size());
		Section section = assertInstanceOf(Section.class, part.getContent().get(1));
		assertEquals(3, section.getContent().size());
		Item first = assertInstanceOf(Item.class, section.getContent().get(0));
		assertTrue(first.isRunIn());
	}

	@Test
	void chineseIdentifiersWithDigitsAndTraditionalCharacters() {
		Report report = TestSupport.report(TestSupport.HEADER + "段 \"審批{審批事項2024=360項}。\"\n");
		Figure figure = (Figure) report.getOpening().get(0).getLead().getSegments().get(1);
		assertEquals("審批事項2024", figure.getName());
	}

	@Test
	void syntaxErrorIsChineseWithLineAndColumn() {
		List<Issue> issues = TestSupport.validate(TestSupport.HEADER + "部分 举措成效 \"标题\"\n\t段 \"没有结束的文字\n");
		Issue syntax = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
		assertTrue(syntax.getMessage().startsWith("语法错误"), syntax.getMessage());
		assertEquals(9, syntax.getLineNumber());
		assertFalse(syntax.getMessage().contains("mismatched"), syntax.getMessage());
	}

	@Test
	void aFileThatIsNeitherReportNorTemplateSaysHowToStart() {
		List<Issue> issues = TestSupport.validate("// 说明\n你好 世界\n");
		Issue syntax = issues.stream().filter(Issue::isSyntaxError).findFirst().orElseThrow();
		assertTrue(syntax.getMessage().contains("文件应以“报告 依据 模板名称”"), syntax.getMessage());
		assertTrue(syntax.getMessage().contains("而不是“你好”"), syntax.getMessage());
		assertEquals(2, syntax.getLineNumber());
	}

	/**
	 * A rule nested 10,000 deep made the parser overflow its stack: the command line caught it, the editor and the
	 * language server only logged it and showed nothing. The parser itself stops at 100 levels now, with a syntax
	 * error at the bracket, and reads the rest; on a thread with a small stack too.
	 */
	@Test
	void aRuleNestedTenThousandDeepIsASyntaxErrorAtTheBracketNotAStackOverflow() throws Exception {
		String text = TestSupport.HEADER + "段 \"甲{甲=2件}乙{乙=3件}，（括号在文字中不算）。\"\n" + TestSupport.ALL_PARTS
				+ "规则 深：甲 = " + "（".repeat(10_000) + "乙" + "）".repeat(10_000) + "\n规则 浅：甲 < 乙\n";
		List<Issue>[] issues = new List[1];
		Thread small = new Thread(null, () -> issues[0] = TestSupport.validate(text), "small-stack", 256 * 1024);
		small.start();
		small.join();
		List<Issue> syntax = TestSupport.withCode(issues[0], "LR-SYNTAX");
		assertFalse(syntax.isEmpty(), String.valueOf(issues[0]));
		Issue first = syntax.get(0);
		assertTrue(first.getMessage().contains("括号或结构嵌套过深，在第17行第110列已超过 100 层"), first.getMessage());
		assertEquals(17, (int) first.getLineNumber());
		assertEquals(110, (int) first.getColumn());
		// the report around it is read: its parts are there, and the rule after it is checked
		assertTrue(issues[0].stream().noneMatch(i -> "LR-PART-MISSING".equals(i.getCode())), String.valueOf(issues[0]));
	}

	@Test
	void bracketsInTextAndNestingUpToTheLimitAreReadAsWritten() {
		String text = TestSupport.HEADER + "段 \"" + "（".repeat(300) + "甲{甲=2件}乙{乙=2件}" + "）".repeat(300) + "\"\n"
				+ TestSupport.ALL_PARTS + "规则 等：甲 = " + "（".repeat(100) + "乙" + "）".repeat(100) + "\n";
		List<Issue> issues = TestSupport.validate(text);
		assertTrue(TestSupport.withCode(issues, "LR-SYNTAX").isEmpty(), issues.toString());
		assertTrue(TestSupport.withCode(issues, "LR-RULE-FAILED").isEmpty(), issues.toString());
	}
}
