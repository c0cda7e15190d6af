package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lawreport.core.io.SourceText;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.Importer;
import org.lawreport.importer.source.SourceLine;
import org.lawreport.importer.source.SourceReader;
import org.lawreport.importer.source.UnreadableSourceException;
import org.lawreport.testing.TestSupport;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The importer on arbitrary originals: text (any encoding), DOCX bytes and web pages. An original is imported or
 * refused with a Chinese reason; what is imported is LawReport source that parses without a syntax error.
 */
class ImportFuzzTest {

	private static final Importer IMPORTER = new Importer(TestSupport.INJECTOR);

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void aTextOriginalImportsToSourceThatParses(byte[] bytes) {
		importAndCheck("原文.txt", bytes);
	}

	@FuzzTest(maxDuration = "30s")
	void aDocxOriginalImportsOrIsRefusedInChinese(byte[] bytes) {
		importAndCheck("原文.docx", bytes);
	}

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "html.dict")
	void aWebPageImportsToSourceThatParses(byte[] bytes) {
		importAndCheck("原文.html", bytes);
	}

	private static void importAndCheck(String name, byte[] bytes) {
		ImportResult result;
		try {
			result = IMPORTER.importDocument(SourceReader.read(Path.of(name), bytes));
		} catch (UnreadableSourceException refused) {
			Oracles.assertUserMessage(refused.getMessage(), "");
			return;
		}
		List<String> syntaxErrors = new ArrayList<>();
		TestSupport.load(result.lawreport()).getParseResult().getSyntaxErrors()
				.forEach(node -> syntaxErrors.add(node.getSyntaxErrorMessage().getMessage()));
		assertEquals(List.of(), syntaxErrors, () -> "the imported source does not parse:\n" + result.lawreport());
		// notes quote the original, whose bytes may be in any encoding: anything of it may come back
		String original = new String(bytes, StandardCharsets.UTF_8) + new String(bytes, SourceText.GB18030)
				+ String.join("", result.source().lines().stream().map(SourceLine::text).toList());
		result.notes().forEach(note -> Oracles.assertUserMessage(note.message(), original));
	}
}
