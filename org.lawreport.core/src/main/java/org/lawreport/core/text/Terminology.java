package org.lawreport.core.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.lawreport.core.citations.CitedTitles;

/**
 * Preferred terms and the forms to flag instead (like Vale's substitution rules): 法制政府 → 法治政府. Titles in 《》
 * are skipped: a document is cited by the title it was issued under, even an old one.
 */
public final class Terminology {

	/** One entry: the preferred term, the forms to flag, why, and where that is laid down. */
	public record Entry(String preferred, List<String> avoided, String reason, String source) {
		public Entry {
			avoided = List.copyOf(avoided);
		}
	}

	/** A flagged form found in prose: where, which form, and its entry. */
	public record Use(int offset, int length, String found, Entry entry) {
	}

	private final List<Entry> entries;
	/** The first characters of all flagged forms: text with none of them is passed over in one look. */
	private final java.util.BitSet firsts = new java.util.BitSet(1 << 16);

	public Terminology(List<Entry> entries) {
		this.entries = List.copyOf(entries);
		for (Entry entry : this.entries) {
			for (String form : entry.avoided()) {
				if (!form.isEmpty()) {
					firsts.set(form.charAt(0));
				}
			}
		}
	}

	public boolean isEmpty() {
		return entries.isEmpty();
	}

	/** The flagged forms in {@code text}, in order; a longer form wins where two overlap. */
	public List<Use> in(String text) {
		if (text == null || text.isEmpty() || entries.isEmpty() || !mayContain(text)) {
			return List.of();
		}
		List<Use> uses = new ArrayList<>();
		boolean[] inTitle = null;
		for (Entry entry : entries) {
			for (String form : entry.avoided()) {
				if (form.isEmpty() || form.equals(entry.preferred())) {
					continue;
				}
				for (int i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length())) {
					// a form inside the preferred term itself is not a use of it
					if (withinPreferred(text, i, form, entry.preferred())) {
						continue;
					}
					if (inTitle == null) {
						inTitle = CitedTitles.insideTitles(text);
					}
					if (!inTitle[i]) {
						uses.add(new Use(i, form.length(), form, entry));
					}
				}
			}
		}
		uses.sort(Comparator.comparingInt(Use::offset).thenComparing(Comparator.comparingInt(Use::length).reversed()));
		List<Use> kept = new ArrayList<>();
		int end = -1;
		for (Use use : uses) {
			if (use.offset() >= end) {
				kept.add(use);
				end = use.offset() + use.length();
			}
		}
		return kept;
	}

	private boolean mayContain(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (firsts.get(text.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean withinPreferred(String text, int at, String form, String preferred) {
		int inside = preferred.indexOf(form);
		while (inside >= 0) {
			int start = at - inside;
			if (start >= 0 && text.startsWith(preferred, start)) {
				return true;
			}
			inside = preferred.indexOf(form, inside + 1);
		}
		return false;
	}
}
