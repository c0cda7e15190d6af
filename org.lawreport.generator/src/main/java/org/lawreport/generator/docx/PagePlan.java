package org.lawreport.generator.docx;

import org.lawreport.generator.docx.LineModel.Rules;
import org.lawreport.generator.docx.Ooxml.Look;

/**
 * Counts the grid lines the body section fills, to tell on which page it ends, so the 版记 can be put on an even
 * page by a page break of its own.
 *
 * <p>
 * Page 1 loses the 版头's height: what is off the grid (the space above the 发文机关标志, its line, the red
 * separator) and the grid lines of the blank lines, the title and the 主送机关. Every later page holds 22 lines.
 * The body and closing lines are counted twice, with LibreOffice's and with Word's line-break rules, and then
 * widened by one line either way. The page is <em>computable</em> when every count in that range ends on the
 * same page; otherwise the 版记 section is left to the reader ({@code w:type="evenPage"}, which Word honours
 * and LibreOffice 7.4 treats as a plain page break).
 */
final class PagePlan {

	/** What the plan decided: whether the body's last page is certain, and if so whether to pad. */
	record Decision(boolean computable, boolean padToEvenPage) {
	}

	private int offGrid;
	private int headerLines;
	private int unicodeLines;
	private int kinsokuLines;

	void offGrid(int twips) {
		offGrid += twips;
	}

	void headerLines(int lines) {
		headerLines += lines;
	}

	void bodyLines(String text, Look look, int firstStart, int otherStart, int end) {
		unicodeLines += LineModel.lines(text, look.sizeTwips(), look.spacingTwips(), firstStart, otherStart, end, Rules.LIBREOFFICE);
		kinsokuLines += LineModel.lines(text, look.sizeTwips(), look.spacingTwips(), firstStart, otherStart, end, Rules.KINSOKU);
	}

	void closingLines(int lines) {
		unicodeLines += lines;
		kinsokuLines += lines;
	}

	void closingText(String text, Look look, int firstStart, int otherStart, int end) {
		bodyLines(text, look, firstStart, otherStart, end);
	}

	/** Grid lines left for the body on page 1. */
	int firstPageCapacity() {
		return (Grid.TYPE_HEIGHT - offGrid) / Grid.LINE_PITCH - headerLines;
	}

	int pageOf(int lines) {
		int first = firstPageCapacity();
		if (lines <= first) {
			return 1;
		}
		return 1 - Math.floorDiv(first - lines, Grid.LINES);
	}

	Decision decide() {
		int low = Math.min(unicodeLines, kinsokuLines) - 1;
		int high = Math.max(unicodeLines, kinsokuLines) + 1;
		int firstPage = pageOf(Math.max(1, low));
		int lastPage = pageOf(high);
		if (firstPage != lastPage) {
			return new Decision(false, false);
		}
		// the 版记 section starts on the page after the body's last; it must be an even page
		boolean pad = (firstPage + 1) % 2 == 1;
		return new Decision(true, pad);
	}

	@Override
	public String toString() {
		return "PagePlan[offGrid=" + offGrid + ", headerLines=" + headerLines + ", firstPageCapacity=" + firstPageCapacity()
				+ ", lines=" + unicodeLines + "/" + kinsokuLines + "]";
	}
}
