package org.lawreport.generator.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.lawreport.generator.pdf.truetype.TrueTypeFace;
import org.lawreport.generator.pdf.truetype.TrueTypeFormatException;

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
			throw new FontConfigurationException("字体文件不存在：" + file);
		}
		List<TrueTypeFace> faces;
		try {
			faces = TrueTypeFace.readAll(file);
		} catch (IOException | TrueTypeFormatException e) {
			throw new FontConfigurationException("无法读取字体文件 " + file + "：" + e.getMessage(), e);
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
				throw new FontConfigurationException("字体集 " + file + " 中没有名为“" + faceName + "”的字体。可用的字体："
						+ String.join("、", names) + "。写法：" + file + "#" + (names.isEmpty() ? "字体名" : names.get(0)));
			}
		} else {
			font = faces.get(0);
			if (font.hasCffOutlines()) {
				throw new FontConfigurationException("字体文件 " + file
						+ " 是 CFF（PostScript）轮廓的 OpenType 字体，无法以子集方式嵌入 PDF。请改用 TrueType 轮廓的字体（.ttf 或 .ttc）。");
			}
			if (faceName != null) {
				throw new FontConfigurationException("字体文件 " + file + " 不是字体集（.ttc），不能用“#" + faceName + "”选择字体。");
			}
		}
		if (!font.hasTrueTypeOutlines()) {
			throw new FontConfigurationException("字体 " + file + (face == null ? "" : "#" + face)
					+ " 不是 TrueType 轮廓（没有 glyf 表），无法以子集方式嵌入 PDF。请改用 TrueType 轮廓的字体。");
		}
		FontFace result = new FontFace(file, face, font);
		if (!result.hasGlyph('中') || !result.hasGlyph('国')) {
			throw new FontConfigurationException("字体 " + result.describe() + " 不含中文字形，不能用于公文。");
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
