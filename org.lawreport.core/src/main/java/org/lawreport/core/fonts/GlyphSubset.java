package org.lawreport.core.fonts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The glyphs one document uses from a face, numbered in the order of first use, and the TrueType font program
 * that holds just those glyphs, renumbered (what a PDF embeds as a CIDFontType2 subset with an identity CID to
 * glyph map). A composite glyph brings its components along, renumbered too.
 *
 * <p>The font program keeps the tables a PDF's TrueType font needs (head, hhea, maxp, loca, glyf, hmtx, the
 * hinting tables cvt, fpgm and prep when the face has them, gasp, OS/2, and post without glyph names); it has no
 * cmap, since a PDF addresses the glyphs by number. One subset belongs to one document and one thread.
 */
public final class GlyphSubset {

	private static final int ARG_1_AND_2_ARE_WORDS = 0x0001;
	private static final int WE_HAVE_A_SCALE = 0x0008;
	private static final int MORE_COMPONENTS = 0x0020;
	private static final int WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
	private static final int WE_HAVE_A_TWO_BY_TWO = 0x0080;

	private final TrueTypeFace face;
	/** new glyph → original glyph; new glyph 0 is .notdef */
	private int[] originals = new int[256];
	private int size = 1;
	/** original glyph → new glyph, 0 when not (yet) in the subset (.notdef maps to 0 anyway) */
	private final char[] renumbered;

	public GlyphSubset(TrueTypeFace face) {
		this.face = face;
		this.renumbered = new char[face.numGlyphs()];
	}

	public TrueTypeFace face() {
		return face;
	}

	/** The glyph's number in the subset (its CID in the PDF), adding it on first use. */
	public int add(int originalGlyph) {
		if (originalGlyph <= 0 || originalGlyph >= renumbered.length) {
			return 0;
		}
		int known = renumbered[originalGlyph];
		if (known != 0) {
			return known;
		}
		int added = append(originalGlyph);
		renumbered[originalGlyph] = (char) added;
		return added;
	}

	/**
	 * One more number for a glyph already in the subset: a second character the font draws with the same glyph
	 * gets a number of its own (and a copy of the glyph), so that each number stands for one character.
	 */
	public int addCopy(int originalGlyph) {
		return add(originalGlyph) == 0 ? 0 : append(originalGlyph);
	}

	/** The next number of the subset, for an original glyph. */
	private int append(int originalGlyph) {
		if (size == 0xFFFF) {
			throw new IllegalStateException("a subset holds at most 65,535 glyphs");
		}
		if (size == originals.length) {
			originals = Arrays.copyOf(originals, size * 2);
		}
		originals[size] = originalGlyph;
		return size++;
	}

	/** Glyphs in the subset so far, .notdef included. */
	public int size() {
		return size;
	}

	/** The original glyph behind a glyph of the subset. */
	public int originalGlyph(int newGlyph) {
		return originals[newGlyph];
	}

	/** Advance width of a glyph of the subset, in font units. */
	public int advanceWidth(int newGlyph) {
		return face.advanceWidth(originals[newGlyph]);
	}

	/**
	 * A six-letter tag for the subset's PDF name ("ABCDEF+UMingCN"), derived from the glyphs it holds: the same
	 * document always gets the same name.
	 */
	public String tag() {
		long h = 1469598103934665603L;
		for (int i = 0; i < size; i++) {
			h = (h ^ originals[i]) * 1099511628211L;
		}
		h ^= face.file().toString().hashCode();
		char[] tag = new char[6];
		for (int i = 0; i < 6; i++) {
			tag[i] = (char) ('A' + Math.floorMod(h, 26));
			h = Math.floorDiv(h, 26) ^ (h << 7);
		}
		return new String(tag);
	}

	/**
	 * The font program. Composite glyphs' components are added first (they get numbers after the glyphs used
	 * directly), so call this once the document's text is written.
	 */
	public byte[] fontProgram() {
		// components first, since they extend the subset; the loop also reaches components of components
		for (int i = 1; i < size; i++) {
			int original = originals[i];
			int length = face.glyphLength(original);
			if (length >= 10 && face.s16(face.glyphOffset(original)) < 0) {
				forEachComponent(original, (at, component) -> add(component));
			}
		}
		Map<String, byte[]> tables = new TreeMap<>();
		int[] locations = new int[size + 1];
		byte[] glyf = glyphs(locations);
		tables.put("glyf", glyf);
		tables.put("loca", loca(locations));
		tables.put("hmtx", horizontalMetrics());
		tables.put("head", head());
		tables.put("hhea", withShort(face.tableBytes("hhea"), 34, size));
		tables.put("maxp", withShort(face.tableBytes("maxp"), 4, size));
		tables.put("post", post());
		for (String tag : List.of("cvt ", "fpgm", "prep", "gasp", "OS/2")) {
			byte[] t = face.tableBytes(tag);
			if (t != null) {
				tables.put(tag, t);
			}
		}
		return assemble(tables);
	}

	private interface ComponentVisitor {
		void visit(int glyphIndexOffset, int glyph);
	}

	/** Visits the components of a composite glyph: where its glyph index lies (relative to the glyph) and the index. */
	private void forEachComponent(int original, ComponentVisitor visitor) {
		int start = face.glyphOffset(original);
		int end = start + face.glyphLength(original);
		int at = start + 10;
		while (at + 4 <= end) {
			int flags = face.u16(at);
			visitor.visit(at + 2 - start, face.u16(at + 2));
			at += 4 + ((flags & ARG_1_AND_2_ARE_WORDS) != 0 ? 4 : 2);
			if ((flags & WE_HAVE_A_SCALE) != 0) {
				at += 2;
			} else if ((flags & WE_HAVE_AN_X_AND_Y_SCALE) != 0) {
				at += 4;
			} else if ((flags & WE_HAVE_A_TWO_BY_TWO) != 0) {
				at += 8;
			}
			if ((flags & MORE_COMPONENTS) == 0) {
				break;
			}
		}
	}

	private byte[] glyphs(int[] locations) {
		int total = 0;
		for (int i = 0; i < size; i++) {
			total += (face.glyphLength(originals[i]) + 3) & ~3;
		}
		byte[] glyf = new byte[total];
		int at = 0;
		for (int i = 0; i < size; i++) {
			int original = originals[i];
			int length = face.glyphLength(original);
			locations[i] = at;
			if (length > 0) {
				face.copy(face.glyphOffset(original), glyf, at, length);
				if (length >= 10 && face.s16(face.glyphOffset(original)) < 0) {
					int base = at;
					forEachComponent(original, (offset, component) -> {
						int renumberedComponent = component < renumbered.length ? renumbered[component] : 0;
						glyf[base + offset] = (byte) (renumberedComponent >>> 8);
						glyf[base + offset + 1] = (byte) renumberedComponent;
					});
				}
			}
			at += (length + 3) & ~3;
		}
		locations[size] = at;
		return glyf;
	}

	private byte[] loca(int[] locations) {
		ByteBuffer loca = ByteBuffer.allocate(4 * locations.length);
		for (int location : locations) {
			loca.putInt(location);
		}
		return loca.array();
	}

	private byte[] horizontalMetrics() {
		ByteBuffer hmtx = ByteBuffer.allocate(4 * size);
		for (int i = 0; i < size; i++) {
			hmtx.putShort((short) face.advanceWidth(originals[i]));
			hmtx.putShort((short) face.leftSideBearing(originals[i]));
		}
		return hmtx.array();
	}

	private byte[] head() {
		byte[] head = face.tableBytes("head");
		Arrays.fill(head, 8, 12, (byte) 0); // checkSumAdjustment, set when the font is assembled
		head[50] = 0; // indexToLocFormat: long offsets
		head[51] = 1;
		return head;
	}

	private byte[] post() {
		byte[] post = new byte[32];
		byte[] original = face.tableBytes("post");
		if (original != null && original.length >= 32) {
			System.arraycopy(original, 0, post, 0, 32);
		}
		post[0] = 0; // version 3.0: no glyph names
		post[1] = 3;
		post[2] = 0;
		post[3] = 0;
		return post;
	}

	private static byte[] withShort(byte[] table, int offset, int value) {
		table[offset] = (byte) (value >>> 8);
		table[offset + 1] = (byte) value;
		return table;
	}

	/** The sfnt file: table directory, then the tables, each on a four-byte boundary, with their checksums. */
	private static byte[] assemble(Map<String, byte[]> tables) {
		int count = tables.size();
		int directory = 12 + 16 * count;
		int total = directory;
		for (byte[] t : tables.values()) {
			total += (t.length + 3) & ~3;
		}
		ByteBuffer out = ByteBuffer.allocate(total);
		int power = Integer.highestOneBit(count);
		out.putInt(0x00010000);
		out.putShort((short) count);
		out.putShort((short) (power * 16));
		out.putShort((short) Integer.numberOfTrailingZeros(power));
		out.putShort((short) (count * 16 - power * 16));
		int at = directory;
		int headAt = -1;
		int i = 0;
		for (Map.Entry<String, byte[]> e : tables.entrySet()) {
			byte[] t = e.getValue();
			int record = 12 + 16 * i++;
			out.put(record, e.getKey().getBytes(StandardCharsets.ISO_8859_1));
			out.putInt(record + 4, checksum(t));
			out.putInt(record + 8, at);
			out.putInt(record + 12, t.length);
			out.put(at, t);
			if (e.getKey().equals("head")) {
				headAt = at;
			}
			at += (t.length + 3) & ~3;
		}
		byte[] font = out.array();
		int adjustment = (int) (0xB1B0AFBAL - Integer.toUnsignedLong(checksum(font)));
		if (headAt >= 0) {
			out.putInt(headAt + 8, adjustment);
		}
		return font;
	}

	private static int checksum(byte[] bytes) {
		int sum = 0;
		int whole = bytes.length & ~3;
		for (int i = 0; i < whole; i += 4) {
			sum += ((bytes[i] & 0xFF) << 24) | ((bytes[i + 1] & 0xFF) << 16) | ((bytes[i + 2] & 0xFF) << 8) | (bytes[i + 3] & 0xFF);
		}
		int last = 0;
		for (int i = whole; i < bytes.length; i++) {
			last |= (bytes[i] & 0xFF) << (24 - 8 * (i - whole));
		}
		return sum + last;
	}
}
