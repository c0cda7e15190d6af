package org.lawreport.dsl.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ui.editor.LawReportCompletionProcessor;
import org.lawreport.dsl.ui.editor.LawReportEditor;
import org.lawreport.dsl.ui.editor.LawReportTextHover;
import org.lawreport.dsl.ui.markers.LawReportMarkerResolutionGenerator;
import org.lawreport.dsl.ui.markers.ProblemMarkers;
import org.lawreport.dsl.ui.outline.LawReportOutlinePage;

/**
 * The editor in a real workbench window, driven as a user would: key events typed into the editor, the
 * completion popup, markers in the Problems view and their quick fix, the outline, the hover.
 */
class EditorTest {

	private static final String HEAD = """
			报告 依据 法治政府建设年度报告

			标题 "某区司法局关于2025年度法治政府建设情况的报告"
			报告年度 2025
			层级 部门
			发文机关 "某区司法局"
			发文字号 "某司发〔2026〕3号"
			署名 "某区司法局"
			成文日期 "2026年2月10日"
			""";

	/** Text inside the first part's paragraph. */
	private static final String FIRST_PART_TEXT = "全年受理行政复议";

	private static final String PARTS = """

			部分 举措成效 "2025年度推进法治政府建设的主要举措和成效"
				段 "全年受理行政复议{受理总数=120件}，其中办结{办结数=100件}，办结率{办结率=83.33%}。"

			部分 不足原因 "2025年度推进法治政府建设存在的不足和原因"
				段 "基层执法力量不足。"

			部分 第一责任人 "2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
				段 "主要负责人带头学法。"

			部分 下年安排 "2026年度推进法治政府建设的主要安排"
				段 "继续推进严格规范公正文明执法。"
			""";

	@AfterEach
	void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	void typedReportIsHighlightedAndValidatedIntoProblemsMarkers() throws Exception {
		IFile file = Workbench.createFile("typed.lawreport", HEAD);
		LawReportEditor editor = Workbench.open(file);
		IDocument document = editor.document();
		editor.selectAndReveal(document.getLength(), 0);
		Workbench.type(document, "\n部分 举措成效 \"2025年度推进法治政府建设的主要举措和成效\"\n段 \"全年办理{复议案件=12件}。\"");
		// the last keystroke, and the time until the editor has validated the text it produced
		long[] reconciledAt = new long[1];
		org.eclipse.jface.text.IDocumentExtension4 stamps = (org.eclipse.jface.text.IDocumentExtension4) document;
		editor.addReconcileListener(() -> {
			if (editor.reconciledStamp() == stamps.getModificationStamp()) {
				reconciledAt[0] = System.nanoTime();
			}
		});
		int before = document.getLength();
		long typed = System.nanoTime();
		Workbench.xdotool("key", "Return");
		assertTrue(Workbench.waitUntil(() -> document.getLength() > before && reconciledAt[0] > typed, 20_000),
				"the text after the keystroke is validated");
		System.out.printf("UI: diagnostics published %d ms after the last keystroke (reconciler pause 150 ms)%n",
				(reconciledAt[0] - typed) / 1_000_000);
		assertTrue(document.get().contains("段 \"全年办理{复议案件=12件}。\""), "the typed text is in the editor: " + document.get());

		// the three parts not written yet are findings in the Problems view, with code and clause
		assertTrue(Workbench.waitUntil(() -> Workbench.hasMarker(file, "LR-PART-MISSING", "不足原因")
				&& !Workbench.hasMarker(file, "LR-PART-MISSING", "举措成效"), 20_000), "markers: " + messages(file));
		IMarker missing = Workbench.markers(file).stream()
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("不足原因")).findFirst().orElseThrow();
		assertEquals("LR-PART-MISSING", missing.getAttribute(ProblemMarkers.CODE, ""));
		assertEquals(IMarker.SEVERITY_ERROR, missing.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(missing.getAttribute(IMarker.MESSAGE, "").startsWith("LR-PART-MISSING 缺少必备部分“不足原因”"),
				missing.getAttribute(IMarker.MESSAGE, ""));
		assertTrue(missing.getAttribute(IMarker.MESSAGE, "").contains("（依据：《法治政府建设与责任落实督察工作规定》第二十五条第（二）项）"),
				missing.getAttribute(IMarker.MESSAGE, ""));

		// keywords and the typed figure have the language's colours
		StyledText text = editor.viewer().getTextWidget();
		assertTrue(Workbench.waitUntil(() -> {
			StyleRange figure = text.getStyleRangeAtOffset(document.get().indexOf("复议案件=12件") + 1);
			return figure != null && figure.foreground != null && figure.foreground.getRGB().equals(new RGB(20, 70, 200));
		}, 10_000), "the figure is shown in the figure colour");
		StyleRange keyword = text.getStyleRangeAtOffset(document.get().lastIndexOf("部分"));
		assertNotNull(keyword);
		assertEquals(new RGB(127, 0, 85), keyword.foreground.getRGB());
		assertTrue((keyword.fontStyle & SWT.BOLD) != 0);
	}

	@Test
	void completionAfterAChineseNameInsertsTheFigure() throws Exception {
		IFile file = Workbench.createFile("completion.lawreport", HEAD + PARTS);
		LawReportEditor editor = Workbench.open(file);
		IDocument document = editor.document();
		editor.selectAndReveal(document.getLength(), 0);
		Workbench.type(document, "\n规则 办结比例：办结");
		int offset = document.getLength();

		long start = System.nanoTime();
		ICompletionProposal[] proposals = new LawReportCompletionProcessor(editor).computeCompletionProposals(editor.viewer(), offset);
		System.out.printf("UI: completion after 办结 computed in %d ms (%d proposals)%n", (System.nanoTime() - start) / 1_000_000,
				proposals.length);
		List<String> shown = List.of(proposals).stream().map(ICompletionProposal::getDisplayString).toList();
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("办结率")), shown.toString());
		assertTrue(shown.stream().anyMatch(s -> s.startsWith("办结数")), shown.toString());
		assertFalse(shown.stream().anyMatch(s -> s.startsWith("受理总数")), "only names that start with 办结: " + shown);

		// the user's way: Ctrl+Space opens the popup, typing narrows it down, Return inserts
		Workbench.xdotool("key", "ctrl+space");
		Workbench.spin(1500);
		Workbench.type(document, "率");
		Workbench.spin(500);
		Workbench.xdotool("key", "Return");
		assertTrue(Workbench.waitUntil(() -> document.get().endsWith("规则 办结比例：办结率"), 5_000), tail(document));
	}

	@Test
	void missingPartMarkerHasAQuickFixThatAddsThePart() throws Exception {
		String withoutPlans = (HEAD + PARTS).substring(0, (HEAD + PARTS).indexOf("\n部分 下年安排"));
		IFile file = Workbench.createFile("quickfix.lawreport", withoutPlans);
		LawReportEditor editor = Workbench.open(file);
		assertTrue(Workbench.waitUntil(() -> Workbench.hasMarker(file, "LR-PART-MISSING", "下年安排"), 20_000), messages(file));
		IMarker marker = Workbench.markers(file).stream()
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("下年安排")).findFirst().orElseThrow();

		IMarkerResolution[] resolutions = new LawReportMarkerResolutionGenerator().getResolutions(marker);
		assertEquals(1, resolutions.length, List.of(resolutions).toString());
		assertTrue(resolutions[0].getLabel().startsWith("增加缺少的部分：部分 下年安排"), resolutions[0].getLabel());
		resolutions[0].run(marker);

		assertTrue(editor.document().get().contains("部分 下年安排"), editor.document().get());
		assertTrue(Workbench.waitUntil(() -> !Workbench.hasMarker(file, "LR-PART-MISSING", "下年安排"), 20_000), messages(file));
	}

	@Test
	void twoFindingsOnOneLineOfferEachFixOnceAndEachMarkerOnlyItsOwn() throws Exception {
		String text = (HEAD + PARTS).replace("标题 \"某区司法局关于2025年度法治政府建设情况的报告\"\n", "").replace("层级 部门\n", "");
		IFile file = Workbench.createFile("twofindings.lawreport", text);
		LawReportEditor editor = Workbench.open(file);
		assertTrue(Workbench.waitUntil(() -> Workbench.hasMarker(file, "LR-META-REQUIRED", "层级")
				&& Workbench.hasMarker(file, "LR-TITLE-MISSING", ""), 20_000), messages(file));
		IDocument document = editor.document();
		ICompletionProposal[] fixes = new org.lawreport.dsl.ui.editor.LawReportQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new org.eclipse.jface.text.source.TextInvocationContext(editor.viewer(), 3, 0));
		assertEquals(List.of("增加一行：层级 政府", "增加一行：层级 部门", "增加标题：“某区司法局关于2025年度法治政府建设情况的报告”"),
				List.of(fixes).stream().map(ICompletionProposal::getDisplayString).sorted().toList());

		IMarker level = Workbench.markers(file).stream()
				.filter(m -> "LR-META-REQUIRED".equals(m.getAttribute(org.lawreport.dsl.ui.markers.ProblemMarkers.CODE, ""))).findFirst()
				.orElseThrow();
		IMarkerResolution[] resolutions = new LawReportMarkerResolutionGenerator().getResolutions(level);
		assertEquals(List.of("增加一行：层级 政府", "增加一行：层级 部门"), List.of(resolutions).stream().map(IMarkerResolution::getLabel).toList());
		resolutions[1].run(level);
		assertTrue(editor.document().get().contains("\n层级 部门"), editor.document().get().substring(0, 200));
		assertTrue(Workbench.waitUntil(() -> !Workbench.hasMarker(file, "LR-META-REQUIRED", ""), 20_000), messages(file));
	}

	/** Issue 18: a cited title one character off the catalogue's is a marker whose Ctrl+1 fix writes the official title. */
	@Test
	void ctrl1OnAMisspeltCitedTitleWritesTheOfficialTitle() throws Exception {
		String text = (HEAD + PARTS).replace("段 \"基层执法力量不足。\"",
				"段 \"对照《法治政府建设与责任落实督查工作规定》，基层执法力量不足。\"");
		IFile file = Workbench.createFile("cited.lawreport", text);
		LawReportEditor editor = Workbench.open(file);
		assertTrue(Workbench.waitUntil(() -> Workbench.hasMarker(file, "LR-CITE-TITLE", "督察工作规定"), 20_000), messages(file));
		IDocument document = editor.document();
		int offset = document.get().indexOf("督查工作规定");
		ICompletionProposal[] fixes = new org.lawreport.dsl.ui.editor.LawReportQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new org.eclipse.jface.text.source.TextInvocationContext(editor.viewer(), offset, 0));
		assertEquals(List.of("改为《法治政府建设与责任落实督察工作规定》"),
				List.of(fixes).stream().map(ICompletionProposal::getDisplayString).toList());
		fixes[0].apply(document);
		assertTrue(document.get().contains("对照《法治政府建设与责任落实督察工作规定》，基层"), document.get());
		assertTrue(Workbench.waitUntil(() -> !Workbench.hasMarker(file, "LR-CITE-TITLE", ""), 20_000), messages(file));
	}

	@Test
	void ctrl1OnASeedLineOffersTheLabelFixAndTheWarningGoes() throws Exception {
		String seed = java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("lawreport.projectRoot"),
				"seeds", "003_0db46809fcd894a2.lawreport"));
		IFile file = Workbench.createFile("seed003.lawreport", seed);
		LawReportEditor editor = Workbench.open(file);
		assertTrue(Workbench.waitUntil(() -> Workbench.hasMarker(file, "LR-META-LABEL", "签发："), 20_000), messages(file));
		IDocument document = editor.document();
		int offset = document.getLineOffset(8) + document.getLineLength(8) - 3;
		ICompletionProposal[] fixes = new org.lawreport.dsl.ui.editor.LawReportQuickAssistProcessor(editor)
				.computeQuickAssistProposals(new org.eclipse.jface.text.source.TextInvocationContext(editor.viewer(), offset, 0));
		assertEquals(List.of("标识改为“签发人：”"), List.of(fixes).stream().map(ICompletionProposal::getDisplayString).toList());
		fixes[0].apply(document);
		assertTrue(document.get().contains("签发人 \"黄西北\" 标识 \"签发人：\""), document.get().substring(0, 300));
		assertTrue(Workbench.waitUntil(() -> !Workbench.hasMarker(file, "LR-META-LABEL", ""), 20_000), messages(file));
	}

	@Test
	void outlineShowsPartsWithGeneratedNumbersAndSelectsInTheEditor() throws Exception {
		IFile file = Workbench.createFile("outline.lawreport", HEAD + PARTS);
		LawReportEditor editor = Workbench.open(file);
		LawReportOutlinePage outline = (LawReportOutlinePage) editor.getAdapter(IContentOutlinePage.class);
		org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(org.eclipse.ui.IPageLayout.ID_OUTLINE);
		editor.setFocus();
		assertTrue(Workbench.waitUntil(() -> outline.symbols().size() >= 4, 20_000), "outline: " + outline.symbols());
		List<String> labels = flatten(outline.symbols());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("一、2025年度推进法治政府建设的主要举措和成效")), labels.toString());
		assertTrue(labels.stream().anyMatch(l -> l.startsWith("四、2026年度推进法治政府建设的主要安排")), labels.toString());

		DocumentSymbol plans = outline.symbols().stream().filter(s -> s.getName().startsWith("四、")).findFirst().orElseThrow();
		outline.setSelection(new org.eclipse.jface.viewers.StructuredSelection(plans));
		Workbench.spin(200);
		int caret = editor.viewer().getSelectedRange().x;
		assertTrue(editor.document().get().substring(caret).startsWith("2026年度推进法治政府建设的主要安排")
				|| editor.document().get().substring(caret).startsWith("部分 下年安排")
				|| editor.document().get().substring(caret).startsWith("\"2026年度"), editor.document().get().substring(caret, caret + 20));

		// and the other way: the caret in the first part's text selects that part in the outline, and stays there
		int inFirstPart = editor.document().get().indexOf(FIRST_PART_TEXT) + 2;
		editor.selectAndReveal(inFirstPart, 0);
		assertTrue(Workbench.waitUntil(() -> outlineSelection(outline).startsWith("一、"), 10_000),
				"outline selection: " + outlineSelection(outline));
		assertEquals(inFirstPart, editor.viewer().getSelectedRange().x, "following the caret must not move it");
	}

	private static String outlineSelection(LawReportOutlinePage outline) {
		Object first = ((org.eclipse.jface.viewers.IStructuredSelection) outline.getSelection()).getFirstElement();
		return first instanceof DocumentSymbol s ? s.getName() : "";
	}

	@Test
	void hoverOverAFigureShowsItsTypeAndValue() throws Exception {
		IFile file = Workbench.createFile("hover.lawreport", HEAD + PARTS + "\n规则 办结比例：办结率 ≈ 办结数 / 受理总数 允差 0.01%\n");
		LawReportEditor editor = Workbench.open(file);
		String text = editor.document().get();
		String hover = new LawReportTextHover(editor).hoverText(text, text.indexOf("办结率=83.33%") + 1);
		assertNotNull(hover);
		assertTrue(hover.contains("83.33%"), hover);
		assertTrue(hover.contains("办结比例"), "the rule the figure takes part in: " + hover);
	}

	@Test
	void exportCommandsWriteTheGeneratorsOutputsNextToTheReport() throws Exception {
		IFile file = Workbench.createFile("export.lawreport", HEAD + PARTS);
		Workbench.open(file);
		assertTrue(Workbench.markers(file).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				"a report without errors exports without a question: " + messages(file));
		org.eclipse.ui.handlers.IHandlerService handlers = org.eclipse.ui.PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.handlers.IHandlerService.class);
		org.eclipse.ui.commands.ICommandService commands = org.eclipse.ui.PlatformUI.getWorkbench()
				.getService(org.eclipse.ui.commands.ICommandService.class);
		for (String format : List.of("txt", "html", "pdf", "docx")) {
			IFile output = file.getParent().getFile(new org.eclipse.core.runtime.Path("export." + format));
			org.eclipse.core.commands.ParameterizedCommand command = org.eclipse.core.commands.ParameterizedCommand.generateCommand(
					commands.getCommand("org.lawreport.dsl.ui.export"), java.util.Map.of("org.lawreport.dsl.ui.export.format", format));
			long start = System.nanoTime();
			handlers.executeCommand(command, null);
			assertTrue(Workbench.waitUntil(output::exists, 60_000), "export." + format + " is written and seen by the workspace");
			System.out.printf("UI: export %s in %d ms%n", format, (System.nanoTime() - start) / 1_000_000);
			byte[] bytes = java.nio.file.Files.readAllBytes(output.getLocation().toFile().toPath());
			String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8);
			switch (format) {
				case "txt" -> assertTrue(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
						.contains("一、2025年度推进法治政府建设的主要举措和成效"), head);
				case "html" -> assertTrue(head.contains("<html") && new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
						.contains("某区司法局关于2025年度法治政府建设情况的报告"), head);
				case "docx" -> assertDocx(bytes);
				default -> assertTrue(head.startsWith("%PDF") && bytes.length > 2000, "a PDF of " + bytes.length + " bytes");
			}
		}
	}

	/** The DOCX opens in POI (the bundle org.lawreport.poi, as the export used it) and holds the title and the headings. */
	private static void assertDocx(byte[] bytes) throws java.io.IOException {
		String documentXml = null;
		try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
			for (java.util.zip.ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().equals("word/document.xml")) {
					documentXml = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				}
			}
		}
		assertTrue(documentXml != null, "a DOCX package with word/document.xml, " + bytes.length + " bytes");
		String text;
		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(bytes))) {
			text = document.getParagraphs().stream().map(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
					.collect(Collectors.joining("\n"));
		}
		assertTrue(text.replace("\n", "").contains("某区司法局关于2025年度法治政府建设情况的报告"), text);
		assertTrue(text.contains("一、2025年度推进法治政府建设的主要举措和成效"), text);
	}

	@Test
	void newReportWizardCreatesLastYearsSkeletonWithoutErrors() throws Exception {
		org.eclipse.core.resources.IProject project = Workbench.createFile("placeholder.txt", "").getProject();
		org.lawreport.dsl.ui.wizard.NewReportWizard wizard = new org.lawreport.dsl.ui.wizard.NewReportWizard();
		wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(project));
		org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
				org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.create();
		int year = java.time.LocalDate.now().getYear() - 1;
		IFile file = project.getFile(year + "年度法治政府建设报告.lawreport");
		if (file.exists()) {
			file.delete(true, null);
		}
		assertTrue(wizard.canFinish());
		assertTrue(wizard.performFinish());
		dialog.close();
		assertTrue(file.exists());
		String text = new String(file.getContents().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		assertTrue(text.contains("报告年度 " + year), text);
		assertTrue(text.contains("部分 下年安排 \"" + (year + 1) + "年度推进法治政府建设的主要安排\""), text);
		assertTrue(Workbench.waitUntil(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.getActiveEditor() instanceof LawReportEditor, 5_000), "the new report is open in the editor");
		Workbench.waitUntil(() -> false, 1_500);
		assertTrue(Workbench.markers(file).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR),
				"the skeleton has no errors: " + messages(file));
	}

	private static List<String> flatten(List<DocumentSymbol> symbols) {
		List<String> result = new java.util.ArrayList<>();
		for (DocumentSymbol s : symbols) {
			result.add(LawReportOutlinePage.label(s));
			if (s.getChildren() != null) {
				result.addAll(flatten(s.getChildren()));
			}
		}
		return result;
	}

	private static String messages(IFile file) {
		return Workbench.markers(file).stream().map(m -> m.getAttribute(IMarker.MESSAGE, "")).collect(Collectors.joining("\n"));
	}

	private static String tail(IDocument document) {
		String t = document.get();
		return t.substring(Math.max(0, t.length() - 60));
	}
}
