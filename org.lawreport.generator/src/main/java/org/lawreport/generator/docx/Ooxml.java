package org.lawreport.generator.docx;

import java.math.BigInteger;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * Small WordprocessingML builders over POI's XML beans. Every run gets explicit fonts (ASCII, high ANSI, East
 * Asian and complex script all set to the CJK font, with the East Asian hint, so quotes, dashes and ellipses are
 * set in the body font), an explicit size and the zh-CN language: nothing depends on styles or theme fonts.
 */
final class Ooxml {

	static final String LANGUAGE = "zh-CN";

	/** The look of a run. {@code scale} is the horizontal scale in percent (100 = none). */
	record Look(String font, int sizeTwips, int spacingTwips, String color, int scale) {
		Look(String font, int sizeTwips, int spacingTwips) {
			this(font, sizeTwips, spacingTwips, null, 100);
		}

		Look withFont(String other) {
			return new Look(other, sizeTwips, spacingTwips, color, scale);
		}
	}

	private Ooxml() {
	}

	static BigInteger big(long value) {
		return BigInteger.valueOf(value);
	}

	static void look(CTRPr rpr, Look look) {
		CTFonts fonts = rpr.addNewRFonts();
		fonts.setAscii(look.font());
		fonts.setHAnsi(look.font());
		fonts.setEastAsia(look.font());
		fonts.setCs(look.font());
		fonts.setHint(STHint.EAST_ASIA);
		if (look.color() != null) {
			rpr.addNewColor().setVal(look.color());
		}
		if (look.spacingTwips() != 0) {
			rpr.addNewSpacing().setVal(big(look.spacingTwips()));
		}
		if (look.scale() != 100) {
			rpr.addNewW().setVal(look.scale());
		}
		// sizes are in half-points
		rpr.addNewSz().setVal(big(look.sizeTwips() / 10));
		rpr.addNewSzCs().setVal(big(look.sizeTwips() / 10));
		CTLanguage lang = rpr.addNewLang();
		lang.setVal(LANGUAGE);
		lang.setEastAsia(LANGUAGE);
	}

	/** The paragraph mark's own run properties (they set an empty paragraph's height in Word). */
	static void markLook(CTPPr ppr, Look look) {
		CTParaRPr rpr = ppr.addNewRPr();
		CTFonts fonts = rpr.addNewRFonts();
		fonts.setAscii(look.font());
		fonts.setHAnsi(look.font());
		fonts.setEastAsia(look.font());
		fonts.setCs(look.font());
		fonts.setHint(STHint.EAST_ASIA);
		rpr.addNewSz().setVal(big(look.sizeTwips() / 10));
		rpr.addNewSzCs().setVal(big(look.sizeTwips() / 10));
	}

	static CTR run(CTP p, String text, Look look) {
		CTR r = p.addNewR();
		look(r.addNewRPr(), look);
		if (!text.isEmpty()) {
			CTText t = r.addNewT();
			t.setStringValue(text);
			t.setSpace(SpaceAttribute.Space.PRESERVE);
		}
		return r;
	}

	static void on(CTOnOff onOff, boolean value) {
		onOff.setVal(value ? "1" : "0");
	}

	static void lineSpacing(CTPPrBase ppr, int before, int line, boolean exact) {
		lineSpacing(ppr, before, 0, line, exact);
	}

	static void lineSpacing(CTPPrBase ppr, int before, int after, int line, boolean exact) {
		CTSpacing s = ppr.addNewSpacing();
		s.setBefore(big(before));
		s.setAfter(big(after));
		s.setLine(big(line));
		s.setLineRule(exact ? STLineSpacingRule.EXACT : STLineSpacingRule.AUTO);
	}

	static void border(CTBorder border, int eighths, int spacePt, String color) {
		border.setVal(STBorder.SINGLE);
		border.setSz(big(eighths));
		border.setSpace(big(spacePt));
		border.setColor(color);
	}
}
