package org.lawreport.review;

/** Whether a report's 成文日期 is on or before the deadline its template (or profile) sets for its level. */
public enum DeadlineStatus {
	MET, LATE, UNKNOWN;

	/** 按期, 逾期, 无法判断. */
	public String chinese() {
		return ReviewTexts.text("deadline." + name());
	}
}
