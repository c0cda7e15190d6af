package org.lawreport.core.citations;

/** Levenshtein distance between two short strings (titles), with a bound to stop early. */
final class EditDistance {

	private EditDistance() {
	}

	/** The edit distance of {@code a} and {@code b} if it is at most {@code bound}, else {@code bound + 1}. */
	static int within(String a, String b, int bound) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		if (Math.abs(x.length - y.length) > bound) {
			return bound + 1;
		}
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			int rowMin = current[0];
			for (int j = 1; j <= y.length; j++) {
				int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
				rowMin = Math.min(rowMin, current[j]);
			}
			if (rowMin > bound) {
				return bound + 1;
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return Math.min(previous[y.length], bound + 1);
	}
}
