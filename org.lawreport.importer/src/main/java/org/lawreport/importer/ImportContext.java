package org.lawreport.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote.Category;
import org.lawreport.importer.source.SourceDocument;

/** The state of one recognition, shared by the recognisers of its parts: the report so far and the entries. */
final class ImportContext {

	/** A non-empty line of the original, stripped of surrounding white space. */
	record Line(int number, String text, int styleLevel, boolean title) {
	}

	final SourceDocument source;
	final Draft.Report report = new Draft.Report();
	final List<ImportNote> notes = new ArrayList<>();
	/** Lines left out of the report (website junk, text after the end), for the comment at its end. */
	final List<Line> dropped = new ArrayList<>();
	/** Metadata found or inferred, by key; written in the language's order at the end. */
	final Map<MetadataKey, Draft.Metadatum> meta = new EnumMap<>(MetadataKey.class);

	ImportContext(SourceDocument source) {
		this.source = source;
	}

	/** Records a metadata entry; one read from a line of the original is listed as recognised there. */
	void put(MetadataKey key, String value, String label, int line) {
		meta.put(key, new Draft.Metadatum(key, value, label, line));
		if (line > 0) {
			notes.add(ImportNote.info(line, Category.GUESSED, "IMP-META", ImporterTexts.text("meta.recognised", key.getLiteral(),
					value, label == null ? "" : ImporterTexts.text("meta.recognisedLabel", label))));
		}
	}
}
