package org.lawreport.core.citations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The titles reports cite, and the judgement of a cited title against them: equal to a title or a short form is fine;
 * close to one but not equal is a near miss (督查 for 督察, a hyphen for the dash of a year range, a wrong year, a
 * 中华人民共和国 prefix that the title does not have); far from all of them is not ours to judge (a local document).
 * <p>
 * Parentheses are compared without their width, and white space is ignored: "（2021—2025年）" written with ASCII
 * parentheses is the punctuation check's finding, not a wrong title.
 */
public final class TitleCatalogue {

	static final String PRC = "中华人民共和国";

	/** A cited title close to a catalogue entry: the work and the form it should have been written as. */
	public record NearMiss(CitedWork work, String expected) {
	}

	private record Form(CitedWork work, String written, String normalized, boolean official) {
	}

	private final List<Form> forms = new ArrayList<>();
	/** Every form by its normalized text; the first one added wins (a title before its short forms). */
	private final Map<String, Form> exact = new HashMap<>();

	public TitleCatalogue(List<CitedWork> works) {
		for (CitedWork work : works) {
			add(work, work.title(), true);
			for (String shortForm : work.shortForms()) {
				add(work, shortForm, false);
			}
		}
	}

	private void add(CitedWork work, String written, boolean official) {
		String normalized = normalize(written);
		if (!normalized.isEmpty()) {
			Form form = new Form(work, written, normalized, official);
			forms.add(form);
			exact.putIfAbsent(normalized, form);
		}
	}

	public boolean isEmpty() {
		return forms.isEmpty();
	}

	/** The near miss {@code cited} (a title without its 《》) is, if it is one. */
	public Optional<NearMiss> judge(String cited) {
		String n = normalize(cited);
		if (n.isEmpty() || exact.containsKey(n)) {
			return Optional.empty();
		}
		// a prefix the title does not have: 《中华人民共和国优化营商环境条例》
		Form unprefixed = n.startsWith(PRC) ? exact.get(n.substring(PRC.length())) : null;
		if (unprefixed != null) {
			return Optional.of(new NearMiss(unprefixed.work(), unprefixed.written()));
		}
		Form best = null;
		int bestDistance = Integer.MAX_VALUE;
		for (Form f : forms) {
			int d = distance(n, f.normalized());
			if (d >= 0 && (d < bestDistance || d == bestDistance && f.official() && !best.official())) {
				best = f;
				bestDistance = d;
			}
		}
		return best == null ? Optional.empty() : Optional.of(new NearMiss(best.work(), best.written()));
	}

	/**
	 * How far {@code cited} is from {@code form} if it is close enough to be taken for it, else -1. For a law's title
	 * (中华人民共和国…) only the part after the prefix sets the allowance, so that 《中华人民共和国国家安全法》 is not a
	 * misspelt 国家赔偿法; a misspelt prefix before the exact rest of the title is a near miss.
	 */
	static int distance(String cited, String form) {
		if (form.startsWith(PRC) && form.length() > PRC.length()) {
			String rest = form.substring(PRC.length());
			if (cited.startsWith(PRC)) {
				// written in full, a law's name of five characters or more may be one character off
				int allowed = rest.codePointCount(0, rest.length()) >= 5 ? Math.max(1, allowedDistance(rest)) : 0;
				return bounded(cited.substring(PRC.length()), rest, allowed);
			}
			if (cited.endsWith(rest) && cited.length() > rest.length()) {
				String prefix = cited.substring(0, cited.length() - rest.length());
				return bounded(prefix, PRC, 2);
			}
			return bounded(cited, form, allowedDistance(rest));
		}
		return bounded(cited, form, allowedDistance(form));
	}

	private static int bounded(String a, String b, int allowed) {
		if (allowed == 0) {
			return -1;
		}
		int d = EditDistance.within(a, b, allowed);
		return d <= allowed ? d : -1;
	}

	/**
	 * How many characters a cited title may differ from a form and still be taken for it: none for short forms
	 * (《行政法》 is not a misspelt 《行政许可法》), one from six characters, two from twelve.
	 */
	static int allowedDistance(String normalized) {
		int length = normalized.codePointCount(0, normalized.length());
		return length >= 12 ? 2 : length >= 6 ? 1 : 0;
	}

	/** Parentheses of either width the same, white space dropped. */
	static String normalize(String title) {
		StringBuilder b = new StringBuilder(title.length());
		for (int i = 0; i < title.length(); i++) {
			char c = title.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000') {
				continue;
			}
			b.append(c == '(' ? '（' : c == ')' ? '）' : c);
		}
		return b.toString();
	}
}
