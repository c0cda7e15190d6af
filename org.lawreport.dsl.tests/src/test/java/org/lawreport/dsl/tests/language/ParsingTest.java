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
}
