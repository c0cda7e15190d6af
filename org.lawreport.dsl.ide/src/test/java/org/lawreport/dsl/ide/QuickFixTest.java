package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ide.quickfix.QuickFixes;
import org.lawreport.testing.TestSupport;

import com.google.common.collect.Iterables;

/**
 * Each quick fix, applied to the text, re-parsed and re-validated: the finding is gone and no syntax error
 * appeared. The LSP code actions carry the same edits.
 */
class QuickFixTest {

	static final String URI = "memory:/ide-test.lawreport";

	/** Applies the only fix of the first finding with {@code code} and returns the new text. */
	static String fix(String text, String code) {
		EditorSession session = IdeFixtures.session(text);
		Issue issue = session.validate().stream().filter(i -> code.equals(i.getCode())).findFirst()
				.orElseThrow(() -> new AssertionError("no " + code + " in " + session.validate()));
		List<QuickFixes.Fix> fixes = session.fixes(issue);
		assertEquals(1, fixes.size(), fixes.toString());
		return QuickFixes.apply(text, fixes.get(0).replacements());
	}

	/** The new text validates without {@code code} and without syntax or linking errors. */
	static void assertFixed(String fixed, String code) {
		List<Issue> issues = IdeFixtures.session(fixed).validate();
		assertTrue(issues.stream().noneMatch(i -> code.equals(i.getCode())), fixed + "\n" + issues);
		assertTrue(issues.stream().noneMatch(i -> i.getCode() == null || i.getCode().startsWith("LR-SYNTAX")
				|| i.getCode().startsWith("LR-LINK") || i.getCode().contains("Linking")
				|| i.getCode().contains("syntax")), issues.toString());
	}

	/** Applies the fix of {@code code}: the finding is gone and the text holds {@code expected}. */
	static void assertFixedTo(String text, String code, String expected) {
		String fixed = fix(text, code);
		assertFixed(fixed, code);
		assertTrue(fixed.contains(expected), fixed);
	}

	@Test
	void missingPartIsInsertedInTemplateOrder() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "全年办理事项{12件}。"
				部分 第一责任人 "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
					段 "主要负责人专题研究法治工作。"
				部分 下年安排 "2025年度推进法治政府建设的主要安排"
					段 "继续深化改革。"
				""";
		String fixed = fix(text, "LR-PART-MISSING");
		assertFixed(fixed, "LR-PART-MISSING");
		assertTrue(fixed.contains("""
					段 "全年办理事项{12件}。"
				部分 不足原因 "2024年度推进法治政府建设存在的不足和原因"

				部分 第一责任人"""), fixed);
		assertTrue(TestSupport.codes(fixed).stream().noneMatch(c -> c.equals("LR-PART-ORDER")), "inserted in order");
	}

	@Test
	void missingLastPartIsInsertedBeforeTheRules() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "全年办理事项{甲=12件}。"
				部分 不足原因 "2024年度推进法治政府建设存在的不足和原因"
					段 "基层力量不足。"
				部分 第一责任人 "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
					段 "主要负责人专题研究法治工作。"

				规则 甲 >= 1
				""";
		String fixed = fix(text, "LR-PART-MISSING");
		assertFixed(fixed, "LR-PART-MISSING");
		assertTrue(fixed.indexOf("部分 下年安排 \"2025年度推进法治政府建设的主要安排\"") < fixed.indexOf("规则 甲"), fixed);
	}

	@Test
	void documentNumberGetsTheHexagonalBrackets() {
		String text = TestSupport.HEADER + "发文字号 \"某政发[2025]3号\"\n" + TestSupport.ALL_PARTS;
		assertFixedTo(text, "LR-DOCNO-FORM", "发文字号 \"某政发〔2025〕3号\"");
	}

	@Test
	void writtenDateIsCorrected() {
		String text = IdeFixtures.seed("003_0db46809fcd894a2.lawreport");
		assertFixedTo(text, "LR-DATE-FORM", "成文日期 \"2021年2月23日\"");
	}

	@Test
	void halfWidthPunctuationBecomesFullWidthInOneGo() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "全年办理事项{12件},其中线上办理为主;群众满意."
				""" + TestSupport.ALL_PARTS.substring(TestSupport.ALL_PARTS.indexOf("部分 不足原因"));
		assertFixedTo(text, "LR-PUNCT-HALFWIDTH", "段 \"全年办理事项{12件}，其中线上办理为主；群众满意。\"");
	}

	@Test
	void signerLabelBecomesStandard() {
		String text = IdeFixtures.seed("003_0db46809fcd894a2.lawreport");
		assertFixedTo(text, "LR-META-LABEL", "签发人 \"黄西北\" 标识 \"签发人：\"");
	}

	@Test
	void percentSignsAreUnified() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "办结率{98%}，满意率{99%}，好评率{97％}。"
				""" + TestSupport.ALL_PARTS.substring(TestSupport.ALL_PARTS.indexOf("部分 不足原因"));
		assertFixedTo(text, "LR-PERCENT-MIXED", "好评率{97%}");
	}

	/** Removes a line of the test header, applies the fix of {@code code} and checks that {@code added} appeared. */
	private static void assertHeaderLineAdded(String removed, String code, String added) {
		assertFixedTo(TestSupport.HEADER.replace(removed + "\n", "") + TestSupport.ALL_PARTS, code, added);
	}

	@Test
	void missingTitleIsAdded() {
		assertHeaderLineAdded("标题 \"某市某局2024年法治政府建设年度报告\"", "LR-TITLE-MISSING",
				"标题 \"某市某局关于2024年度法治政府建设情况的报告\"");
	}

	@Test
	void missingReportYearIsTakenFromTheTitle() {
		assertHeaderLineAdded("报告年度 2024", "LR-META-REQUIRED", "\n报告年度 2024\n");
	}

	@Test
	void missingReportYearWithoutOneInTheTitleIsTheYearBeforeTheDate() {
		String text = TestSupport.HEADER.replace("报告年度 2024\n", "").replace("某市某局2024年法治政府建设年度报告", "某市某局法治政府建设年度报告")
				+ TestSupport.ALL_PARTS;
		String fixed = fix(text, "LR-META-REQUIRED");
		assertTrue(fixed.contains("\n报告年度 2024\n"), "成文日期 2025年1月20日: " + fixed);
	}

	@Test
	void missingLevelOffersEachLevel() {
		String text = TestSupport.HEADER.replace("层级 部门\n", "") + TestSupport.ALL_PARTS;
		EditorSession session = IdeFixtures.session(text);
		Issue issue = session.validate().stream().filter(i -> "LR-META-REQUIRED".equals(i.getCode())).findFirst().orElseThrow();
		List<QuickFixes.Fix> fixes = session.fixes(issue);
		assertEquals(List.of("增加一行：层级 政府", "增加一行：层级 部门"), fixes.stream().map(QuickFixes.Fix::title).toList());
		for (QuickFixes.Fix f : fixes) {
			assertFixed(QuickFixes.apply(text, f.replacements()), "LR-META-REQUIRED");
		}
	}

	@Test
	void missingIssuerIsTheSignatureElseTheIssuerMarkElseNoFix() {
		String withoutIssuer = TestSupport.HEADER.replace("发文机关 \"某市某局\"\n", "");
		String fromSignature = fix(withoutIssuer + TestSupport.ALL_PARTS, "LR-META-REQUIRED");
		assertFixed(fromSignature, "LR-META-REQUIRED");
		assertTrue(fromSignature.contains("\n发文机关 \"某市某局\""), fromSignature);

		String markOnly = withoutIssuer.replace("署名 \"某市某局\"\n", "发文机关标志 \"某市某区司法局文件\"\n");
		String fromMark = fix(markOnly + TestSupport.ALL_PARTS, "LR-META-REQUIRED");
		assertTrue(fromMark.contains("\n发文机关 \"某市某区司法局\""), fromMark);

		String nothing = withoutIssuer.replace("署名 \"某市某局\"\n", "") + TestSupport.ALL_PARTS;
		EditorSession session = IdeFixtures.session(nothing);
		Issue issue = session.validate().stream().filter(i -> "LR-META-REQUIRED".equals(i.getCode())
				&& "发文机关".equals(i.getData()[0])).findFirst().orElseThrow();
		assertEquals(List.of(), session.fixes(issue), "an issuer is not guessed");
	}

	@Test
	void missingDateIsTodayWhenTheReportIsWrittenThisYear() {
		LocalDate before = LocalDate.now();
		String header = TestSupport.HEADER.replace("成文日期 \"2025年1月20日\"\n", "").replace("2024", String.valueOf(before.getYear() - 1));
		String fixed = fix(header + TestSupport.ALL_PARTS.replace("2024", String.valueOf(before.getYear() - 1)), "LR-META-REQUIRED");
		LocalDate after = LocalDate.now();
		assertFixed(fixed, "LR-META-REQUIRED");
		assertTrue(fixed.contains("成文日期 \"" + before.getYear() + "年" + before.getMonthValue() + "月" + before.getDayOfMonth() + "日\"")
				|| fixed.contains("成文日期 \"" + after.getYear() + "年" + after.getMonthValue() + "月" + after.getDayOfMonth() + "日\""), fixed);
	}

	/** Issue 18 (6): a 2024 report fixed years later gets a date early in 2025, not today's. */
	@Test
	void missingDateOfAnOlderReportIsEarlyInTheYearAfterItsReportYear() {
		String fixed = fix(TestSupport.HEADER.replace("成文日期 \"2025年1月20日\"\n", "") + TestSupport.ALL_PARTS, "LR-META-REQUIRED");
		assertFixed(fixed, "LR-META-REQUIRED");
		assertTrue(fixed.contains("成文日期 \"2025年1月22日\""), fixed);
	}

	/** Issue 18: a cited title, a cited document number and a term, each replaced where it is written. */
	@Test
	void citedTitleDocumentNumberAndTermAreReplacedInPlace() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "贯彻《法治政府建设实施纲要（2021-2025年）》，按某委法办[2024]19号要求建设法制政府，办理事项{12件}。"
				""" + TestSupport.ALL_PARTS.substring(TestSupport.ALL_PARTS.indexOf("部分 不足原因"));
		String title = fix(text, "LR-CITE-TITLE");
		assertFixed(title, "LR-CITE-TITLE");
		assertTrue(title.contains("《法治政府建设实施纲要（2021—2025年）》，按某委法办[2024]19号"), title);
		String number = fix(title, "LR-CITE-DOCNO");
		assertFixed(number, "LR-CITE-DOCNO");
		assertTrue(number.contains("按某委法办〔2024〕19号要求"), number);
		String term = fix(number, "LR-TERM");
		assertFixed(term, "LR-TERM");
		assertTrue(term.contains("要求建设法治政府，办理事项{12件}。"), term);
	}

	@Test
	void everyFixOfEverySeedLeavesValidSourceWithoutItsFinding() {
		for (String seed : List.of("000_5032f3d1ab3637ce.lawreport", "001_c41a6bf51d27d1a9.lawreport",
				"002_f483cf9d47ff0326.lawreport", "003_0db46809fcd894a2.lawreport", "004_52704d554b0368b2.lawreport")) {
			String text = IdeFixtures.seed(seed);
			EditorSession session = IdeFixtures.session(text);
			List<Issue> issues = session.validate();
			for (Issue issue : issues) {
				for (QuickFixes.Fix f : session.fixes(issue)) {
					String fixed = QuickFixes.apply(text, f.replacements());
					List<Issue> after = IdeFixtures.session(fixed).validate();
					long before = issues.stream().filter(i -> issue.getCode().equals(i.getCode())).count();
					long left = after.stream().filter(i -> issue.getCode().equals(i.getCode())).count();
					assertTrue(left < before, seed + " " + f.title() + ": " + before + " → " + left);
					assertFalse(after.stream().anyMatch(i -> "LR-SYNTAX".equals(i.getCode()) || i.getCode() == null
							|| i.getCode().contains("Linking")), seed + " " + f.title() + ": " + after);
				}
			}
		}
	}

	@Test
	void codeActionsOfTheLanguageServerCarryTheSameEdits() {
		String text = IdeFixtures.seed("003_0db46809fcd894a2.lawreport");
		EditorSession session = IdeFixtures.session(text);
		int line = session.lineColumn(text.indexOf("成文日期")).line();
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(session.document());
		options.setResource(session.resource());
		options.setURI(URI);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		options.setCodeActionParams(new CodeActionParams(new TextDocumentIdentifier(URI),
				new Range(new Position(line, 0), new Position(line, 5)),
				new CodeActionContext(List.of())));
		List<Either<Command, CodeAction>> actions = session.get(ICodeActionService2.class).getCodeActions(options);
		assertEquals(1, actions.size(), actions.toString());
		CodeAction action = actions.get(0).getRight();
		assertEquals("改为“2021年2月23日”", action.getTitle());
		assertEquals("quickfix", action.getKind());
		Map<String, List<TextEdit>> changes = action.getEdit().getChanges();
		TextEdit edit = changes.get(URI).get(0);
		assertEquals("\"2021年2月23日\"", edit.getNewText());
		assertEquals(line, edit.getRange().getStart().getLine());
	}

	@Test
	void fullWidthDigitsBecomeHalfWidth() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年办理事项{12件}，其中１２５件当日办结。");
		assertFixedTo(text, "LR-PUNCT-DIGITS", "其中125件当日办结");
	}

	@Test
	void theColonAfterTheRecipientIsRemoved() {
		String text = TestSupport.HEADER.replace("层级 部门\n", "层级 部门\n主送机关 \"市委依法治市办：\"\n签发人 \"张三\"\n")
				+ TestSupport.ALL_PARTS;
		assertFixedTo(text, "LR-RECIPIENT-COLON", "主送机关 \"市委依法治市办\"\n");
	}

	@Test
	void theWrongYearInAPartHeadingIsReplacedByTheYearTheTemplateExpects() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS.replace("2025年度推进法治政府建设的主要安排", "2024年度推进法治政府建设的主要安排");
		assertFixedTo(text, "LR-HEADING-YEAR", "部分 下年安排 \"2025年度推进法治政府建设的主要安排\"");
	}

	@Test
	void everyCodeWithAFixHasItsFixAppliedInThisClass() throws Exception {
		String source = Files.readString(TestSupport.projectRoot()
				.resolve("org.lawreport.dsl.ide/src/test/java/org/lawreport/dsl/ide/QuickFixTest.java"));
		for (String code : QuickFixes.FIXABLE) {
			assertTrue(source.contains("\"" + code + "\""), code + " has a quick fix that no test here applies");
		}
	}

	@Test
	void invisibleCharactersAreRemovedFromAParagraphAndATitle() {
		String text = TestSupport.HEADER.replace("某市某局2024年", "某市某局\u200B2024年")
				+ TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年\uFEFF办理事项\u200B{12件}。");
		String fixed = fix(text, "LR-TEXT-INVISIBLE");
		String again = fix(fixed, "LR-TEXT-INVISIBLE");
		assertFixed(again, "LR-TEXT-INVISIBLE");
		assertTrue(again.contains("全年办理事项{12件}。") && again.contains("标题 \"某市某局2024年法治政府建设年度报告\""), again);
	}

	/**
	 * Found by the editor fuzzer: in broken text whose title line runs on past its closing quote, a new metadata line
	 * went into the middle of that line and broke the syntax further. It goes after the whole line now.
	 */
	@Test
	void aMissingMetadataLineGoesAfterTheWholeLineOfTheLastOne() {
		String text = """
				报告 依据 法治政府建设年度报告
				标题 "某市某局2024年法惨分 不足原因 "2024年度推进法治政府建设存在的不足和原因"
					段 "基层力量不足。"
				部分 下年安排 "2025年度推进法治政府建设的主要安排"
					段 "继续深化改""";
		EditorSession session = IdeFixtures.session(text);
		int syntaxErrors = Iterables.size(session.resource().getParseResult().getSyntaxErrors());
		List<QuickFixes.Fix> fixes = session.validate().stream().filter(i -> "LR-META-REQUIRED".equals(i.getCode()))
				.flatMap(i -> session.fixes(i).stream()).toList();
		assertFalse(fixes.isEmpty(), "no fix offered for a missing metadata line");
		for (QuickFixes.Fix fix : fixes) {
			String fixed = QuickFixes.apply(text, fix.replacements());
			EditorSession after = IdeFixtures.session(fixed);
			assertTrue(Iterables.size(after.resource().getParseResult().getSyntaxErrors()) <= syntaxErrors, fixed);
			assertTrue(fixed.contains("不足和原因\"\n" + fix.title().replaceFirst("^增加一行：", "") + "\n"), fixed);
		}
	}
}
