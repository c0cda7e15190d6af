package org.lawreport.core.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.fonts.FontConfigurationException;
import org.lawreport.core.fonts.FontFace;
import org.lawreport.core.fonts.TrueTypeFace;
import org.lawreport.core.fonts.TrueTypeFormatException;

/**
 * Our reading of TrueType files (table directory, character map, metrics, names), checked against Apache FontBox
 * on the open Chinese fonts the tests install; broken files give Chinese errors, not crashes.
 */
// reads the CJK fonts installed by scripts/install-test-tools.sh: left out of ./run-tests --quick
@Tag("external")
class TrueTypeFaceTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "/usr/share/fonts/truetype/arphic/uming.ttc", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
			"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf" })
	void everyCharacterMapsToTheGlyphFontBoxFindsWithTheSameWidth(String file) throws IOException, TrueTypeFormatException {
		List<TrueTypeFace> ours = TrueTypeFace.readAll(Path.of(file));
		List<TrueTypeFont> reference = FontboxReference.faces(Path.of(file));
		try {
			assertEquals(reference.size(), ours.size(), "faces");
			for (int f = 0; f < ours.size(); f++) {
				TrueTypeFace face = ours.get(f);
				TrueTypeFont font = reference.get(f);
				assertEquals(font.getName(), face.postScriptName());
				assertEquals(font.getNumberOfGlyphs(), face.numGlyphs());
				assertEquals(font.getUnitsPerEm(), face.unitsPerEm());
				CmapLookup cmap = font.getUnicodeCmapLookup(false);
				int mapped = 0;
				for (int cp = 0x20; cp <= 0x2FFFF; cp++) {
					if (cp >= 0xD800 && cp <= 0xDFFF) {
						continue;
					}
					int expected = cmap.getGlyphId(cp);
					int codePoint = cp;
					assertEquals(expected, face.glyphId(cp), () -> face.postScriptName() + " U+" + Integer.toHexString(codePoint));
					if (expected != 0) {
						mapped++;
					}
				}
				assertTrue(mapped > 6000, face.postScriptName() + " maps only " + mapped + " characters");
				for (int g = 0; g < face.numGlyphs(); g += 7) {
					assertEquals(font.getAdvanceWidth(g), face.advanceWidth(g), face.postScriptName() + " glyph " + g);
				}
			}
		} finally {
			for (TrueTypeFont font : reference) {
				font.close();
			}
		}
	}

	@Test
	void facesAreKnownByTheNamesUsersSee() throws Exception {
		List<TrueTypeFace> uming = TrueTypeFace.readAll(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
		assertEquals(List.of("UMingCN", "UMingHK", "UMingTW", "UMingTWMBE"), uming.stream().map(TrueTypeFace::postScriptName).toList());
		assertEquals("AR PL UMing CN", uming.get(0).fullName());
		TrueTypeFace sung = TrueTypeFace.readAll(Path.of("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf")).get(0);
		assertEquals("AR PL SungtiL GB", sung.fullName());
		assertEquals("BousungEG-Light-GB", sung.postScriptName());
		assertTrue(sung.hasTrueTypeOutlines());
		TrueTypeFace noto = TrueTypeFace.readAll(Path.of("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc")).get(0);
		assertFalse(noto.hasTrueTypeOutlines(), "CFF outlines cannot be embedded as TrueType");
	}

	@Test
	void aTruncatedOrForeignFileIsAChineseErrorNotACrash(@TempDir Path dir) throws IOException {
		byte[] font = Files.readAllBytes(Path.of("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"));
		Path truncated = dir.resolve("truncated.ttf");
		Files.write(truncated, Arrays.copyOf(font, 2000));
		TrueTypeFormatException cut = assertThrows(TrueTypeFormatException.class, () -> TrueTypeFace.readAll(truncated));
		assertTrue(cut.getMessage().contains("超出文件范围") || cut.getMessage().contains("截断"), cut.getMessage());
		FontConfigurationException forUser = assertThrows(FontConfigurationException.class, () -> FontFace.open(truncated, null));
		assertTrue(forUser.getMessage().startsWith("无法读取字体文件 " + truncated + "："), forUser.getMessage());

		Path text = dir.resolve("notes.ttf");
		Files.writeString(text, "这不是字体文件，只是改了扩展名。");
		TrueTypeFormatException foreign = assertThrows(TrueTypeFormatException.class, () -> TrueTypeFace.readAll(text));
		assertTrue(foreign.getMessage().startsWith("不是 TrueType 字体"), foreign.getMessage());

		Path empty = dir.resolve("empty.ttf");
		Files.write(empty, new byte[0]);
		assertThrows(TrueTypeFormatException.class, () -> TrueTypeFace.readAll(empty));
	}
}
