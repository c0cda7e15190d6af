package org.lawreport.dsl.facts;

import java.time.LocalDate;

/**
 * Example values that fit the report a message or a fix is about: a 2022 report's missing 成文日期 is suggested in
 * early 2023, not on a fixed date. The report's own year or date decides; the clock only when it has neither.
 */
public final class Examples {

	private Examples() {
	}

	/** The report year: as declared, else the year before its written date, else last year. */
	public static int reportYear(Metadata meta, LocalDate today) {
		return meta.reportYear().orElseGet(() -> meta.writtenDate().map(d -> d.getYear() - 1).orElse(today.getYear() - 1));
	}

	/** The year the report is written in: the year after its report year, else its written date's, else this year. */
	public static int writingYear(Metadata meta, LocalDate today) {
		return meta.reportYear().map(y -> y + 1).orElseGet(() -> meta.writtenDate().map(LocalDate::getYear).orElse(today.getYear()));
	}

	/** A 成文日期 in the form GB/T 9704 wants, early in the year the report is written. */
	public static String date(Metadata meta, LocalDate today) {
		return writingYear(meta, today) + "年1月22日";
	}

	/** A 发文字号 of the year the report is written in. */
	public static String documentNumber(Metadata meta, LocalDate today) {
		return "某政发〔" + writingYear(meta, today) + "〕1号";
	}
}
