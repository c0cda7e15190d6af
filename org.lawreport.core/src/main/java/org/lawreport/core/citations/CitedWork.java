package org.lawreport.core.citations;

import java.util.List;

/**
 * A law, regulation or document that reports cite: its official title (without 《》), the short forms that may stand
 * for it, and where the title was checked.
 */
public record CitedWork(String title, List<String> shortForms, String source) {

	public CitedWork {
		shortForms = List.copyOf(shortForms);
	}
}
