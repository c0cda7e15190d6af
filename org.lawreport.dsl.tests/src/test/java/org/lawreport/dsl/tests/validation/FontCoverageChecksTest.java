package org.lawreport.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;

/**
 * A character no font of the document draws is found when the report is written, not when the PDF fails: the
 * fonts are those of this system (the open substitutes and BabelStone Han for rare characters, from the packages
 * scripts/packages.sh names).
 */
@UsesExternalPrograms
class FontCoverageChecksTest {

	@Test
	void aCharacterNoFontDrawsIsAWarningAtTheCharacter() {
		String text = TestSupport.HEADER + TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "全年办理事项{12件}，\uD80C\uDC00。");
		List<Issue> issues = TestSupport.withCode(TestSupport.validate(text), "LR-TEXT-NO-GLYPH");
		assertEquals(1, issues.size(), issues.toString());
		assertEquals(Severity.WARNING, issues.get(0).getSeverity());
		assertEquals(9, issues.get(0).getLineNumber());
		assertEquals(17, issues.get(0).getColumn());
		assertTrue(issues.get(0).getMessage().contains("（U+13000）"), issues.get(0).getMessage());
	}

	@Test
	void rareHanCharactersOfNamesAreDrawnAndNotReported() {
		String text = TestSupport.HEADER.replace("署名 \"某市某局\"", "署名 \"某市\uD840\uDC00局\"")
				+ TestSupport.ALL_PARTS.replace("全年办理事项{12件}。", "𪚥乡全年办理事项{12件}。");
		assertTrue(TestSupport.withCode(TestSupport.validate(text), "LR-TEXT-NO-GLYPH").isEmpty());
	}

	@Test
	void aTitleWithACharacterNoFontDraws() {
		String text = TestSupport.HEADER.replace("某市某局2024年", "某市某局\uD80C\uDC002024年") + TestSupport.ALL_PARTS;
		Issue issue = TestSupport.withCode(TestSupport.validate(text), "LR-TEXT-NO-GLYPH").get(0);
		assertEquals(2, issue.getLineNumber());
		assertEquals(9, issue.getColumn());
	}
}
