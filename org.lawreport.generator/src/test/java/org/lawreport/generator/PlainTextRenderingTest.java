package org.lawreport.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.testing.PublishedText;
import org.lawreport.testing.TestSupport;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.PlainTextGenerator;

/**
 * The text rendering reproduces each published report: same characters in the same order, ignoring white space,
 * the website's navigation and footer lines, and the style of the original's heading numbers (the language
 * generates 一、（一）1.（1）; the originals sometimes typed "(一)" or "1、").
 */
class PlainTextRenderingTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void renderingReproducesThePublishedText(String prefix) throws IOException {
		Path source = seed(prefix, ".lawreport");
		Path original = seed(prefix, ".txt");
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		ReportWorkspace.Outcome outcome = workspace.validate(source);
		String rendered = PlainTextGenerator.render(DocumentBuilder.build(outcome.report()));
		String expected = PublishedText.canonical(Files.readString(original, StandardCharsets.UTF_8));
		String actual = rendered.replaceAll(PublishedText.WHITE_SPACE, "");
		if (!expected.equals(actual)) {
			int i = 0;
			while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
				i++;
			}
			String where = "first difference at character " + i + ":\n original: "
					+ expected.substring(Math.max(0, i - 30), Math.min(expected.length(), i + 30)) + "\n rendered: "
					+ actual.substring(Math.max(0, i - 30), Math.min(actual.length(), i + 30));
			assertEquals(expected.length(), actual.length(), where);
			assertEquals(expected, actual, where);
		}
	}

	@Test
	void headingNumbersAndRunInNumbersAreGeneratedPerContainer() {
		Report report = TestSupport.report(TestSupport.HEADER + """
				部分 举措成效 "举措"
					段 "总述。" 要点 "甲。" 要点 "乙。"
					段 要点 "丙。"
					节 "第一节"
						条 "条一。" 接排
							段 要点 "子甲。"
						条 "条二"
					节 "第二节"
						条 "条三"
							款 "款一"
				部分 不足原因 "不足"
					段 要点 "丁。"
				""");
		OfficialDocument document = DocumentBuilder.build(report);
		List<String> lines = document.body().stream().map(OfficialDocument.Block::text).collect(Collectors.toList());
		assertEquals(List.of("一、举措", "总述。一是甲。二是乙。", "三是丙。", "（一）第一节", "1.条一。一是子甲。", "2.条二",
				"（二）第二节", "1.条三", "（1）款一", "二、不足", "一是丁。"), lines);
	}

	@Test
	void headerAndClosingLinesFollowTheOfficialOrder() {
		Report report = TestSupport.report("""
				报告 依据 法治政府建设年度报告
				标题 "关于2024年度法治政府建设情况的报告"
				发文机关标志 "某局文件"
				发文字号 "某发〔2025〕1号"
				签发人 "张三"
				主送机关 "市委依法治市办"
				署名 "某局"
				成文日期 "2025年1月2日"
				段 "正文。"
				""");
		String text = PlainTextGenerator.render(DocumentBuilder.build(report));
		assertEquals("某局文件\n\n某发〔2025〕1号\n签发人：张三\n\n关于2024年度法治政府建设情况的报告\n\n市委依法治市办：\n\n"
				+ "\u3000\u3000正文。\n\n某局\n2025年1月2日\n", text);
	}

	static Path seed(String prefix, String extension) throws IOException {
		try (var files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			Path found = files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(extension))
					.findFirst().orElseThrow();
			assertTrue(Files.isRegularFile(found));
			return found;
		}
	}
}
