package org.lawreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Characters that print nothing, as text pasted from web pages and Word brings them. */
class InvisibleCharactersTest {

	@Test
	void formatAndControlCharactersAreFoundWithTheirOffsets() {
		String text = "全年\uFEFF受理\u200B案件\u00AD12件\u0007。";
		List<InvisibleCharacters.Found> found = InvisibleCharacters.in(text);
		assertEquals(List.of(2, 5, 8, 12), found.stream().map(InvisibleCharacters.Found::offset).toList());
		assertEquals("U+FEFF", found.get(0).codeName());
		assertEquals("全年受理案件12件。", InvisibleCharacters.strip(text));
	}

	@Test
	void lineBreaksStayTabsGoAndRareCharactersStay() {
		assertTrue(InvisibleCharacters.in("一\n二\r三").isEmpty(), "line breaks separate lines");
		assertEquals(1, InvisibleCharacters.in("一\t二").size(), "a tab has no place inside a line of an official document");
		String rare = "黄\uD840\uDC00北"; // 𠀀, CJK Extension B: a character, not an invisible one
		assertTrue(InvisibleCharacters.in(rare).isEmpty());
		assertSame(rare, InvisibleCharacters.strip(rare), "text without invisible characters is returned as it is");
	}
}
