package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.testing.TestSupport;

/** The session the Eclipse editor keeps per open report: re-parse on change, findings, positions, own templates. */
class EditorSessionTest {

	@Test
	void reparsingAfterAnEditUpdatesTheFindings() {
		EditorSession session = IdeFixtures.session(TestSupport.HEADER + TestSupport.ALL_PARTS);
		assertEquals(List.of(), session.validate().stream().filter(i -> i.getSeverity().name().equals("ERROR")).toList());
		String edited = session.text().replace("部分 第一责任人", "部分 第一责任");
		session.update(edited);
		List<Issue> issues = session.validate();
		Issue link = issues.stream().filter(i -> "LR-LINK-PART".equals(i.getCode())).findFirst().orElseThrow(() -> new AssertionError(issues));
		assertTrue(link.getMessage().contains("没有名为“第一责任”的部分"), link.getMessage());
		assertEquals(edited.indexOf("第一责任 "), link.getOffset().intValue());
	}

	@Test
	void offsetsAndLineColumnsConvertBothWays() {
		String text = "报告 依据 法治政府建设年度报告\n报告年度 2024\n层级 部门";
		EditorSession session = IdeFixtures.session(text);
		int offset = text.indexOf("2024");
		assertEquals(new EditorSession.LineColumn(1, 5), session.lineColumn(offset));
		assertEquals(offset, session.offset(1, 5));
		assertEquals(text.length(), session.offset(2, 99), "clamped to the end of the line");
	}

	@Test
	void aProfileTemplateOfTheUserIsFoundAfterAddTemplate(@TempDir Path dir) throws Exception {
		Path profile = dir.resolve("profile.lawreport");
		Files.writeString(profile, "模板 某省部门报告 继承 法治政府建设年度报告\n严重性 \"LR-PART-ORDER\" 错误\n", StandardCharsets.UTF_8);
		EditorSession session = new EditorSession(EditorSession.sharedInjector(), URI.createFileURI(dir.resolve("r.lawreport").toString()));
		session.addTemplate(URI.createFileURI(profile.toString()));
		session.update(TestSupport.HEADER.replace("依据 法治政府建设年度报告", "依据 某省部门报告") + TestSupport.ALL_PARTS);
		assertTrue(session.validate().stream().noneMatch(i -> "LR-LINK-TEMPLATE".equals(i.getCode())), session.validate().toString());
	}
}
