package org.lawreport.core.fonts;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lawreport.core.layout.FontRole;

/**
 * Which characters the fonts of a document can draw: the configured fonts and the open substitutes on this system,
 * with their fallbacks for rare characters, as the PDF uses them. Asked for every character of every report, so
 * answers are kept: an array for the Basic Multilingual Plane, a map beyond it.
 */
public final class GlyphCoverage {

	private static volatile GlyphCoverage standard;

	private final DocumentFonts fonts;
	/** Per BMP code point: 0 not asked yet, 1 drawn, 2 not drawn (a benign race only asks twice). */
	private final byte[] bmp = new byte[0x10000];
	private final Map<Integer, Boolean> beyond = new ConcurrentHashMap<>();

	private GlyphCoverage(DocumentFonts fonts) {
		this.fonts = fonts;
	}

	/**
	 * The coverage of the fonts the command line and the editor would use ({@link FontSearch#standard}); empty when
	 * no usable font is configured or installed: then nothing can be said about any character.
	 */
	public static GlyphCoverage standard() {
		GlyphCoverage result = standard;
		if (result == null) {
			synchronized (GlyphCoverage.class) {
				result = standard;
				if (result == null) {
					DocumentFonts fonts;
					try {
						fonts = DocumentFonts.open(FontSearch.standard(null), note -> {
						});
					} catch (RuntimeException e) {
						fonts = null; // no fonts at all, or a broken configuration: generate says so itself
					}
					result = new GlyphCoverage(fonts);
					standard = result;
				}
			}
		}
		return result;
	}

	/** Whether fonts were found at all; without them {@link #draws} answers true for every character. */
	public boolean known() {
		return fonts != null;
	}

	/** Whether some font of the document draws the character (true when no fonts are known). */
	public boolean draws(int codePoint) {
		if (fonts == null) {
			return true;
		}
		if (codePoint < 0x10000) {
			byte known = bmp[codePoint];
			if (known == 0) {
				known = fonts.faceFor(FontRole.BODY, codePoint) != null ? (byte) 1 : (byte) 2;
				bmp[codePoint] = known;
			}
			return known == 1;
		}
		return beyond.computeIfAbsent(codePoint, cp -> fonts.faceFor(FontRole.BODY, cp) != null);
	}
}
