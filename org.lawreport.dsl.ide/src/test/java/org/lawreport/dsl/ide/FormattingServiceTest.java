package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentRangeFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;

/** The language server's formatting requests use the language's formatter, for the document and for a range. */
class FormattingServiceTest {

	static final String MESSY = "报告   依据 法治政府建设年度报告 报告年度 2024 层级 部门\n"
			+ "部分 举措成效 \"2024年工作\" 节 \"学习\" 段 \"开展{ 次数 = 12次 }学习。\"\n"
			+ "部分 不足原因 \"不足\"    段 \"少。\"\n";

	/** Applies edits as a client does: every range refers to the text before any edit. */
	static String apply(EditorSession session, List<? extends TextEdit> edits) {
		List<TextEdit> sorted = new java.util.ArrayList<>(edits);
		sorted.sort(java.util.Comparator.comparingInt((TextEdit e) -> session.document().getOffSet(e.getRange().getStart())).reversed());
		StringBuilder text = new StringBuilder(session.text());
		for (TextEdit e : sorted) {
			text.replace(session.document().getOffSet(e.getRange().getStart()), session.document().getOffSet(e.getRange().getEnd()),
					e.getNewText());
		}
		return text.toString();
	}

	@Test
	void documentFormattingLaysTheReportOutCanonically() {
		EditorSession session = IdeFixtures.session(MESSY);
		FormattingService service = session.get(FormattingService.class);
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier("memory:/x"),
				new FormattingOptions(4, false));
		String formatted = apply(session, service.format(session.document(), session.resource(), params, CancelIndicator.NullImpl));
		assertEquals("""
				报告 依据 法治政府建设年度报告
				报告年度 2024
				层级 部门

				部分 举措成效 "2024年工作"
					节 "学习"
						段 "开展{次数=12次}学习。"

				部分 不足原因 "不足"
					段 "少。"
				""", formatted);
	}

	@Test
	void rangeFormattingTouchesOnlyTheRange() {
		EditorSession session = IdeFixtures.session(MESSY);
		FormattingService service = session.get(FormattingService.class);
		// the third line only: 部分 不足原因 "不足"    段 "少。"
		DocumentRangeFormattingParams params = new DocumentRangeFormattingParams(new TextDocumentIdentifier("memory:/x"),
				new FormattingOptions(4, false), new Range(new Position(2, 0), new Position(3, 0)));
		String formatted = apply(session, service.format(session.document(), session.resource(), params, CancelIndicator.NullImpl));
		assertTrue(formatted.startsWith("报告   依据 法治政府建设年度报告 报告年度 2024"), "outside the range unchanged: " + formatted);
		assertTrue(formatted.contains("部分 不足原因 \"不足\"\n\t段 \"少。\""), formatted);
	}

	/** Found by the editor fuzzer: an unclosed string at the end made the formatter throw for the whole request. */
	@Test
	void aTextWithAnUnclosedStringIsFormattedAroundItAndKeepsIt() {
		String unclosed = "部分 不足原因 \"不足\"    段 \"基层力量";
		EditorSession session = IdeFixtures.session(MESSY.substring(0, MESSY.indexOf("部分 不足原因")) + unclosed);
		String formatted = apply(session, session.formatting());
		assertTrue(formatted.startsWith("报告 依据 法治政府建设年度报告\n报告年度 2024\n"), formatted);
		assertTrue(formatted.endsWith("段 \"基层力量"), "the unclosed string is kept as written: " + formatted);
	}
}
