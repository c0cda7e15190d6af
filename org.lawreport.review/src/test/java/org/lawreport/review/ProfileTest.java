package org.lawreport.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.dsl.profile.ProfileChoice;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.profile.ProjectFile;
import org.lawreport.testing.TestSupport;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.review.DeadlineStatus;
import org.lawreport.review.PartStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.ReportSummaries;

/** Profiles (审查口径): a city's own deadline, severities and required parts, chosen by option or project file. */
class ProfileTest {

	@TempDir
	Path dir;

	private Path write(String name, String text) throws IOException {
		Path file = dir.resolve(name);
		Files.createDirectories(file.getParent());
		Files.writeString(file, text, StandardCharsets.UTF_8);
		return file;
	}

	/** Written 3月15日: within the standard deadline (3月31日), late for the city (3月1日). */
	private static String reportWrittenMarch15() {
		return TestSupport.HEADER.replace("2025年1月20日", "2025年3月15日") + TestSupport.ALL_PARTS;
	}

	private ReportRow review(ReportWorkspace workspace, Path file) throws IOException {
		ReportWorkspace.Outcome outcome = workspace.validate(file);
		try {
			return ReportSummaries.summarise(outcome);
		} finally {
			workspace.release(outcome);
		}
	}

	private static List<String> codes(ReportRow row) {
		return row.findings().stream().map(Finding::code).toList();
	}

	@Test
	void withoutAProfileTheReportsOwnTemplateApplies() throws IOException {
		Path report = write("report.lawreport", reportWrittenMarch15());
		ReportRow row = review(new ReportWorkspace(TestSupport.INJECTOR), report);
		assertEquals(DeadlineStatus.MET, row.deadlineStatus());
		assertEquals("2025-03-31", row.deadline());
		assertFalse(codes(row).contains("LR-DEADLINE"));
		assertEquals(PartStatus.MISSING, row.statusOf("其他"));
		assertEquals(null, row.statusOf("重大决策"));
	}

	@Test
	void aProfileSetsTheDeadlineSeveritiesAndRequiredParts() throws IOException, ProfileException {
		Path profile = write("口径/样例市.lawreport", TestSupport.CITY_PROFILE);
		Path report = write("report.lawreport", reportWrittenMarch15().replace("全年办理事项{12件}。", "全年办理事项{12件},群众满意。"));
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		assertEquals("样例市审查口径", workspace.applyProfile(ProfileChoice.of(profile.toString())).getName());
		ReportRow row = review(workspace, report);

		assertEquals(DeadlineStatus.LATE, row.deadlineStatus());
		assertEquals("2025-03-01", row.deadline());
		Finding late = row.findings().stream().filter(f -> f.code().equals("LR-DEADLINE")).findFirst().orElseThrow();
		assertTrue(late.message().contains("样例市依法治市办"), late.message());

		Finding missing = row.findings().stream().filter(f -> f.code().equals("LR-PART-MISSING")).findFirst().orElseThrow();
		assertTrue(missing.message().contains("重大决策") && missing.message().contains("2024年度重大行政决策情况"), missing.message());
		assertEquals(PartStatus.MISSING, row.statusOf("重大决策"));
		assertEquals(PartStatus.PRESENT, row.statusOf("举措成效"));

		assertFalse(codes(row).contains("LR-HEADING-NO-YEAR"));
		Finding punct = row.findings().stream().filter(f -> f.code().equals("LR-PUNCT-HALFWIDTH")).findFirst().orElseThrow();
		assertEquals(Finding.Level.ERROR, punct.severity(), "the profile raises it to an error");
		assertEquals("样例市审查口径", row.template());
	}

	@Test
	void aProfileIsFoundByNameAmongTheReviewedTemplates() throws IOException, ProfileException {
		Path profile = write("样例市.lawreport", TestSupport.CITY_PROFILE);
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		workspace.loadTemplates(List.of(profile));
		assertEquals("样例市审查口径", workspace.applyProfile(ProfileChoice.of("样例市审查口径")).getName());
		ProfileException unknown = assertThrows(ProfileException.class,
				() -> new ReportWorkspace(TestSupport.INJECTOR).applyProfile(ProfileChoice.of("不存在的口径")));
		assertTrue(unknown.getMessage().contains("找不到名为“不存在的口径”的审查口径")
				&& unknown.getMessage().contains("法治政府建设年度报告"), unknown.getMessage());
	}

	@Test
	void aProfileThatDoesNotBuildOnTheReportsTemplateLeavesItAlone() throws IOException, ProfileException {
		Path profile = write("other.lawreport", "模板 另一模板\n截止 次年 1月1日\n部分 甲 必备\n\t标题 \"甲\"\n");
		Path report = write("report.lawreport", reportWrittenMarch15());
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		workspace.applyProfile(ProfileChoice.of(profile.toString()));
		ReportRow row = review(workspace, report);
		assertEquals("法治政府建设年度报告", row.template());
		assertEquals(DeadlineStatus.MET, row.deadlineStatus());
	}

	@Test
	void aProfileWithErrorsOrThatIsNoTemplateIsRefusedWithItsPlace() throws IOException {
		Path broken = write("broken.lawreport", "模板 坏口径 继承 法治政府建设年度报告\n截止 部门 次年\n");
		ProfileException e = assertThrows(ProfileException.class,
				() -> new ReportWorkspace(TestSupport.INJECTOR).applyProfile(ProfileChoice.of(broken.toString())));
		assertTrue(e.getMessage().startsWith(broken + ":2:") || e.getMessage().startsWith(broken + ":3:"), e.getMessage());
		assertTrue(e.getMessage().contains("审查口径有错误"), e.getMessage());

		Path report = write("report.lawreport", reportWrittenMarch15());
		ProfileException notTemplate = assertThrows(ProfileException.class,
				() -> new ReportWorkspace(TestSupport.INJECTOR).applyProfile(ProfileChoice.of(report.toString())));
		assertTrue(notTemplate.getMessage().contains("审查口径应是一个模板"), notTemplate.getMessage());
	}

	@Test
	void theProjectFileNextToTheReportsOrAboveThemChoosesTheProfile() throws IOException, ProfileException {
		write("口径/样例市.lawreport", TestSupport.CITY_PROFILE);
		Path project = write("lawreport.properties", "# 样例市依法治市办\nprofile = 口径/样例市.lawreport\n");
		Path deep = write("各区/东湖区/report.lawreport", reportWrittenMarch15());
		assertEquals(project.toAbsolutePath(), ProjectFile.find(deep).orElseThrow().toAbsolutePath());
		ProfileChoice choice = ProjectFile.profileOf(project).orElseThrow();
		assertEquals(dir.resolve("口径/样例市.lawreport").toAbsolutePath().normalize(), choice.file().toAbsolutePath().normalize());
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		workspace.applyProfile(choice);
		assertEquals(DeadlineStatus.LATE, review(workspace, deep).deadlineStatus());
		assertTrue(choice.describe("样例市审查口径").contains("lawreport.properties"));
	}
}
