package org.lawreport.importer.source;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

import org.lawreport.importer.ImporterTexts;

/**
 * Reads an original of any supported kind into lines. The kind comes from the file name (.docx, .html/.htm/.shtml,
 * anything else is text) and, when the name says nothing, from the content (a ZIP container is a Word document,
 * markup starting with {@code <html} or {@code <!DOCTYPE html} a web page). The file is only read.
 */
public final class SourceReader {

	private SourceReader() {
	}

	public static SourceDocument read(Path path) throws IOException {
		if (!Files.exists(path)) {
			throw new NoSuchFileException(path.toString(), null, ImporterTexts.text("read.notFound"));
		}
		if (Files.isDirectory(path)) {
			throw new UnreadableSourceException(ImporterTexts.text("read.folder"), 0, 0);
		}
		return read(path, Files.readAllBytes(path));
	}

	/** Reads an original from its bytes; {@code path} names it (its extension decides the kind when known). */
	public static SourceDocument read(Path path, byte[] bytes) throws UnreadableSourceException {
		return switch (kindOf(path, bytes)) {
			case DOCX -> DocxSource.read(path, bytes);
			case HTML -> HtmlSource.read(path, bytes);
			case TEXT -> TextSource.read(path, bytes);
		};
	}

	/** The kind of an original, from its name and, failing that, its first bytes. */
	public static SourceKind kindOf(Path path, byte[] bytes) throws UnreadableSourceException {
		String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
		if (name.endsWith(".doc") || name.endsWith(".wps")) {
			throw new UnreadableSourceException(ImporterTexts.text("read.oldWord"), 0, 0);
		}
		if (name.endsWith(".pdf") || startsWith(bytes, "%PDF")) {
			throw new UnreadableSourceException(ImporterTexts.text("read.pdf"), 0, 0);
		}
		if (name.endsWith(".docx")) {
			return SourceKind.DOCX;
		}
		if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".shtml") || name.endsWith(".xhtml")) {
			return SourceKind.HTML;
		}
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			return SourceKind.DOCX;
		}
		String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1).stripLeading()
				.toLowerCase(Locale.ROOT);
		if (head.startsWith("\u00ef\u00bb\u00bf")) {
			head = head.substring(3).stripLeading();
		}
		if (head.startsWith("<!doctype html") || head.startsWith("<html")) {
			return SourceKind.HTML;
		}
		return SourceKind.TEXT;
	}

	private static boolean startsWith(byte[] bytes, String ascii) {
		if (bytes.length < ascii.length()) {
			return false;
		}
		for (int i = 0; i < ascii.length(); i++) {
			if (bytes[i] != ascii.charAt(i)) {
				return false;
			}
		}
		return true;
	}
}
