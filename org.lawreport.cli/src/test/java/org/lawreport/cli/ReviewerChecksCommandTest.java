package org.lawreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.testing.TestSupport;

/**
 * What a careful reviewer marks (issue 18), as the command line reports it: each finding with file:line:column, its
 * stable code and the source it is checked against; the report written with a fixed example year gets examples of
 * its own year.
 */
class ReviewerChecksCommandTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	@Test
	void citedTitlesDocumentNumbersAndTermsArePlacedFindingsWithTheirSource() throws IOException {
		Path report = write("报告.lawreport", TestSupport.HEADER
				+ "段 \"贯彻《法治政府建设与责任落实督查工作规定》，按某委法办[2024]19号和某委发〔2026〕1号要求建设法制政府。\"\n"
				+ TestSupport.ALL_PARTS);
		HostileInputTest.Result r = HostileInputTest.run("validate", report.toString());
		assertEquals(0, r.exit(), "warnings only: " + r.all());
		String name = report.toString();
		assertTrue(r.out().contains(name + ":8:7: 警告 LR-CITE-TITLE 引用的《法治政府建设与责任落实督查工作规定》与正式标题不一致，"
				+ "应为《法治政府建设与责任落实督察工作规定》。（依据：模板的引用目录：《法治政府建设与责任落实督察工作规定》，"
				+ "中共中央办公厅、国务院办公厅印发，新华社2019年5月6日播发全文）"), r.out());
		assertTrue(r.out().contains(name + ":8:31: 警告 LR-CITE-DOCNO 文中引用的发文字号把年份写作“[2024]”，应写作“〔2024〕”（六角括号）。"),
				r.out());
		assertTrue(r.out().contains(name + ":8:45: 警告 LR-CITE-DOCNO-YEAR 文中引用的发文字号年份为2026年，晚于本报告的成文日期2025年1月20日"),
				r.out());
		assertTrue(r.out().contains(name + ":8:56: 警告 LR-TERM “法制政府”应为“法治政府”"), r.out());
		HostileInputTest.Result strict = HostileInputTest.run("validate", "--fail-on", "warning", report.toString());
		assertEquals(1, strict.exit(), strict.all());
	}

	@Test
	void aMissingWrittenDateOfA2022ReportIsSuggestedIn2023() throws IOException {
		Path report = write("2022.lawreport", TestSupport.HEADER.replace("2024", "2022").replace("成文日期 \"2025年1月20日\"\n", "")
				+ TestSupport.ALL_PARTS.replace("2024", "2022").replace("2025", "2023"));
		HostileInputTest.Result r = HostileInputTest.run("validate", report.toString());
		assertTrue(r.out().contains("缺少“成文日期”。请增加一行：成文日期 “2023年1月22日”"), r.out());
	}
}
