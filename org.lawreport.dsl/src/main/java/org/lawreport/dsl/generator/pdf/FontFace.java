package org.lawreport.dsl.generator.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.NameRecord;
import org.apache.fontbox.ttf.NamingTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * One TrueType face, parsed once and kept open: a .ttf file or one face of a .ttc collection. PDFBox embeds it
 * as a subset ({@code PDType0Font.load(document, font(), true)}); the parsed font serves every document the
 * generator renders, one at a time.
 */
public final class FontFace implements Closeable {

	private final Path file;
	private final String faceName;
	private final TrueTypeFont font;
	private final Closeable owner;
	private final CmapLookup cmap;
	private final int unitsPerEm;
	private final String displayName;

	private FontFace(Path file, String faceName, TrueTypeFont font, Closeable owner) throws IOException {
		this.file = file;
		this.faceName = faceName;
		this.font = font;
		this.owner = owner;
		this.cmap = font.getUnicodeCmapLookup(false);
		this.unitsPerEm = font.getUnitsPerEm();
		this.displayName = displayName(font);
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
		String signature = signature(file);
		if ("OTTO".equals(signature)) {
			throw new FontConfigurationException("字体文件 " + file
					+ " 是 CFF（PostScript）轮廓的 OpenType 字体，无法以子集方式嵌入 PDF。请改用 TrueType 轮廓的字体（.ttf 或 .ttc）。");
		}
		Closeable owner = null;
		try {
			TrueTypeFont font;
			String face = faceName;
			if ("ttcf".equals(signature)) {
				TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
				owner = collection;
				if (face == null) {
					TrueTypeFont[] first = new TrueTypeFont[1];
					collection.processAllFonts(f -> {
						if (first[0] == null) {
							first[0] = f;
						}
					});
					font = first[0];
					face = font == null ? null : font.getName();
				} else {
					font = collection.getFontByName(face);
				}
				if (font == null) {
					List<String> names = new ArrayList<>();
					collection.processAllFonts(f -> names.add(f.getName()));
					throw new FontConfigurationException("字体集 " + file + " 中没有名为“" + faceName + "”的字体。可用的字体："
							+ String.join("、", names) + "。写法：" + file + "#" + (names.isEmpty() ? "字体名" : names.get(0)));
				}
			} else {
				if (faceName != null) {
					throw new FontConfigurationException("字体文件 " + file + " 不是字体集（.ttc），不能用“#" + faceName + "”选择字体。");
				}
				font = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
				owner = font;
			}
			if (!font.getTableMap().containsKey("glyf")) {
				throw new FontConfigurationException("字体 " + file + (face == null ? "" : "#" + face)
						+ " 不是 TrueType 轮廓（没有 glyf 表），无法以子集方式嵌入 PDF。请改用 TrueType 轮廓的字体。");
			}
			FontFace result = new FontFace(file, face, font, owner);
			if (result.cmap == null || !result.hasGlyph('中') || !result.hasGlyph('国')) {
				throw new FontConfigurationException("字体 " + result.describe() + " 不含中文字形，不能用于公文。");
			}
			return result;
		} catch (IOException | RuntimeException e) {
			closeQuietly(owner);
			if (e instanceof FontConfigurationException fce) {
				throw fce;
			}
			throw new FontConfigurationException("无法读取字体文件 " + file + "：" + e.getMessage(), e);
		}
	}

	private static String signature(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
		} catch (IOException e) {
			throw new FontConfigurationException("无法读取字体文件 " + file + "：" + e.getMessage(), e);
		}
	}

	public Path file() {
		return file;
	}

	/** The face's PostScript name inside a collection, {@code null} for a single-face file. */
	public String faceName() {
		return faceName;
	}

	/** The parsed font, for PDFBox. */
	public TrueTypeFont font() {
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
		return glyph(codePoint) != 0;
	}

	/** Advance width in em. */
	public double advance(int codePoint) {
		try {
			return font.getAdvanceWidth(glyph(codePoint)) / (double) unitsPerEm;
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	/** Advance width in thousandths of an em, rounded as PDFBox writes it into the embedded font's W array. */
	public float pdfWidth(int codePoint) {
		try {
			return Math.round(font.getAdvanceWidth(glyph(codePoint)) * (1000f / unitsPerEm));
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private int glyph(int codePoint) {
		return cmap == null ? 0 : cmap.getGlyphId(codePoint);
	}

	@Override
	public void close() {
		closeQuietly(owner);
	}

	private static void closeQuietly(Closeable c) {
		if (c != null) {
			try {
				c.close();
			} catch (IOException e) {
				// nothing left to do with a font file that does not close
			}
		}
	}

	private static String displayName(TrueTypeFont font) throws IOException {
		NamingTable naming = font.getNaming();
		String name = null;
		if (naming != null) {
			name = naming.getName(NameRecord.NAME_FULL_FONT_NAME, NameRecord.PLATFORM_WINDOWS,
					NameRecord.ENCODING_WINDOWS_UNICODE_BMP, NameRecord.LANGUAGE_WINDOWS_EN_US);
			if (name == null) {
				name = naming.getFontFamily();
			}
		}
		if (name == null || name.isBlank()) {
			name = font.getName();
		}
		return name == null ? "?" : name.strip();
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
