package org.lawreport.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.testing.TestSupport;

/** The folder the workbench serves: nothing outside it, saves that lose nothing. */
class ReportFolderTest {

	@TempDir
	Path temp;
	Path root;
	ReportFolder folder;

	@BeforeEach
	void folder() throws IOException {
		root = Files.createDirectories(temp.resolve("报告"));
		Files.writeString(root.resolve("某局.lawreport"), TestSupport.HEADER + TestSupport.ALL_PARTS);
		Files.createDirectories(root.resolve("口径"));
		Files.writeString(root.resolve("口径/样例市.lawreport"), TestSupport.CITY_PROFILE);
		Files.writeString(temp.resolve("outside.lawreport"), "机密");
		folder = new ReportFolder(root, Clock.fixed(Instant.parse("2026-12-08T01:02:03.456Z"), ZoneOffset.UTC));
	}

	@Test
	void theFolderListsItsReportsAndTemplates() throws Exception {
		Files.writeString(root.resolve("说明.txt"), "not a report");
		assertEquals(List.of(new ReportFolder.Entry("口径/样例市.lawreport", true), new ReportFolder.Entry("某局.lawreport", false)),
				folder.list());
	}

	@ParameterizedTest
	@ValueSource(strings = { "../outside.lawreport", "口径/../../outside.lawreport", "/etc/passwd", "C:/Windows/win.ini",
			"口径\\..\\..\\outside.lawreport", ".lawreport-history/某局.lawreport", "某局.txt", "", "a//b.lawreport",
			"./某局.lawreport", "某局.lawreport\0.txt" })
	void aPathOutsideTheFolderOrNotAReportIsRefusedInChinese(String path) {
		FolderException e = assertThrows(FolderException.class, () -> folder.read(path));
		assertEquals(FolderException.Kind.FORBIDDEN, e.kind());
		assertTrue(e.getMessage().contains("只能打开本文件夹及其子文件夹中的 .lawreport 文件"), e.getMessage());
	}

	@Test
	void aLinkLeadingOutsideIsRefused() throws Exception {
		Files.createSymbolicLink(root.resolve("捷径.lawreport"), temp.resolve("outside.lawreport"));
		Files.createSymbolicLink(root.resolve("外面"), temp);
		assertEquals(FolderException.Kind.FORBIDDEN, assertThrows(FolderException.class, () -> folder.read("捷径.lawreport")).kind());
		assertEquals(FolderException.Kind.FORBIDDEN,
				assertThrows(FolderException.class, () -> folder.read("外面/outside.lawreport")).kind());
		assertEquals(FolderException.Kind.FORBIDDEN,
				assertThrows(FolderException.class, () -> folder.save("外面/新.lawreport", "x", null)).kind());
		assertFalse(Files.exists(temp.resolve("新.lawreport")));
		assertFalse(folder.list().stream().anyMatch(e -> e.path().contains("outside")), folder.list().toString());
	}

	@Test
	void aSaveKeepsThePreviousTextAndRefusesAStaleVersion() throws Exception {
		ReportFolder.Document opened = folder.read("某局.lawreport");
		ReportFolder.SaveResult saved = folder.save("某局.lawreport", opened.text() + "// 第二稿\n", opened.version());
		assertTrue(saved.saved());
		assertNotEquals(opened.version(), saved.current().version());
		assertEquals(List.of(new ReportFolder.Version("20261208T010203.456Z", opened.text().getBytes(java.nio.charset.StandardCharsets.UTF_8).length)),
				folder.history("某局.lawreport"));
		assertEquals(opened.text(), folder.historical("某局.lawreport", "20261208T010203.456Z"));

		// a second tab still at the first version: told, shown the current text, nothing overwritten
		ReportFolder.SaveResult stale = folder.save("某局.lawreport", opened.text() + "// 另一稿\n", opened.version());
		assertFalse(stale.saved());
		assertEquals(opened.text() + "// 第二稿\n", stale.current().text());
		assertEquals(opened.text() + "// 第二稿\n", Files.readString(root.resolve("某局.lawreport")));
		try (Stream<Path> files = Files.list(root)) {
			assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "a temporary file was left");
		}
	}

	@Test
	void aNewReportMayNotReplaceOneThatAppearedMeanwhile() throws Exception {
		assertTrue(folder.save("新报告.lawreport", "报告 依据 法治政府建设年度报告\n", null).saved());
		ReportFolder.SaveResult again = folder.save("新报告.lawreport", "另一份\n", null);
		assertFalse(again.saved());
		assertEquals("报告 依据 法治政府建设年度报告\n", Files.readString(root.resolve("新报告.lawreport")));
	}

	@Test
	void aVersionIdThatIsNotOneIsRefused() {
		assertEquals(FolderException.Kind.BAD_REQUEST,
				assertThrows(FolderException.class, () -> folder.historical("某局.lawreport", "../../outside")).kind());
	}
}
