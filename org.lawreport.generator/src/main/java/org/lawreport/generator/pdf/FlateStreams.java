package org.lawreport.generator.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/** The PDF's streams (page content, font programs, ToUnicode maps), compressed with one deflater per thread. */
final class FlateStreams {

	private FlateStreams() {
	}

	/** A Flate-compressed stream of the first {@code length} bytes of {@code data}. */
	static COSStream of(PDDocument pdf, byte[] data, int length) throws IOException {
		COSStream stream = pdf.getDocument().createCOSStream();
		stream.setItem(COSName.FILTER, COSName.FLATE_DECODE);
		Deflater deflater = DEFLATER.get();
		deflater.reset();
		deflater.setInput(data, 0, length);
		deflater.finish();
		byte[] buffer = BUFFER.get();
		try (OutputStream raw = stream.createRawOutputStream()) {
			while (!deflater.finished()) {
				int n = deflater.deflate(buffer);
				raw.write(buffer, 0, n);
			}
		}
		return stream;
	}

	/**
	 * Compression level 3: measured on the body font of a seed, half the time of zlib's default level 6 for 5 %
	 * more bytes, which leaves our PDFs the size of LibreOffice's for the same report.
	 */
	private static final int COMPRESSION_LEVEL = 3;
	private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(COMPRESSION_LEVEL));
	private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1 << 16]);
}
