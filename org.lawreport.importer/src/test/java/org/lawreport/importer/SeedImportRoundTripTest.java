package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.importer.ImportResult;
import org.lawreport.testing.PublishedText;

/**
 * Importing each published report from its text (seeds/*.txt) gives a report that renders as the original text
 * (white space, website junk and the style of heading numbers aside), parses, links and types every figure, is laid
 * out as the formatter lays it out, and draws the same structural findings as the hand-written transcription
 * (seeds/*.lawreport).
 */
class SeedImportRoundTripTest {

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void renderingOfTheImportIsTheOriginalText(String seed) {
		ImportResult result = ImportFixtures.importSeed(seed);
		String expected = PublishedText.canonical(ImportFixtures.read(ImportFixtures.seed(seed, ".txt")));
		assertSameText(expected, ImportFixtures.rendered(result.lawreport()));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void importDrawsTheSameStructuralFindingsAsTheHandWrittenSeed(String seed) {
		ImportResult result = ImportFixtures.importSeed(seed);
		String handWritten = ImportFixtures.read(ImportFixtures.seed(seed, ".lawreport"));
		assertEquals(ImportFixtures.structuralCodes(handWritten), ImportFixtures.structuralCodes(result.lawreport()));
	}

	@ParameterizedTest(name = "seed {0}")
	@ValueSource(strings = { "000", "001", "002", "003", "004" })
	void importParsesLinksAndIsFormatted(String seed) {
		ImportResult result = ImportFixtures.importSeed(seed);
		List<String> broken = ImportFixtures.allCodes(result.lawreport()).stream()
				.filter(c -> c == null || c.startsWith("LR-SYNTAX") || c.startsWith("LR-LINK") || c.startsWith("LR-FIGURE")
						|| c.startsWith("LR-RULE") || c.startsWith("org.eclipse"))
				.collect(Collectors.toList());
		assertTrue(broken.isEmpty(), broken + "\n" + result.lawreport());
		assertEquals(result.lawreport(), ImportFixtures.format(result.lawreport()));
		assertTrue(result.notes().stream().noneMatch(n -> n.code().equals("IMP-INTERNAL")));
	}

	/** Equal texts, or a failure that shows where they part. */
	static void assertSameText(String expected, String actual) {
		if (!expected.equals(actual)) {
			int i = 0;
			while (i < Math.min(expected.length(), actual.length()) && expected.charAt(i) == actual.charAt(i)) {
				i++;
			}
			String where = "first difference at character " + i + ":\n original: "
					+ expected.substring(Math.max(0, i - 30), Math.min(expected.length(), i + 30)) + "\n rendered: "
					+ actual.substring(Math.max(0, i - 30), Math.min(actual.length(), i + 30));
			assertEquals(expected, actual, where);
		}
	}
}
