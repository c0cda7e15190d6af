package org.lawreport.core.fonts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lawreport.core.text.CoreTexts;

/**
 * One TrueType face chosen for a role: a .ttf file or one face of a .ttc collection, checked to be usable for an
 * official document (TrueType outlines, Chinese glyphs). It is read once and shared by every document and every
 * thread of a run; the PDF embeds the glyphs a document uses as a subset ({@link PdfFontEmbedding}).
 */
public final class FontFace {

	private final Path file;
	private final String faceName;
	private final TrueTypeFace font;
	private final String displayName;
	private final float pdfScale;

	private FontFace(Path file, String faceName, TrueTypeFace font) {
		this.file = file;
		this.faceName = faceName;
		this.font = font;
		String name = font.fullName();
		if (name == null || name.isBlank()) {
			name = font.postScriptName();
		}
		this.displayName = name == null ? "?" : name;
		this.pdfScale = 1000f / font.unitsPerEm();
	}

	/**
	 * Opens a face. {@code faceName} selects a face of a collection by its PostScript name (the first face when
	 * {@code null}). Throws {@link FontConfigurationException} with a Chinese message when the file is missing,
	 * unreadable, not TrueType-outlined, or has no Chinese glyphs.
	 */
	public static FontFace open(Path file, String faceName) {
		if (!Files.isRegularFile(file)) {
			throw new FontConfigurationException(CoreTexts.text("font.file.missing", file));
		}
		List<TrueTypeFace> faces;
		try {
			faces = TrueTypeFace.readAll(file);
		} catch (IOException | TrueTypeFormatException e) {
			throw new FontConfigurationException(CoreTexts.text("font.file.unreadable", file, e.getMessage()), e);
		}
		TrueTypeFace font;
		String face = faceName;
		if (faces.get(0).inCollection()) {
			if (face == null) {
				font = faces.get(0);
				face = font.postScriptName();
			} else {
				font = faces.stream().filter(f -> faceName.equals(f.postScriptName())).findFirst().orElse(null);
			}
			if (font == null) {
				List<String> names = faces.stream().map(TrueTypeFace::postScriptName).map(String::valueOf).toList();
				throw new FontConfigurationException(CoreTexts.text("font.collection.noFace", file, faceName, String.join("、", names),
						names.isEmpty() ? CoreTexts.text("font.collection.faceName") : names.get(0)));
			}
		} else {
			font = faces.get(0);
			if (font.hasCffOutlines()) {
				throw new FontConfigurationException(CoreTexts.text("font.cff", file));
			}
			if (faceName != null) {
				throw new FontConfigurationException(CoreTexts.text("font.notCollection", file, faceName));
			}
		}
		if (!font.hasTrueTypeOutlines()) {
			throw new FontConfigurationException(CoreTexts.text("font.noGlyf", file + (face == null ? "" : "#" + face)));
		}
		FontFace result = new FontFace(file, face, font);
		if (!result.hasGlyph('中') || !result.hasGlyph('国')) {
			throw new FontConfigurationException(CoreTexts.text("font.noChinese", result.describe()));
		}
		return result;
	}

	public Path file() {
		return file;
	}

	/** The face's PostScript name inside a collection, {@code null} for a single-face file. */
	public String faceName() {
		return faceName;
	}

	/** The face's outlines, metrics and character map. */
	public TrueTypeFace font() {
		return font;
	}

	/** The font's full name, e.g. "AR PL UMing CN". */
	public String displayName() {
		return displayName;
	}

	/** "AR PL UMing CN（/usr/share/fonts/truetype/arphic/uming.ttc）". */
	public String describe() {
		return displayName + "（" + file + "）";
	}

	public boolean hasGlyph(int codePoint) {
		return font.glyphId(codePoint) != 0;
	}

	/** The glyph that draws a character, 0 when the face has none. */
	public int glyphId(int codePoint) {
		return font.glyphId(codePoint);
	}

	/** Advance width in em. */
	public double advance(int codePoint) {
		return font.advanceWidth(font.glyphId(codePoint)) / (double) font.unitsPerEm();
	}

	/** Advance width of a glyph in thousandths of an em, rounded as the embedded font's W array gives it. */
	public float pdfWidthOfGlyph(int glyphId) {
		return Math.round(font.advanceWidth(glyphId) * pdfScale);
	}

	@Override
	public String toString() {
		return describe();
	}

	/** Lower-case file name, for matching candidates. */
	static String key(Path file) {
		return file.getFileName().toString().toLowerCase(Locale.ROOT);
	}
}
