package org.lawreport.dsl.facts;

import java.util.OptionalInt;

import org.lawreport.dsl.lawReport.TemplatePart;

/** The canonical heading of a template part for a given report year (【年度】 and 【次年】 filled in). */
public final class Headings {

	public static final String YEAR_PLACEHOLDER = "【年度】";
	public static final String NEXT_YEAR_PLACEHOLDER = "【次年】";

	private Headings() {
	}

	public static String canonical(TemplatePart part, Integer reportYear) {
		String heading = part.getHeading() == null ? part.getName() : part.getHeading();
		String year = reportYear == null ? "××××" : String.valueOf(reportYear);
		String next = reportYear == null ? "××××" : String.valueOf(reportYear + 1);
		return heading.replace(YEAR_PLACEHOLDER, year).replace(NEXT_YEAR_PLACEHOLDER, next);
	}

	/** The year a heading of this part should name, if its template heading names one. */
	public static OptionalInt expectedYear(TemplatePart part, int reportYear) {
		String heading = part.getHeading() == null ? "" : part.getHeading();
		if (heading.contains(NEXT_YEAR_PLACEHOLDER)) {
			return OptionalInt.of(reportYear + 1);
		}
		if (heading.contains(YEAR_PLACEHOLDER)) {
			return OptionalInt.of(reportYear);
		}
		return OptionalInt.empty();
	}
}
