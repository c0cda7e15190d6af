package org.lawreport.dsl.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.junit.jupiter.api.Test;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.testing.TestSupport;

/** Completion as an author meets it: missing parts first, figure names, units, metadata keys, templates. */
class ContentAssistTest {

	static List<String> proposals(String text, int offset) {
		EditorSession session = IdeFixtures.session(text);
		return session.complete(offset).stream().map(ContentAssistEntry::getProposal).collect(Collectors.toList());
	}

	static ContentAssistEntry entry(String text, int offset, String proposal) {
		return IdeFixtures.session(text).complete(offset).stream().filter(e -> e.getProposal().equals(proposal))
				.findFirst().orElseThrow(() -> new AssertionError("no proposal " + proposal + " in " + proposals(text, offset)));
	}

	@Test
	void missingPartsComeFirstWithTheCanonicalHeadingForTheReportYear() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "全年办理事项{12件}。"
				""";
		List<String> all = proposals(text, text.length());
		assertEquals("部分 不足原因 \"2024年度推进法治政府建设存在的不足和原因\"", all.get(0), all.toString());
		assertEquals("部分 第一责任人 \"2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况\"", all.get(1));
		assertEquals("部分 下年安排 \"2025年度推进法治政府建设的主要安排\"", all.get(2));
		assertEquals("部分 其他 \"其他需要报告的情况\"", all.get(3), "the optional part after the mandatory ones");
		assertFalse(all.stream().anyMatch(p -> p.startsWith("部分 举措成效")), "a part already written is not proposed");
		ContentAssistEntry first = entry(text, text.length(), all.get(0));
		assertTrue(first.getDescription().startsWith("缺少的部分：不足原因"), first.getDescription());
	}

	@Test
	void missingPartsAreProposedAfterAChinesePrefix() {
		String text = TestSupport.HEADER + "部";
		List<String> all = proposals(text, text.length());
		assertTrue(all.contains("部分 举措成效 \"2024年度推进法治政府建设的主要举措和成效\""), all.toString());
		assertTrue(all.contains("部分"), all.toString());
	}

	@Test
	void figureNamesAreProposedInsideProseAfterAPartialChineseName() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "受理{受理总数=120件}，办结{办结数=100件}，其中{受"
				""";
		int offset = IdeFixtures.after(text, "其中{受");
		List<String> all = proposals(text, offset);
		assertTrue(all.contains("受理总数"), all.toString());
		assertFalse(all.contains("办结数"), "filtered by the prefix 受: " + all);
		ContentAssistEntry e = entry(text, offset, "受理总数");
		assertEquals("指标 120件", e.getDescription());
	}

	@Test
	void figureNamesAreProposedRightAfterTheBrace() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "受理{受理总数=120件}，办结{办结数=100件}，其中{"
				""";
		List<String> all = proposals(text, IdeFixtures.after(text, "其中{"));
		assertTrue(all.containsAll(List.of("受理总数", "办结数")), all.toString());
	}

	@Test
	void unitsFromTheTemplateAreProposedAfterANumberInsideAFigure() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "办理{12"
				""";
		int offset = IdeFixtures.after(text, "{12");
		List<String> all = proposals(text, offset);
		assertTrue(all.containsAll(List.of("12件", "12项", "12人次", "12%", "12万元", "12个工作日")), all.toString());
		assertEquals("单位（计数）", entry(text, offset, "12件").getDescription());
		assertEquals("单位（金额）", entry(text, offset, "12万元").getDescription());
	}

	@Test
	void unitsAreFilteredByWhatIsTypedAfterTheNumber() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "办理{3个工"
				""";
		List<String> all = proposals(text, IdeFixtures.after(text, "{3个工"));
		assertTrue(all.contains("3个工作日"), all.toString());
		assertFalse(all.contains("3件"), all.toString());
	}

	@Test
	void metadataKeysNotYetWrittenAreProposedWithWhatTheyAreFor() {
		String text = "报告 依据 法治政府建设年度报告\n报告年度 2024\n";
		List<String> all = proposals(text, text.length());
		assertTrue(all.containsAll(List.of("标题", "发文机关", "成文日期", "发文字号")), all.toString());
		assertFalse(all.contains("报告年度"), "already written: " + all);
		assertEquals("报告要素：发文字号，如 某政发〔2025〕1号", entry(text, text.length(), "发文字号").getDescription());
	}

	@Test
	void metadataKeysCompleteFromTheirFirstCharacter() {
		String text = "报告 依据 法治政府建设年度报告\n报告年度 2024\n发文";
		List<String> all = proposals(text, text.length());
		assertTrue(all.containsAll(List.of("发文机关", "发文字号", "发文机关标志")), all.toString());
		assertFalse(all.contains("标题"), all.toString());
	}

	@Test
	void templateNamesAreProposedAfterYiju() {
		String text = "报告 依据 法治";
		List<String> all = proposals(text, text.length());
		assertTrue(all.contains("法治政府建设年度报告"), all.toString());
		assertEquals("标准模板（随语言发布）", entry(text, text.length(), "法治政府建设年度报告").getDescription());
	}

	@Test
	void templatePartsAfterPartPutTheMissingOnesFirst() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "全年办理事项{12件}。"
				部分\s""";
		List<String> all = proposals(text, text.length());
		assertTrue(all.indexOf("不足原因") >= 0 && all.indexOf("不足原因") < all.indexOf("举措成效"), all.toString());
	}

	@Test
	void templatePartCompletesFromAPartialChineseName() {
		String text = TestSupport.HEADER + "部分 第一";
		List<String> all = proposals(text, text.length());
		assertEquals(List.of("第一责任人"), all);
		assertEquals("模板部分：2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
				entry(text, text.length(), "第一责任人").getDescription());
	}

	@Test
	void aCompleteChineseNameStillProposesItselfAndLongerNames() {
		String text = TestSupport.HEADER + """
				部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"
					段 "受理{受理=120件}，受理总数{受理总数=100件}，其中{受理"
				""";
		List<String> all = proposals(text, IdeFixtures.after(text, "其中{受理"));
		assertTrue(all.containsAll(List.of("受理", "受理总数")), all.toString());
	}
}
