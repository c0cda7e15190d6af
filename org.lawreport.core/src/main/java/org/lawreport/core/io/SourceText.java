package org.lawreport.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lawreport.core.text.CoreTexts;

/**
 * A source file read the way a government PC may have saved it: UTF-8 (with or without a byte-order mark),
 * UTF-16 with a byte-order mark, or GB18030/GBK. The text is never changed on disk.
 */
public record SourceText(Path path, String text, String encoding, boolean hadByteOrderMark) {

	/** The file could not be read as text at all. */
	public static final class UnreadableException extends IOException {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		public UnreadableException(String message, int line, int column) {
			super(message);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	public static final Charset GB18030 = Charset.forName("GB18030");

	/** True when the text was not UTF-8. */
	public boolean notUtf8() {
		return !encoding.equals("UTF-8");
	}

	/**
	 * The largest report read, in bytes. An annual report is 10–100 KB; a file a thousand times larger is the wrong
	 * file, and reading it would only end in running out of memory.
	 */
	public static final long MAX_BYTES = 32L * 1024 * 1024;

	public static SourceText read(Path path) throws IOException {
		long size = Files.size(path);
		if (size > MAX_BYTES) {
			throw new UnreadableException(CoreTexts.text("source.tooLarge", size / (1024 * 1024), MAX_BYTES / (1024 * 1024)), 1, 1);
		}
		byte[] bytes = Files.readAllBytes(path);
		return decode(path, bytes);
	}

	public static SourceText decode(Path path, byte[] bytes) throws UnreadableException {
		if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
			return new SourceText(path, strict(StandardCharsets.UTF_8, bytes, 3, path), "UTF-8", true);
		}
		if (startsWith(bytes, 0xFF, 0xFE)) {
			return new SourceText(path, strict(StandardCharsets.UTF_16LE, bytes, 2, path), "UTF-16LE", true);
		}
		if (startsWith(bytes, 0xFE, 0xFF)) {
			return new SourceText(path, strict(StandardCharsets.UTF_16BE, bytes, 2, path), "UTF-16BE", true);
		}
		try {
			return new SourceText(path, decodeOrThrow(StandardCharsets.UTF_8, bytes, 0), "UTF-8", false);
		} catch (CharacterCodingException notUtf8) {
			try {
				return new SourceText(path, decodeOrThrow(GB18030, bytes, 0), "GB18030", false);
			} catch (CharacterCodingException notGb) {
				int bad = firstInvalidUtf8(bytes);
				int[] lineColumn = lineColumnOf(bytes, bad);
				throw new UnreadableException(CoreTexts.text("source.undecodable", lineColumn[0], lineColumn[1]), lineColumn[0],
						lineColumn[1]);
			}
		}
	}

	private static String strict(Charset charset, byte[] bytes, int skip, Path path) throws UnreadableException {
		try {
			return decodeOrThrow(charset, bytes, skip);
		} catch (CharacterCodingException e) {
			throw new UnreadableException(CoreTexts.text("source.wrongDeclared", charset.name()), 1, 1);
		}
	}

	private static String decodeOrThrow(Charset charset, byte[] bytes, int skip) throws CharacterCodingException {
		CharsetDecoder decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		return decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
	}

	private static boolean startsWith(byte[] bytes, int... prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if ((bytes[i] & 0xFF) != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static int firstInvalidUtf8(byte[] bytes) {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length + 1);
		CoderResult result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : 0;
	}

	private static int[] lineColumnOf(byte[] bytes, int offset) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < offset && i < bytes.length; i++) {
			if (bytes[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		String prefix = new String(bytes, lineStart, Math.max(0, offset - lineStart), StandardCharsets.UTF_8);
		return new int[] { line, prefix.codePointCount(0, prefix.length()) + 1 };
	}
}
