package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lawreport.core.io.SourceText;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.testing.TestSupport;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The parser, linker and validator on arbitrary bytes, read as the command line reads a report file (encoding
 * detection, byte-order mark, then parse, link, validate). A report is refused or gets findings; never an exception,
 * and every finding is placed inside the text with a documented code and a Chinese message.
 */
class ReportFuzzTest {

	/** One workspace for many inputs; a new one after a template, which a workspace keeps for the reports after it. */
	private static ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
	private static final Path FILE = Oracles.scratch("report.lawreport");

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void aReportFileGetsPlacedChineseFindingsNeverAnException(byte[] bytes) throws IOException {
		Files.write(FILE, bytes);
		ReportWorkspace.Outcome outcome;
		try {
			outcome = workspace.validate(FILE);
		} catch (SourceText.UnreadableException refused) {
			// bytes in no encoding we read: refused with a place, as documented (exit code 2)
			assertTrue(refused.line() >= 1 && refused.column() >= 1, "an unreadable file's error has no place");
			Oracles.assertUserMessage(refused.getMessage(), "");
			return;
		}
		try {
			String text = SourceText.decode(FILE, bytes).text();
			long lines = text.lines().count() + 1;
			for (Finding f : outcome.findings()) {
				Oracles.assertKnownCode(f.code());
				Oracles.assertUserMessage(f.message(), text);
				assertTrue(f.line() >= 1 && f.column() >= 1, () -> "a finding without a place: " + f);
				assertTrue(f.line() <= lines, () -> "a finding past the end of the text: " + f);
			}
		} finally {
			workspace.release(outcome);
			if (outcome.report() == null) {
				// a template (kept, and found again under the same file name) or nothing parsed: start afresh, or
				// every later input would be answered from the kept template without being read
				workspace = new ReportWorkspace(TestSupport.INJECTOR);
			}
		}
	}
}
