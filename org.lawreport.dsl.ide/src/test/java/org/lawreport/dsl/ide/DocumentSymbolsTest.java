package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;

/** The outline: parts, sections, items and sub-items with the numbers they are printed with, then the rules. */
class DocumentSymbolsTest {

	static List<DocumentSymbol> symbols(EditorSession session) {
		return session.get(HierarchicalDocumentSymbolService.class).getSymbols(session.resource(), CancelIndicator.NullImpl);
	}

	static List<String> names(List<DocumentSymbol> symbols) {
		return symbols.stream().map(DocumentSymbol::getName).collect(Collectors.toList());
	}

	@Test
	void headingsAreNumberedAsPrintedAndNested() {
		String text = IdeFixtures.seed("003_0db46809fcd894a2.lawreport");
		List<DocumentSymbol> top = symbols(IdeFixtures.session(text));
		assertEquals("一、2020年工作情况", top.get(0).getName());
		assertEquals(SymbolKind.Module, top.get(0).getKind());
		assertEquals("二、党政主要负责人履行法治建设第一责任人职责情况", top.get(1).getName());
		assertEquals("三、工作不足及2021年工作主要安排", top.get(2).getName());
		List<DocumentSymbol> sections = top.get(0).getChildren();
		assertEquals("（一）围绕平台优化，进一步提高政务服务效率", sections.get(0).getName());
		assertEquals("（二）围绕重点领域，进一步打造优质政务环境", sections.get(1).getName());
		assertEquals(List.of("1.督促落实“三集中三到位”。", "2.统筹推进“一窗综办”。", "3.积极推行“一件事一次办”。"),
				names(sections.get(0).getChildren()));
		assertEquals("1.工程建设项目审批稳步提速。", sections.get(1).getChildren().get(0).getName(), "items count per section");
		assertEquals("规则 受理合计", top.get(3).getName());
		assertEquals(SymbolKind.Function, top.get(3).getKind());
	}

	@Test
	void subItemsAndItemsDirectlyUnderAPartAreNumbered() {
		String text = """
				报告 依据 法治政府建设年度报告
				部分 举措成效 "主要举措{3项}"
					条 "甲"
						款 "子一"
						款 "子二"
					条 "乙"
				""";
		List<DocumentSymbol> top = symbols(IdeFixtures.session(text));
		assertEquals("一、主要举措3项", top.get(0).getName());
		assertEquals(List.of("1.甲", "2.乙"), names(top.get(0).getChildren()));
		assertEquals(List.of("（1）子一", "（2）子二"), names(top.get(0).getChildren().get(0).getChildren()));
		DocumentSymbol part = top.get(0);
		assertEquals(1, part.getSelectionRange().getStart().getLine());
		assertEquals(1, part.getSelectionRange().getEnd().getLine());
		assertEquals(5, part.getRange().getEnd().getLine());
	}
}
