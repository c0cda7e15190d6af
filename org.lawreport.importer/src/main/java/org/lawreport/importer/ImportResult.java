package org.lawreport.importer;

import java.util.ArrayList;
import java.util.List;

import org.lawreport.dsl.workspace.Finding;
import org.lawreport.importer.source.SourceDocument;

/**
 * An imported report: the LawReport source (formatted), what the importer recognised, and the import report's
 * entries.
 *
 * @param source      the original, as read
 * @param draft       the report as recognised
 * @param lawreport   the LawReport source, formatted by the language's formatter
 * @param notes       what was dropped, normalised, guessed or found defective, by line of the original
 * @param sourceLines for each line of {@code lawreport} (index 0 = line 1), the line of the original it came from;
 *                    0 for lines that come from no particular line
 */
public record ImportResult(SourceDocument source, Draft.Report draft, String lawreport, List<ImportNote> notes,
		int[] sourceLines) {

	/** The line of the original behind a line of the imported source (1-based), 0 when there is none. */
	public int sourceLineOf(int outputLine) {
		return outputLine >= 1 && outputLine <= sourceLines.length ? sourceLines[outputLine - 1] : 0;
	}

	/**
	 * The validator's findings on the imported report as import-report entries, placed at the line of the original
	 * they concern.
	 */
	public List<ImportNote> findingNotes(List<Finding> findings) {
		List<ImportNote> result = new ArrayList<>();
		for (Finding f : findings) {
			result.add(new ImportNote(sourceLineOf(f.line()), f.severity(), ImportNote.Category.FINDING, f.code(),
					ImporterTexts.text("finding.inResult", f.message(), f.line())));
		}
		return result;
	}
}
