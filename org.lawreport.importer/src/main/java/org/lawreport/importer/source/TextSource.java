package org.lawreport.importer.source;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lawreport.core.io.SourceText;
import org.lawreport.importer.ImporterTexts;

/** Reads a plain-text original: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
public final class TextSource {

	private TextSource() {
	}

	/** Decodes the bytes and splits them into lines (\n, \r\n or \r), numbered from 1. */
	public static SourceDocument read(Path path, byte[] bytes) throws UnreadableSourceException {
		SourceText text;
		try {
			text = SourceText.decode(path, bytes);
		} catch (SourceText.UnreadableException e) {
			throw new UnreadableSourceException(e.getMessage(), e.line(), e.column());
		}
		List<SourceNote> notes = new ArrayList<>();
		if (text.notUtf8()) {
			notes.add(new SourceNote(0, "IMP-ENCODING", ImporterTexts.text("read.encoding.text", text.encoding())));
		}
		return new SourceDocument(path, SourceKind.TEXT, text.encoding(), lines(text.text()), notes);
	}

	/** The lines of a text, numbered from 1. */
	public static List<SourceLine> lines(String text) {
		List<SourceLine> lines = new ArrayList<>();
		int number = 1;
		int start = 0;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r') {
				lines.add(SourceLine.plain(number++, text.substring(start, i)));
				if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
					i++;
				}
				start = i + 1;
			}
		}
		if (start < n) {
			lines.add(SourceLine.plain(number, text.substring(start)));
		}
		return lines;
	}
}
