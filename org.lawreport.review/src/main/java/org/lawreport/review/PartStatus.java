package org.lawreport.review;

/** How a report provides one part of its template. */
public enum PartStatus {
	/** A part of its own, with content. */
	PRESENT("✓"),
	/** A part of its own, but nothing in it. */
	EMPTY("○"),
	/** Nowhere (for an optional part: simply not written). */
	MISSING("✗"),
	/** Only inside another part, or out of the template's order. */
	MISPLACED("↷");

	private final String symbol;

	PartStatus(String symbol) {
		this.symbol = symbol;
	}

	/** 有, 空, 缺, 错位. */
	public String chinese() {
		return ReviewTexts.text("part." + name());
	}

	public String symbol() {
		return symbol;
	}
}
