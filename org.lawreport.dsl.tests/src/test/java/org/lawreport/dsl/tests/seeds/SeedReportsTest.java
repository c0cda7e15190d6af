package org.lawreport.dsl.tests.seeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.testing.TestSupport;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;

/**
 * The five real reports in seeds/: each validates with exactly the findings a careful reviewer makes about the
 * published text. Half-width punctuation is counted (one finding per paragraph); every other finding is listed
 * with its line.
 */
class SeedReportsTest {

	private static ReportWorkspace workspace;

	@BeforeAll
	static void workspace() {
		workspace = new ReportWorkspace(TestSupport.INJECTOR);
	}

	static Path seed(String prefix) throws IOException {
		try (Stream<Path> files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(".lawreport"))
					.findFirst().orElseThrow();
		}
	}

	static Stream<Arguments> expectedFindings() {
		return Stream.of(
				Arguments.of("000", 30, List.of(
						"1 LR-TITLE-MISSING", // the published text has no title
						"15 LR-TEXT-PERIOD", // 今年以来
						"17 LR-TEXT-PERIOD", // 截至目前
						"21 LR-HEADING-NO-YEAR", // 二、党政主要负责人履行… without the year
						"24 LR-PART-ORDER", // 不足和原因 comes after 第一责任人
						"25 LR-TEXT-PERIOD", // 截止目前
						"27 LR-PART-EMPTY", // 四、2025年…工作思路: heading only
						"32 LR-RULE-FAILED", // 全程网办比例 79.13% but 961/1214 = 79.16%
						"34 LR-RULE-FAILED", // 83.75% but 553/661 = 83.66%
						"36 LR-RULE-FAILED", // 84.89% but 1943/2288 = 84.92%
						"38 LR-RULE-FAILED")), // 办结比例 98.97% but 5279/5534 = 95.39%
				Arguments.of("001", 32, List.of(
						"1 LR-TITLE-MISSING",
						"1 LR-META-REQUIRED", // no 成文日期 at all
						"1 LR-SIGNATURE-MISSING", // no 署名 either
						"32 LR-HEADING-NO-YEAR")), // 二、存在的不足和原因
				Arguments.of("002", 34, List.of(
						"1 LR-TITLE-MISSING",
						"11 LR-HEADING-NO-YEAR", // 一、主要举措及成效
						"23 LR-TEXT-PERIOD", // 截至目前
						"25 LR-HEADING-NO-YEAR")), // 二、存在的不足和原因
				Arguments.of("003", 5, List.of(
						"9 LR-META-LABEL", // 签发：黄西北 instead of 签发人：
						"12 LR-DATE-FORM", // 2021年2月23日印
						"59 LR-HEADING-NO-YEAR",
						"73 LR-PART-ORDER", // 不足 after 第一责任人
						"79 LR-PART-NESTED")), // next year's plan only inside part 三
				Arguments.of("004", 29, List.of(
						"1 LR-TITLE-MISSING",
						"15 LR-PART-NESTED", // 第一责任人 only as 三是 inside 一（一）
						"38 LR-HEADING-NO-YEAR", // 二、存在的不足
						"44 LR-HEADING-NO-YEAR"))); // 三、下一步工作打算
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("expectedFindings")
	void seedHasExactlyTheReviewersFindings(String prefix, int halfWidthParagraphs, List<String> others) throws IOException {
		ReportWorkspace.Outcome outcome = workspace.validate(seed(prefix));
		List<Finding> findings = outcome.findings();
		workspace.release(outcome);
		long halfWidth = findings.stream().filter(f -> f.code().equals("LR-PUNCT-HALFWIDTH")).count();
		List<String> rest = findings.stream().filter(f -> !f.code().equals("LR-PUNCT-HALFWIDTH"))
				.map(f -> f.line() + " " + f.code()).collect(Collectors.toList());
		assertEquals(others, rest);
		assertEquals(halfWidthParagraphs, halfWidth, "paragraphs with half-width punctuation");
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void seedParsesAndLinksCompletely(String prefix) throws IOException {
		ReportWorkspace.Outcome outcome = workspace.validate(seed(prefix));
		workspace.release(outcome);
		List<Finding> broken = outcome.findings().stream()
				.filter(f -> f.code().startsWith("LR-SYNTAX") || f.code().startsWith("LR-LINK") || f.code().startsWith("LR-FIGURE"))
				.collect(Collectors.toList());
		assertTrue(broken.isEmpty(), broken.toString());
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "003" })
	void failingRulesSayWhatTheNumbersShouldBe(String prefix) throws IOException {
		ReportWorkspace.Outcome outcome = workspace.validate(seed(prefix));
		workspace.release(outcome);
		Map<String, String> messages = outcome.findings().stream().filter(f -> f.code().equals("LR-RULE-FAILED"))
				.collect(Collectors.toMap(f -> String.valueOf(f.line()), Finding::message));
		if (prefix.equals("000")) {
			assertTrue(messages.get("38").contains("98.97%") && messages.get("38").contains("95.39%"), messages.get("38"));
		} else {
			assertTrue(messages.isEmpty(), "003's 受理合计 and 当场办结率 hold: " + messages);
		}
	}
}
