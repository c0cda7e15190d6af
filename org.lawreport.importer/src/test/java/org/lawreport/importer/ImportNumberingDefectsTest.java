package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lawreport.importer.Draft;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;

/**
 * Numbering defects of the original are reported with their line, and the structure is imported as it is meant:
 * the language numbers headings itself, so the imported report is numbered correctly.
 */
class ImportNumberingDefectsTest {

	private static final ImportResult RESULT = ImportFixtures.importText("numbering.txt", ImportFixtures.resource("numbering-defects.txt"));

	private static ImportNote at(int line) {
		List<ImportNote> notes = ImportFixtures.notes(RESULT, "IMP-NUMBERING").stream().filter(n -> n.line() == line).toList();
		assertEquals(1, notes.size(), "numbering notes at line " + line + ": " + ImportFixtures.notes(RESULT, "IMP-NUMBERING"));
		return notes.get(0);
	}

	@Test
	void exactlyTheDefectiveLinesAreReported() {
		assertEquals(List.of(6, 8, 10, 13), ImportFixtures.notes(RESULT, "IMP-NUMBERING").stream().map(ImportNote::line)
				.collect(Collectors.toList()));
		assertTrue(ImportFixtures.notes(RESULT, "IMP-NUMBERING").stream()
				.allMatch(n -> n.category() == ImportNote.Category.DEFECT && n.severity().name().equals("WARNING")));
	}

	@Test
	void arabicNumberingRunningOnAcrossSections() {
		ImportNote note = at(6);
		assertTrue(note.message().contains("续编") && note.message().contains("“3.”") && note.message().contains("“1.”"), note.message());
	}

	@Test
	void duplicatedSectionNumber() {
		ImportNote note = at(8);
		assertTrue(note.message().contains("重复") && note.message().contains("（二）") && note.message().contains("“（三）”"), note.message());
	}

	@Test
	void skippedItemNumber() {
		ImportNote note = at(10);
		assertTrue(note.message().contains("跳号") && note.message().contains("缺少“2.”"), note.message());
	}

	@Test
	void skippedPartNumber() {
		ImportNote note = at(13);
		assertTrue(note.message().contains("跳号") && note.message().contains("缺少“三、”"), note.message());
	}

	@Test
	void theStructureIsImportedAsMeantAndNumberedByTheLanguage() {
		List<Draft.Heading> parts = RESULT.draft().parts();
		assertEquals(4, parts.size());
		List<Draft.Heading> sections = parts.get(0).headings();
		assertEquals(List.of("强化学习培训", "规范行政执法", "优化政务服务"), sections.stream().map(h -> h.title().plain()).toList());
		assertEquals(List.of(2, 2, 2), sections.stream().map(h -> h.headings().size()).toList());
		String rendered = ImportFixtures.rendered(RESULT.lawreport());
		assertTrue(rendered.contains("（二）规范行政执法1.严格执法程序。"), rendered);
		assertTrue(rendered.contains("（三）优化政务服务1.推进网上办理。"), rendered);
		assertTrue(rendered.contains("2.压缩办理时限。"), rendered);
		assertTrue(rendered.contains("三、2024年度党政主要负责人"), rendered);
	}

	@Test
	void aRunInSeriesThatStartsAgainUnderOneHeadingIsKeptAsText() {
		ImportResult result = ImportFixtures.importText("restart.txt", "一、2024年度推进法治政府建设的主要举措和成效\n"
				+ "一是强化学习。二是规范执法。\n一是优化服务。二是加强监督。\n");
		Draft.Heading part = result.draft().parts().get(0);
		assertEquals(2, part.paragraphs().get(0).points().size());
		assertEquals(0, part.paragraphs().get(1).points().size());
		List<ImportNote> notes = ImportFixtures.notes(result, "IMP-RUN-IN");
		assertEquals(1, notes.size());
		assertEquals(3, notes.get(0).line());
		assertEquals("一、2024年度推进法治政府建设的主要举措和成效一是强化学习。二是规范执法。一是优化服务。二是加强监督。",
				ImportFixtures.rendered(result.lawreport()));
	}
}
