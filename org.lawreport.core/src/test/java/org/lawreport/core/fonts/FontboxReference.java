package org.lawreport.core.fonts;

import java.awt.geom.GeneralPath;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Apache FontBox as an independent reader of the fonts: what our own TrueType reading and subsetting must agree
 * with.
 */
public final class FontboxReference {

	private FontboxReference() {
	}

	/** Every face of a font file, parsed by FontBox. Close the returned collection (or font) when done. */
	public static List<TrueTypeFont> faces(Path file) throws IOException {
		List<TrueTypeFont> faces = new ArrayList<>();
		if (file.toString().endsWith(".ttc")) {
			TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
			collection.processAllFonts(faces::add);
		} else {
			faces.add(new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile())));
		}
		return faces;
	}

	/** A font program embedded in a PDF (or written by our subsetter), parsed as FontBox parses embedded fonts. */
	public static TrueTypeFont embedded(byte[] program) throws IOException {
		return new TTFParser(true).parse(new RandomAccessReadBuffer(program));
	}

	/** A glyph's outline as a list of segments: the same outline gives the same list. */
	public static List<String> outline(TrueTypeFont font, int glyph) throws IOException {
		GeneralPath path = font.getGlyph().getGlyph(glyph) == null ? new GeneralPath() : font.getGlyph().getGlyph(glyph).getPath();
		List<String> segments = new ArrayList<>();
		double[] coordinates = new double[6];
		for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
			int type = it.currentSegment(coordinates);
			segments.add(type + Arrays.toString(coordinates));
			Arrays.fill(coordinates, 0);
		}
		return segments;
	}
}
