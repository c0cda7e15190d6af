package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Flagged forms in prose, outside cited titles, the longer form winning where two overlap. */
class TerminologyTest {

	private static final Terminology TERMS = new Terminology(List.of(
			new Terminology.Entry("法治政府", List.of("法制政府"), "依法治理", "纲要"),
			new Terminology.Entry("司法局", List.of("政府法制办", "法制办公室"), "机构改革", "方案"),
			new Terminology.Entry("督察工作规定", List.of("督查工作规定"), "规定的名称", "中办国办")));

	@Test
	void flaggedFormsAreFoundWithTheirEntry() {
		List<Terminology.Use> uses = TERMS.in("加快建设法制政府，原市政府法制办公室并入司法局。");
		assertEquals(List.of("法制政府", "政府法制办"), uses.stream().map(Terminology.Use::found).toList());
		assertEquals("法治政府", uses.get(0).entry().preferred());
		assertEquals(4, uses.get(0).offset());
	}

	@Test
	void titlesInBracketsAreCitedAsIssued() {
		assertEquals(List.of(), TERMS.in("落实《关于加强法制政府建设的意见》"));
		assertEquals(1, TERMS.in("《意见》要求建设法制政府").size());
	}

	@Test
	void theGeneralWordIsNotFlaggedOnlyTheNamedForm() {
		assertEquals(List.of(), TERMS.in("强化督查树形象，开展专项督查。"));
		assertEquals(1, TERMS.in("按督查工作规定开展").size());
	}
}
