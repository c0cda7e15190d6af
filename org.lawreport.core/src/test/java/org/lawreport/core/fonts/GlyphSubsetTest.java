package org.lawreport.core.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.lawreport.core.fonts.GlyphSubset;
import org.lawreport.core.fonts.TrueTypeFace;

/**
 * The font program a PDF embeds: the glyphs a document uses, renumbered in order of first use, with composite
 * glyphs' components; FontBox reads it back and finds the same outlines and widths as in the original font.
 */
// reads the CJK fonts installed by scripts/install-test-tools.sh: left out of ./run-tests --quick
@Tag("external")
class GlyphSubsetTest {

	private static final Path UMING = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
	private static final Path SUNG = Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf");
	private static final String TEXT = "重庆市潼南区政务服务管理办公室关于2020年度法治政府建设情况的报告，“放管服”改革……——（一）";

	@Test
	void glyphsAreNumberedInOrderOfFirstUseAndNotdefStaysZero() throws Exception {
		TrueTypeFace face = TrueTypeFace.readAll(UMING).get(0);
		GlyphSubset subset = new GlyphSubset(face);
		assertEquals(1, subset.add(face.glyphId('法')));
		assertEquals(2, subset.add(face.glyphId('治')));
		assertEquals(1, subset.add(face.glyphId('法')), "a glyph keeps its number");
		assertEquals(0, subset.add(0), ".notdef");
		assertEquals(3, subset.size());
		assertEquals(face.glyphId('治'), subset.originalGlyph(2));
		assertTrue(subset.tag().matches("[A-Z]{6}"), subset.tag());
		GlyphSubset same = new GlyphSubset(face);
		same.add(face.glyphId('法'));
		same.add(face.glyphId('治'));
		assertEquals(subset.tag(), same.tag(), "the same glyphs give the same subset name");
		GlyphSubset other = new GlyphSubset(face);
		other.add(face.glyphId('治'));
		other.add(face.glyphId('法'));
		assertNotEquals(subset.tag(), other.tag());
	}

	@Test
	void fontBoxReadsTheSubsetWithTheOriginalOutlinesAndWidths() throws Exception {
		for (Path file : List.of(UMING, SUNG)) {
			TrueTypeFace face = TrueTypeFace.readAll(file).get(0);
			GlyphSubset subset = new GlyphSubset(face);
			Map<Integer, Integer> cidOf = new HashMap<>();
			TEXT.codePoints().forEach(cp -> cidOf.put(cp, subset.add(face.glyphId(cp))));
			byte[] program = subset.fontProgram();
			TrueTypeFont original = FontboxReference.faces(file).get(0);
			try (TrueTypeFont embedded = FontboxReference.embedded(program)) {
				CmapLookup cmap = original.getUnicodeCmapLookup(false);
				assertEquals(subset.size(), embedded.getNumberOfGlyphs());
				for (var e : cidOf.entrySet()) {
					int originalGlyph = cmap.getGlyphId(e.getKey());
					String what = file.getFileName() + " “" + Character.toString(e.getKey()) + "”";
					assertTrue(originalGlyph != 0, what + " missing from the font");
					assertEquals(FontboxReference.outline(original, originalGlyph), FontboxReference.outline(embedded, e.getValue()), what);
					assertEquals(original.getAdvanceWidth(originalGlyph), embedded.getAdvanceWidth(e.getValue()), what);
				}
			} finally {
				original.close();
			}
		}
	}

	@Test
	void aCompositeGlyphBringsItsComponentsRenumbered() throws Exception {
		TrueTypeFace face = TrueTypeFace.readAll(UMING).get(0);
		TrueTypeFont original = FontboxReference.faces(UMING).get(0);
		try {
			CmapLookup cmap = original.getUnicodeCmapLookup(false);
			int composite = -1;
			for (int cp = 0x20; cp < 0xFFFF && composite < 0; cp++) {
				int glyph = cmap.getGlyphId(cp);
				GlyphData data = glyph == 0 ? null : original.getGlyph().getGlyph(glyph);
				if (data != null && data.getDescription().isComposite()) {
					composite = cp;
				}
			}
			assertTrue(composite > 0, "uming has composite glyphs (i, j, accented Latin letters)");
			GlyphSubset subset = new GlyphSubset(face);
			int cid = subset.add(face.glyphId(composite));
			byte[] program = subset.fontProgram();
			assertTrue(subset.size() > 2, "the components were added: " + subset.size());
			try (TrueTypeFont embedded = FontboxReference.embedded(program)) {
				assertEquals(FontboxReference.outline(original, cmap.getGlyphId(composite)), FontboxReference.outline(embedded, cid),
						"“" + Character.toString(composite) + "” drawn from its renumbered components");
			}
		} finally {
			original.close();
		}
	}

	@Test
	void checksumsAndTheHintingTablesAreThere() throws Exception {
		TrueTypeFace face = TrueTypeFace.readAll(SUNG).get(0);
		GlyphSubset subset = new GlyphSubset(face);
		TEXT.codePoints().forEach(cp -> subset.add(face.glyphId(cp)));
		ByteBuffer font = ByteBuffer.wrap(subset.fontProgram());
		assertEquals(0xB1B0AFBA, checksum(font, 0, font.capacity()), "head.checkSumAdjustment balances the file");
		int tables = Short.toUnsignedInt(font.getShort(4));
		Map<String, Integer> lengths = new HashMap<>();
		for (int i = 0; i < tables; i++) {
			int record = 12 + 16 * i;
			byte[] tag = new byte[4];
			font.get(record, tag);
			String name = new String(tag, StandardCharsets.ISO_8859_1);
			int offset = font.getInt(record + 8);
			int length = font.getInt(record + 12);
			assertEquals(0, offset % 4, name + " on a four-byte boundary");
			lengths.put(name, length);
			if (!name.equals("head")) {
				assertEquals(font.getInt(record + 4), checksum(font, offset, length), name + " checksum");
			}
		}
		for (String required : List.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ", "fpgm", "prep")) {
			assertTrue(lengths.containsKey(required), required + " in " + lengths.keySet());
		}
		assertEquals(4 * (subset.size() + 1), lengths.get("loca"), "long loca, one entry per glyph and one more");
	}

	private static int checksum(ByteBuffer b, int offset, int length) {
		int sum = 0;
		for (int i = 0; i < length; i += 4) {
			int word = 0;
			for (int k = 0; k < 4; k++) {
				word = (word << 8) | (i + k < length ? b.get(offset + i + k) & 0xFF : 0);
			}
			sum += word;
		}
		return sum;
	}
}
