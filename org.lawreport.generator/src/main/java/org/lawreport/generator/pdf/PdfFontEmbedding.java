package org.lawreport.generator.pdf;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.lawreport.core.fonts.FontFace;
import org.lawreport.core.fonts.GlyphSubset;
import org.lawreport.core.fonts.TrueTypeFace;

/**
 * One face embedded in one PDF: a Type0 font with the Identity-H encoding over a CIDFontType2 subset whose CIDs
 * are the glyph numbers of the subset (CIDToGIDMap Identity), with widths and a ToUnicode map so that the text can
 * be searched and copied. The page content addresses glyphs by their CID ({@link #cid}); the font objects are
 * written once the document's pages are drawn ({@link #write}).
 */
final class PdfFontEmbedding {

	private static final int DEFAULT_WIDTH = 1000;

	private final FontFace face;
	private final GlyphSubset subset;
	private final COSName resourceName;
	/** code point behind each CID (the first one seen when several share a glyph), 0 for none */
	private int[] unicode = new int[256];
	/** characters drawn with a glyph that an earlier character of the document already took: their own CIDs */
	private final Map<Integer, Integer> sharedGlyphs = new HashMap<>();

	PdfFontEmbedding(FontFace face, COSName resourceName) {
		this.face = face;
		this.subset = new GlyphSubset(face.font());
		this.resourceName = resourceName;
	}

	COSName resourceName() {
		return resourceName;
	}

	/**
	 * The CID that draws a character (the face must have its glyph). Each CID stands for one character: when the
	 * font draws two characters with one glyph (a radical and its ideograph, say), the second gets a CID of its
	 * own, so that both copy out of the PDF as written.
	 */
	int cid(int codePoint) {
		int glyph = face.glyphId(codePoint);
		int cid = subset.add(glyph);
		int drawnFor = cid < unicode.length ? unicode[cid] : 0;
		if (drawnFor == 0) {
			remember(cid, codePoint);
		} else if (drawnFor != codePoint) {
			return sharedGlyphs.computeIfAbsent(codePoint, cp -> remember(subset.addCopy(glyph), cp));
		}
		return cid;
	}

	/** Records the character a CID stands for (for the ToUnicode map); returns the CID. */
	private int remember(int cid, int codePoint) {
		if (cid >= unicode.length) {
			unicode = Arrays.copyOf(unicode, Math.max(unicode.length * 2, cid + 1));
		}
		unicode[cid] = codePoint;
		return cid;
	}

	/** Width of a CID in thousandths of an em, as the W array gives it. */
	float width(int cid) {
		return face.pdfWidthOfGlyph(subset.originalGlyph(cid));
	}

	/** Writes the font objects; returns the Type0 font dictionary for the pages' resources. */
	COSDictionary write(PDDocument pdf) throws IOException {
		byte[] program = subset.fontProgram();
		String baseName = subset.tag() + "+" + postScriptName();
		TrueTypeFace font = face.font();
		float scale = 1000f / font.unitsPerEm();

		COSStream fontFile = FlateStreams.of(pdf, program, program.length);
		fontFile.setInt(COSName.LENGTH1, program.length);

		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, baseName);
		descriptor.setInt(COSName.FLAGS, 4); // symbolic: glyphs outside the standard Latin set
		int[] box = font.boundingBox();
		COSArray bbox = new COSArray();
		for (int v : box) {
			bbox.add(COSInteger.get(Math.round(v * scale)));
		}
		descriptor.setItem(COSName.FONT_BBOX, bbox);
		descriptor.setItem(COSName.ITALIC_ANGLE, new COSFloat((float) font.italicAngle()));
		descriptor.setInt(COSName.ASCENT, Math.round(font.ascender() * scale));
		descriptor.setInt(COSName.DESCENT, Math.round(font.descender() * scale));
		descriptor.setInt(COSName.CAP_HEIGHT, Math.round(font.capHeight() * scale));
		float weight = font.weightClass() / 65f;
		descriptor.setInt(COSName.STEM_V, Math.round(50 + weight * weight));
		descriptor.setItem(COSName.FONT_FILE2, fontFile);

		COSDictionary systemInfo = new COSDictionary();
		systemInfo.setString(COSName.REGISTRY, "Adobe");
		systemInfo.setString(COSName.ORDERING, "Identity");
		systemInfo.setInt(COSName.SUPPLEMENT, 0);

		COSDictionary cidFont = new COSDictionary();
		cidFont.setItem(COSName.TYPE, COSName.FONT);
		cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
		cidFont.setName(COSName.BASE_FONT, baseName);
		cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
		cidFont.setItem(COSName.FONT_DESC, descriptor);
		cidFont.setInt(COSName.DW, DEFAULT_WIDTH);
		cidFont.setItem(COSName.W, widths());
		cidFont.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

		COSDictionary type0 = new COSDictionary();
		type0.setItem(COSName.TYPE, COSName.FONT);
		type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
		type0.setName(COSName.BASE_FONT, baseName);
		type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
		COSArray descendants = new COSArray();
		descendants.add(cidFont);
		type0.setItem(COSName.DESCENDANT_FONTS, descendants);
		ContentBytes cmap = toUnicode();
		type0.setItem(COSName.TO_UNICODE, FlateStreams.of(pdf, cmap.array(), cmap.length()));
		return type0;
	}

	/**
	 * The W array: runs of consecutive CIDs with their widths, {@code c [w1 w2 ...]}, leaving out the CIDs as wide
	 * as the default width (1000, every ideograph of a Chinese font).
	 */
	private COSArray widths() {
		COSArray w = new COSArray();
		int cid = 1;
		int end = subset.size();
		while (cid < end) {
			if (width(cid) == DEFAULT_WIDTH) {
				cid++;
				continue;
			}
			COSArray run = new COSArray();
			int first = cid;
			while (cid < end && width(cid) != DEFAULT_WIDTH) {
				run.add(COSInteger.get((long) width(cid)));
				cid++;
			}
			w.add(COSInteger.get(first));
			w.add(run);
		}
		return w;
	}

	private String postScriptName() {
		String name = face.font().postScriptName();
		if (name == null || name.isBlank()) {
			name = face.displayName();
		}
		// a PDF name of printable ASCII without delimiters or spaces
		StringBuilder clean = new StringBuilder();
		name.codePoints().filter(c -> c > 32 && c < 127 && "()<>[]{}/%#".indexOf(c) < 0).forEach(clean::appendCodePoint);
		return clean.length() == 0 ? "Font" : clean.toString();
	}

	/** The ToUnicode CMap: each CID to the character it was drawn for. */
	private ContentBytes toUnicode() {
		ContentBytes out = new ContentBytes(4096 + 24 * subset.size());
		out.ascii("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
				+ "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
				+ "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
				+ "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
		int limit = Math.min(unicode.length, subset.size());
		int cid = 1;
		while (cid < limit) {
			int count = 0;
			for (int c = cid; c < limit && count < 100; c++) {
				if (unicode[c] != 0) {
					count++;
				}
			}
			if (count == 0) {
				break;
			}
			out.number(count).ascii("beginbfchar\n");
			int written = 0;
			while (cid < limit && written < count) {
				int cp = unicode[cid];
				if (cp != 0) {
					out.ascii('<').hex16(cid).ascii("> <");
					if (Character.isBmpCodePoint(cp)) {
						out.hex16(cp);
					} else {
						out.hex16(Character.highSurrogate(cp)).hex16(Character.lowSurrogate(cp));
					}
					out.ascii(">\n");
					written++;
				}
				cid++;
			}
			out.ascii("endbfchar\n");
		}
		out.ascii("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return out;
	}
}
