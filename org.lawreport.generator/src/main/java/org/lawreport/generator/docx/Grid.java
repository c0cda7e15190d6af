package org.lawreport.generator.docx;

import org.lawreport.core.layout.PageGeometry;

/**
 * The GB/T 9704 page in WordprocessingML units (twips, half-points), derived from {@link PageGeometry}. The line
 * pitch and the character spacing are the largest values that still give 22 lines and 28 characters in the type
 * area; LibreOffice was measured to honour exactly these (build notes, "DOCX grid as LibreOffice renders it").
 */
final class Grid {

	static final int PAGE_WIDTH = PageGeometry.twips(PageGeometry.PAGE_WIDTH_MM);
	static final int PAGE_HEIGHT = PageGeometry.twips(PageGeometry.PAGE_HEIGHT_MM);
	static final int TOP = PageGeometry.twips(PageGeometry.TOP_MARGIN_MM);
	static final int BOTTOM = PageGeometry.twips(PageGeometry.BOTTOM_MARGIN_MM);
	static final int LEFT = PageGeometry.twips(PageGeometry.LEFT_MARGIN_MM);
	static final int RIGHT = PageGeometry.twips(PageGeometry.RIGHT_MARGIN_MM);
	static final int TYPE_WIDTH = PageGeometry.twips(PageGeometry.TYPE_AREA_WIDTH_MM);
	static final int TYPE_HEIGHT = PageGeometry.twips(PageGeometry.TYPE_AREA_HEIGHT_MM);
	static final int LINES = PageGeometry.LINES_PER_PAGE;
	static final int CHARACTERS = PageGeometry.CHARACTERS_PER_LINE;

	/** 3号 in twips (one body character, the unit of 空一字). */
	static final int BODY_SIZE = (int) Math.round(PageGeometry.BODY_SIZE_PT * 20);
	/** 2号. */
	static final int TITLE_SIZE = (int) Math.round(PageGeometry.TITLE_SIZE_PT * 20);
	/** 4号: page numbers and the 版记. */
	static final int SMALL_SIZE = (int) Math.round(PageGeometry.SMALL_SIZE_PT * 20);

	/** Line pitch of the document grid: 22 pitches must fit in the type area (579; 580 gives 21 lines). */
	static final int LINE_PITCH = TYPE_HEIGHT / LINES;
	/**
	 * Character spacing of body runs, in twips: 28 characters of 3号 plus spacing must fit in the type area width
	 * (−5, i.e. −0.25 pt; −4 gives 27 characters in LibreOffice).
	 */
	static final int CHARACTER_SPACING = Math.floorDiv(TYPE_WIDTH - CHARACTERS * BODY_SIZE, CHARACTERS);

	/** The 发文机关标志's top edge below the type area's top. */
	static final int ISSUER_MARK_TOP = PageGeometry.twips(PageGeometry.ISSUER_MARK_FROM_TOP_MM);
	/**
	 * The red separator's distance below the 发文字号 line, in points (border spacing is given in points). The
	 * distance counts from the bottom of the grid line, and the characters end about 0.8 mm above it
	 * (measured in LibreOffice): 4 mm below the characters is 3.2 mm below the line.
	 */
	static final int RED_LINE_SPACE_PT = (int) Math.round(PageGeometry.points(PageGeometry.RED_LINE_BELOW_NUMBER_MM - 0.8));
	/** The 发文机关标志's largest size (初号), in twips. */
	static final int ISSUER_MARK_SIZE = (int) Math.round(PageGeometry.ISSUER_MARK_SIZE_PT * 20);
	/** The red separator's width in eighths of a point (0.5 mm ≈ 1.4 pt). */
	static final int RED_RULE = (int) Math.round(PageGeometry.points(PageGeometry.RED_LINE_MM) * 8);
	/** Rule widths in eighths of a point: 0.35 mm ≈ 1 pt, 0.25 mm ≈ 0.75 pt. */
	static final int OUTER_RULE = (int) Math.round(PageGeometry.points(PageGeometry.OUTER_RULE_MM) * 8);
	static final int INNER_RULE = (int) Math.round(PageGeometry.points(PageGeometry.INNER_RULE_MM) * 8);

	private Grid() {
	}

	/** Rule width in twips (for height sums). */
	static int ruleTwips(int eighths) {
		return (int) Math.round(eighths * 20 / 8.0);
	}
}
