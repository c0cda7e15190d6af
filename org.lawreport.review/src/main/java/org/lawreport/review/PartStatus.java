package org.lawreport.review;

/** How a report provides one part of its template. */
public enum PartStatus {
	/** A part of its own, with content. */
	PRESENT("有", "✓"),
	/** A part of its own, but nothing in it. */
	EMPTY("空", "○"),
	/** Nowhere (for an optional part: simply not written). */
	MISSING("缺", "✗"),
	/** Only inside another part, or out of the template's order. */
	MISPLACED("错位", "↷");

	private final String chinese;
	private final String symbol;

	PartStatus(String chinese, String symbol) {
		this.chinese = chinese;
		this.symbol = symbol;
	}

	public String chinese() {
		return chinese;
	}

	public String symbol() {
		return symbol;
	}
}
