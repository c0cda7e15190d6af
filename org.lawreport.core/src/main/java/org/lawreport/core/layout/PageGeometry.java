package org.lawreport.core.layout;

/**
 * The page of GB/T 9704-2012 《党政机关公文格式》, in millimetres and points. Every fixed-layout generator (DOCX,
 * PDF, the HTML print style) takes its numbers from here.
 *
 * <ul>
 * <li>A4, 天头 (top margin) 37 mm, 订口 (left margin) 28 mm; 版心 (type area) 156 × 225 mm, so bottom 35 mm and
 * right 26 mm;</li>
 * <li>body 3号 (16 pt), 22 lines × 28 characters filling the type area: line pitch 225/22 mm, character pitch
 * 156/28 mm;</li>
 * <li>page numbers 4号 (14 pt), 7 mm below the type area.</li>
 * </ul>
 */
public final class PageGeometry {

	public static final double MM_PER_POINT = 25.4 / 72.0;

	public static final double PAGE_WIDTH_MM = 210;
	public static final double PAGE_HEIGHT_MM = 297;
	public static final double TOP_MARGIN_MM = 37;
	public static final double LEFT_MARGIN_MM = 28;
	public static final double TYPE_AREA_WIDTH_MM = 156;
	public static final double TYPE_AREA_HEIGHT_MM = 225;
	public static final double BOTTOM_MARGIN_MM = PAGE_HEIGHT_MM - TOP_MARGIN_MM - TYPE_AREA_HEIGHT_MM;
	public static final double RIGHT_MARGIN_MM = PAGE_WIDTH_MM - LEFT_MARGIN_MM - TYPE_AREA_WIDTH_MM;

	public static final int LINES_PER_PAGE = 22;
	public static final int CHARACTERS_PER_LINE = 28;
	public static final double LINE_PITCH_MM = TYPE_AREA_HEIGHT_MM / LINES_PER_PAGE;
	public static final double CHARACTER_PITCH_MM = TYPE_AREA_WIDTH_MM / CHARACTERS_PER_LINE;

	/** 3号: body text, headings. */
	public static final double BODY_SIZE_PT = 16;
	/** 2号: the title. */
	public static final double TITLE_SIZE_PT = 22;
	/** 4号: page numbers and the 版记. */
	public static final double SMALL_SIZE_PT = 14;

	/** Page numbers sit this far below the type area. */
	public static final double PAGE_NUMBER_BELOW_TYPE_AREA_MM = 7;
	/** The top edge of the 发文机关标志 is this far below the top of the type area. */
	public static final double ISSUER_MARK_FROM_TOP_MM = 35;
	/** The red separator is this far below the 发文字号 line. */
	public static final double RED_LINE_BELOW_NUMBER_MM = 4;
	/** 版记 rules: first and last 0.35 mm, the ones between 0.25 mm. */
	public static final double OUTER_RULE_MM = 0.35;
	public static final double INNER_RULE_MM = 0.25;

	/**
	 * Where the baseline sits in a line: CJK fonts draw the ideographic em box 0.88 em above and 0.12 em below the
	 * baseline. A line on the grid has the top of its em box at the top of its line, so the first line of a page
	 * starts 37 mm down and the 22nd ends inside the type area.
	 */
	public static final double EM_BOX_ASCENT = 0.88;
	/** 发文机关标志: 初号 characters, narrowed (never widened) so that the mark fits the type area. */
	public static final double ISSUER_MARK_SIZE_PT = 42;
	/** The red separator under the 发文字号 (the standard fixes its width and colour, not its thickness). */
	public static final double RED_LINE_MM = 0.5;

	private PageGeometry() {
	}

	public static double points(double millimetres) {
		return millimetres / MM_PER_POINT;
	}

	/** Twentieths of a point, the unit of WordprocessingML page settings. */
	public static int twips(double millimetres) {
		return (int) Math.round(points(millimetres) * 20);
	}
}
