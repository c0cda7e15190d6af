package org.lawreport.review;

/** Whether a report's 成文日期 is on or before the deadline its template (or profile) sets for its level. */
public enum DeadlineStatus {
	MET("按期"), LATE("逾期"), UNKNOWN("无法判断");

	private final String chinese;

	DeadlineStatus(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
