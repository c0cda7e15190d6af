package org.lawreport.importer.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * An original read into lines: a text file, a Word document or a saved web page. Readers never change the file.
 *
 * @param path     where it was read from (may be a name only, for documents read from memory)
 * @param kind     what it was saved as
 * @param encoding the character encoding of a text or web page ("UTF-8", "GB18030" …); "OOXML" for Word
 * @param lines    its lines, in order
 * @param notes    what the reader noticed
 */
public record SourceDocument(Path path, SourceKind kind, String encoding, List<SourceLine> lines, List<SourceNote> notes) {

	public SourceDocument {
		Objects.requireNonNull(path, "path");
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(encoding, "encoding");
		lines = List.copyOf(lines);
		notes = List.copyOf(notes);
	}
}
