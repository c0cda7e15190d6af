package org.lawreport.dsl.ide.outline;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawreport.core.text.HeadingNumbers;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;

/**
 * The number a heading is printed with (一、 （一） 1. （1）), counted as the generators count it: parts per
 * report, sections per part, items per section or part, sub-items per item.
 */
public final class HeadingNumbering {

	private HeadingNumbering() {
	}

	/** True for the four heading levels: 部分, 节, 条, 款. */
	public static boolean isHeading(EObject object) {
		return object instanceof Part || object instanceof Section || object instanceof Item || object instanceof SubItem;
	}

	/** The printed number of a heading, or "" for anything else. */
	public static String numberOf(EObject heading) {
		if (!isHeading(heading) || heading.eContainer() == null) {
			return "";
		}
		int n = 1 + countBefore(heading);
		if (heading instanceof Part) {
			return n <= 99 ? HeadingNumbers.part(n) : n + "、";
		}
		if (heading instanceof Section) {
			return n <= 99 ? HeadingNumbers.section(n) : "（" + n + "）";
		}
		if (heading instanceof Item) {
			return HeadingNumbers.item(n);
		}
		return HeadingNumbers.subItem(n);
	}

	/** The number followed by the printed title: "一、2020年工作情况". */
	public static String numberedTitle(EObject heading) {
		return numberOf(heading) + titleOf(heading);
	}

	/** The printed title of a heading (figures as written). */
	public static String titleOf(EObject heading) {
		if (heading instanceof Part p) {
			return Prose.text(p.getTitle());
		}
		if (heading instanceof Section s) {
			return Prose.text(s.getTitle());
		}
		if (heading instanceof Item i) {
			return Prose.text(i.getTitle());
		}
		if (heading instanceof SubItem si) {
			return Prose.text(si.getTitle());
		}
		return "";
	}

	private static int countBefore(EObject heading) {
		EObject container = heading.eContainer();
		List<?> siblings = container instanceof Report r ? r.getParts()
				: (List<?>) container.eGet(heading.eContainingFeature());
		int count = 0;
		for (Object sibling : siblings) {
			if (sibling == heading) {
				break;
			}
			if (sibling.getClass() == heading.getClass()) {
				count++;
			}
		}
		return count;
	}
}
