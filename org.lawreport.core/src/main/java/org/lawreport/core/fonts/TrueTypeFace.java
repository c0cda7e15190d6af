package org.lawreport.core.fonts;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lawreport.core.text.CoreTexts;


/**
 * One face of a TrueType font file (a .ttf, or one face of a .ttc collection), read straight from the file's
 * bytes: the table directory, the metrics a PDF needs, the Unicode character map and where each glyph's outline
 * lies. The file is memory-mapped and nothing else is parsed up front, so opening a 20 MB Chinese font costs
 * about a millisecond and the pages of the file are shared by every process that maps it.
 *
 * <p>A face is immutable and safe to share between threads: it only reads its buffer at absolute positions.
 */
public final class TrueTypeFace {

	/** Where a table lies in the file. */
	record Table(int offset, int length) {
	}

	private final Path file;
	private final ByteBuffer data;
	private final boolean inCollection;
	private final boolean cffOutlines;
	private final Map<String, Table> tables;
	private final int unitsPerEm;
	private final int numGlyphs;
	private final int numberOfHMetrics;
	private final boolean longLoca;
	private final Table loca;
	private final Table glyf;
	private final Table hmtx;
	private final CharacterMap characterMap;
	private final Names names;

	private TrueTypeFace(Path file, ByteBuffer data, int directoryStart, boolean inCollection) throws TrueTypeFormatException {
		this.file = file;
		this.data = data;
		this.tables = directory(data, directoryStart);
		this.inCollection = inCollection;
		this.cffOutlines = data.getInt(directoryStart) == 0x4F54544F; // 'OTTO'

		Table head = require("head", 54);
		Table hhea = require("hhea", 36);
		Table maxp = require("maxp", 6);
		this.unitsPerEm = u16(head.offset() + 18);
		if (unitsPerEm < 16 || unitsPerEm > 16384) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.unitsPerEm", unitsPerEm));
		}
		this.longLoca = data.getShort(head.offset() + 50) != 0;
		this.numGlyphs = u16(maxp.offset() + 4);
		this.numberOfHMetrics = Math.max(1, Math.min(u16(hhea.offset() + 34), numGlyphs));
		this.loca = tables.get("loca");
		this.glyf = tables.get("glyf");
		this.hmtx = require("hmtx", 4 * numberOfHMetrics);
		if (loca != null && loca.length() < (numGlyphs + 1) * (longLoca ? 4 : 2)) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.locaShort"));
		}
		Table cmap = tables.get("cmap");
		this.characterMap = cmap == null ? CharacterMap.EMPTY : CharacterMap.read(data, cmap.offset(), cmap.length(), numGlyphs);
		Table name = tables.get("name");
		this.names = name == null ? Names.NONE : Names.read(data, name.offset(), name.length());
	}

	/**
	 * Every face of a font file: one for a .ttf, each face of a .ttc collection.
	 *
	 * @throws IOException when the file cannot be read
	 * @throws TrueTypeFormatException when it is not a TrueType or OpenType font file
	 */
	public static List<TrueTypeFace> readAll(Path file) throws IOException, TrueTypeFormatException {
		ByteBuffer data;
		try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
			long size = channel.size();
			if (size < 12) {
				throw new TrueTypeFormatException(CoreTexts.text("truetype.tooShort"));
			}
			if (size > Integer.MAX_VALUE) {
				throw new TrueTypeFormatException(CoreTexts.text("truetype.tooLarge"));
			}
			data = channel.map(FileChannel.MapMode.READ_ONLY, 0, size);
		}
		try {
			int tag = data.getInt(0);
			List<TrueTypeFace> faces = new ArrayList<>();
			if (tag == 0x74746366) { // 'ttcf'
				int count = data.getInt(8);
				if (count <= 0 || count > 1024 || 12 + 4L * count > data.capacity()) {
					throw new TrueTypeFormatException(CoreTexts.text("truetype.collectionCount", count));
				}
				for (int i = 0; i < count; i++) {
					faces.add(new TrueTypeFace(file, data, data.getInt(12 + 4 * i), true));
				}
			} else {
				faces.add(new TrueTypeFace(file, data, 0, false));
			}
			return faces;
		} catch (IndexOutOfBoundsException e) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.truncated"));
		}
	}

	private static Map<String, Table> directory(ByteBuffer data, int start) throws TrueTypeFormatException {
		if (start < 0 || start + 12 > data.capacity()) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.directory"));
		}
		int version = data.getInt(start);
		// 1.0 or 'true' (TrueType outlines), 'OTTO' (CFF outlines: read, but not embeddable, see hasTrueTypeOutlines)
		if (version != 0x00010000 && version != 0x74727565 && version != 0x4F54544F) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.notTrueType", Integer.toHexString(version)));
		}
		int count = Short.toUnsignedInt(data.getShort(start + 4));
		Map<String, Table> tables = new HashMap<>();
		for (int i = 0; i < count; i++) {
			int record = start + 12 + 16 * i;
			byte[] tag = new byte[4];
			data.get(record, tag);
			int offset = data.getInt(record + 8);
			int length = data.getInt(record + 12);
			if (offset < 0 || length < 0 || (long) offset + length > data.capacity()) {
				throw new TrueTypeFormatException(CoreTexts.text("truetype.tableOutside", new String(tag, StandardCharsets.ISO_8859_1)));
			}
			tables.put(new String(tag, StandardCharsets.ISO_8859_1), new Table(offset, length));
		}
		return tables;
	}

	private Table require(String tag, int minimumLength) throws TrueTypeFormatException {
		Table t = tables.get(tag);
		if (t == null) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.tableMissing", tag));
		}
		if (t.length() < minimumLength) {
			throw new TrueTypeFormatException(CoreTexts.text("truetype.tableShort", tag));
		}
		return t;
	}

	public Path file() {
		return file;
	}

	/** Whether the face is one of a collection (.ttc), chosen by its PostScript name. */
	public boolean inCollection() {
		return inCollection;
	}

	/** Whether the face has CFF (PostScript) outlines, an OpenType font with the signature "OTTO". */
	public boolean hasCffOutlines() {
		return cffOutlines;
	}

	/** Whether the outlines are TrueType quadratic outlines (a glyf table), which a PDF embeds as CIDFontType2. */
	public boolean hasTrueTypeOutlines() {
		return glyf != null && loca != null;
	}

	public boolean hasTable(String tag) {
		return tables.containsKey(tag);
	}

	public int unitsPerEm() {
		return unitsPerEm;
	}

	public int numGlyphs() {
		return numGlyphs;
	}

	/** The glyph for a Unicode code point, 0 (.notdef) when the face has none. */
	public int glyphId(int codePoint) {
		return characterMap.glyphId(codePoint);
	}

	/** Advance width of a glyph in font units. */
	public int advanceWidth(int glyphId) {
		int i = Math.min(glyphId, numberOfHMetrics - 1);
		return u16(hmtx.offset() + 4 * i);
	}

	/** Left side bearing of a glyph in font units. */
	int leftSideBearing(int glyphId) {
		if (glyphId < numberOfHMetrics) {
			return data.getShort(hmtx.offset() + 4 * glyphId + 2);
		}
		int at = hmtx.offset() + 4 * numberOfHMetrics + 2 * (glyphId - numberOfHMetrics);
		return at + 2 <= hmtx.offset() + hmtx.length() ? data.getShort(at) : 0;
	}

	/** Where a glyph's outline starts in the file; {@link #glyphLength} bytes long (0 for an empty glyph). */
	int glyphOffset(int glyphId) {
		return glyf.offset() + locaEntry(glyphId);
	}

	int glyphLength(int glyphId) {
		if (glyphId < 0 || glyphId >= numGlyphs) {
			return 0;
		}
		int start = locaEntry(glyphId);
		int end = locaEntry(glyphId + 1);
		if (end <= start || end > glyf.length()) {
			return 0;
		}
		return end - start;
	}

	private int locaEntry(int glyphId) {
		return longLoca ? data.getInt(loca.offset() + 4 * glyphId) : 2 * u16(loca.offset() + 2 * glyphId);
	}

	/** A copy of a table's bytes, or {@code null} when the face has no such table. */
	byte[] tableBytes(String tag) {
		Table t = tables.get(tag);
		if (t == null) {
			return null;
		}
		byte[] bytes = new byte[t.length()];
		data.get(t.offset(), bytes);
		return bytes;
	}

	/** Copies {@code length} bytes from the file at {@code offset}. */
	void copy(int offset, byte[] into, int at, int length) {
		data.get(offset, into, at, length);
	}

	int u16(int offset) {
		return Short.toUnsignedInt(data.getShort(offset));
	}

	short s16(int offset) {
		return data.getShort(offset);
	}

	/** The face's PostScript name (name ID 6), e.g. "UMingCN"; {@code null} when the font has none. */
	public String postScriptName() {
		return names.postScript();
	}

	/** The full name (name ID 4, English first), e.g. "AR PL UMing CN", else the family name. */
	public String fullName() {
		return names.full() != null ? names.full() : names.family();
	}

	// --- metrics for the PDF font descriptor, in font units -------------------------------------------------------

	/** xMin, yMin, xMax, yMax of all glyphs (head). */
	public int[] boundingBox() {
		int head = tables.get("head").offset();
		return new int[] { s16(head + 36), s16(head + 38), s16(head + 40), s16(head + 42) };
	}

	public int ascender() {
		Table os2 = tables.get("OS/2");
		if (os2 != null && os2.length() >= 72) {
			int typo = s16(os2.offset() + 68);
			if (typo > 0) {
				return typo;
			}
		}
		return s16(tables.get("hhea").offset() + 4);
	}

	public int descender() {
		Table os2 = tables.get("OS/2");
		if (os2 != null && os2.length() >= 72) {
			int typo = s16(os2.offset() + 70);
			if (typo < 0) {
				return typo;
			}
		}
		return s16(tables.get("hhea").offset() + 6);
	}

	/** OS/2 sCapHeight when the table has it (version 2 and later), else the ascender. */
	public int capHeight() {
		Table os2 = tables.get("OS/2");
		if (os2 != null && os2.length() >= 90 && u16(os2.offset()) >= 2) {
			int cap = s16(os2.offset() + 88);
			if (cap > 0) {
				return cap;
			}
		}
		return ascender();
	}

	/** OS/2 usWeightClass, 400 when the font does not say. */
	public int weightClass() {
		Table os2 = tables.get("OS/2");
		return os2 != null && os2.length() >= 6 ? u16(os2.offset() + 4) : 400;
	}

	/** Italic angle in degrees (post). */
	public double italicAngle() {
		Table post = tables.get("post");
		return post != null && post.length() >= 8 ? data.getInt(post.offset() + 4) / 65536.0 : 0;
	}

	@Override
	public String toString() {
		return fullName() + " (" + file + ")";
	}

	/** The Unicode character map: format 4 (BMP) and format 12 (all planes) subtables. */
	static final class CharacterMap {
		static final CharacterMap EMPTY = new CharacterMap(new char[0], new int[0]);

		/** Glyph of each BMP code point (0 when none). */
		private final char[] bmp;
		/** format 12 groups above the BMP: start, end, first glyph; sorted by start */
		private final int[] groups;

		private CharacterMap(char[] bmp, int[] groups) {
			this.bmp = bmp;
			this.groups = groups;
		}

		int glyphId(int codePoint) {
			if (codePoint < bmp.length) {
				return codePoint >= 0 ? bmp[codePoint] : 0;
			}
			int lo = 0;
			int hi = groups.length / 3 - 1;
			while (lo <= hi) {
				int mid = (lo + hi) >>> 1;
				int start = groups[3 * mid];
				if (codePoint < start) {
					hi = mid - 1;
				} else if (codePoint > groups[3 * mid + 1]) {
					lo = mid + 1;
				} else {
					return groups[3 * mid + 2] + (codePoint - start);
				}
			}
			return 0;
		}

		static CharacterMap read(ByteBuffer data, int offset, int length, int numGlyphs) throws TrueTypeFormatException {
			int count = Short.toUnsignedInt(data.getShort(offset + 2));
			int format4 = -1;
			int format12 = -1;
			for (int i = 0; i < count; i++) {
				int record = offset + 4 + 8 * i;
				int platform = Short.toUnsignedInt(data.getShort(record));
				int encoding = Short.toUnsignedInt(data.getShort(record + 2));
				int sub = offset + data.getInt(record + 4);
				if (sub < offset || sub + 4 > offset + length) {
					continue;
				}
				int format = Short.toUnsignedInt(data.getShort(sub));
				boolean unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
				if (!unicode) {
					continue;
				}
				if (format == 12 && format12 < 0) {
					format12 = sub;
				} else if (format == 4 && format4 < 0) {
					format4 = sub;
				}
			}
			if (format12 >= 0) {
				return fromFormat12(data, format12, numGlyphs);
			}
			if (format4 >= 0) {
				return new CharacterMap(fromFormat4(data, format4, numGlyphs), new int[0]);
			}
			return EMPTY;
		}

		private static char[] fromFormat4(ByteBuffer data, int sub, int numGlyphs) {
			char[] bmp = new char[0x10000];
			int segments = Short.toUnsignedInt(data.getShort(sub + 6)) / 2;
			int ends = sub + 14;
			int starts = ends + 2 * segments + 2;
			int deltas = starts + 2 * segments;
			int rangeOffsets = deltas + 2 * segments;
			for (int s = 0; s < segments; s++) {
				int end = Short.toUnsignedInt(data.getShort(ends + 2 * s));
				int start = Short.toUnsignedInt(data.getShort(starts + 2 * s));
				int delta = data.getShort(deltas + 2 * s);
				int rangeOffsetAt = rangeOffsets + 2 * s;
				int rangeOffset = Short.toUnsignedInt(data.getShort(rangeOffsetAt));
				for (int c = start; c <= end && c < 0xFFFF; c++) {
					int glyph;
					if (rangeOffset == 0) {
						glyph = (c + delta) & 0xFFFF;
					} else {
						int at = rangeOffsetAt + rangeOffset + 2 * (c - start);
						if (at + 2 > data.capacity()) {
							continue;
						}
						glyph = Short.toUnsignedInt(data.getShort(at));
						if (glyph != 0) {
							glyph = (glyph + delta) & 0xFFFF;
						}
					}
					if (glyph < numGlyphs) {
						bmp[c] = (char) glyph;
					}
				}
			}
			return bmp;
		}

		private static CharacterMap fromFormat12(ByteBuffer data, int sub, int numGlyphs) throws TrueTypeFormatException {
			long count = Integer.toUnsignedLong(data.getInt(sub + 12));
			if (count > 1_000_000) {
				throw new TrueTypeFormatException(CoreTexts.text("truetype.cmap"));
			}
			char[] bmp = new char[0x10000];
			int[] groups = new int[(int) count * 3];
			int above = 0;
			for (int i = 0; i < count; i++) {
				int at = sub + 16 + 12 * i;
				int start = data.getInt(at);
				int end = data.getInt(at + 4);
				int glyph = data.getInt(at + 8);
				if (start < 0 || end < start || end > 0x10FFFF) {
					continue;
				}
				for (int c = start; c <= Math.min(end, 0xFFFF); c++) {
					int g = glyph + (c - start);
					if (g < numGlyphs) {
						bmp[c] = (char) g;
					}
				}
				if (end > 0xFFFF) {
					int from = Math.max(start, 0x10000);
					groups[above++] = from;
					groups[above++] = end;
					groups[above++] = glyph + (from - start);
				}
			}
			return new CharacterMap(bmp, Arrays.copyOf(groups, above));
		}
	}

	/** The names a user recognises a face by. */
	record Names(String postScript, String full, String family) {
		static final Names NONE = new Names(null, null, null);

		static Names read(ByteBuffer data, int offset, int length) {
			int count = Short.toUnsignedInt(data.getShort(offset + 2));
			int strings = offset + Short.toUnsignedInt(data.getShort(offset + 4));
			String[] best = new String[7];
			int[] rank = new int[7];
			for (int i = 0; i < count; i++) {
				int record = offset + 6 + 12 * i;
				if (record + 12 > offset + length) {
					break;
				}
				int platform = Short.toUnsignedInt(data.getShort(record));
				int encoding = Short.toUnsignedInt(data.getShort(record + 2));
				int language = Short.toUnsignedInt(data.getShort(record + 4));
				int id = Short.toUnsignedInt(data.getShort(record + 6));
				int len = Short.toUnsignedInt(data.getShort(record + 8));
				int at = strings + Short.toUnsignedInt(data.getShort(record + 10));
				if (id != 1 && id != 4 && id != 6 || at + len > data.capacity()) {
					continue;
				}
				// Windows Unicode in US English first, then any Windows Unicode, then Macintosh Roman
				int r = platform == 3 && (encoding == 1 || encoding == 10) ? (language == 0x409 ? 3 : 2)
						: platform == 1 && encoding == 0 ? 1 : 0;
				if (r <= rank[id]) {
					continue;
				}
				byte[] bytes = new byte[len];
				data.get(at, bytes);
				String text = (platform == 1 ? new String(bytes, StandardCharsets.ISO_8859_1)
						: new String(bytes, StandardCharsets.UTF_16BE)).strip();
				if (!text.isEmpty()) {
					best[id] = text;
					rank[id] = r;
				}
			}
			return new Names(best[6], best[4], best[1]);
		}
	}
}
