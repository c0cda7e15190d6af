package org.lawreport.core.officialdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Document numbers cited in prose, whatever their brackets; years in brackets that are not document numbers left alone. */
class CitedDocumentNumbersTest {

	@Test
	void standardAndLookAlikeBracketsAreFound() {
		String text = "按照《通知》（潼委法办〔2020〕19号）、巴府办发[2022]12号、某委发【2023】3 号和某办﹝2021﹞第5号";
		List<CitedDocumentNumbers.Cited> found = CitedDocumentNumbers.in(text);
		assertEquals(4, found.size(), found.toString());
		assertTrue(found.get(0).standardBrackets());
		assertEquals(2020, found.get(0).year());
		assertEquals("〔2020〕", text.substring(found.get(0).open(), found.get(0).close() + 1));
		for (CitedDocumentNumbers.Cited lookAlike : found.subList(1, 4)) {
			assertFalse(lookAlike.standardBrackets(), lookAlike.toString());
		}
		assertEquals("[2022]", text.substring(found.get(1).open(), found.get(1).close() + 1));
		assertEquals("〔2022〕", found.get(1).standardYear());
	}

	@Test
	void yearsInBracketsThatAreNotDocumentNumbersAreLeftAlone() {
		assertEquals(List.of(), CitedDocumentNumbers.in("《法治政府建设实施纲要（2021—2025年）》"));
		assertEquals(List.of(), CitedDocumentNumbers.in("行政诉讼案件（2022）渝0152行初19号"));
		assertEquals(List.of(), CitedDocumentNumbers.in("（2022）12号")); // no issuer's code before it
		assertEquals(List.of(), CitedDocumentNumbers.in("清单(2022年版)"));
	}
}
