package org.lawreport.review;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.lawreport.dsl.workspace.Finding;

/**
 * A review of many reports: one row per report, in the order given, and the totals a 依法治市办 reports on —
 * findings per rule, per severity and per issuer, the reports that block, and every waived finding.
 */
public final class Review {

	/** Counts of one rule, one issuer or the whole review. */
	public static final class Tally {
		private final EnumMap<Finding.Level, Integer> bySeverity = new EnumMap<>(Finding.Level.class);
		private int waived;
		private int reports;

		void add(Finding f) {
			if (f.waived()) {
				waived++;
			} else {
				bySeverity.merge(f.severity(), 1, Integer::sum);
			}
		}

		public int count(Finding.Level level) {
			return bySeverity.getOrDefault(level, 0);
		}

		public int waived() {
			return waived;
		}

		/** Findings that count (not waived). */
		public int total() {
			return bySeverity.values().stream().mapToInt(Integer::intValue).sum();
		}

		/** Reports concerned. */
		public int reports() {
			return reports;
		}
	}

	private final List<ReportRow> rows;
	private final String profile;
	private final ZonedDateTime time;
	private final Tally overall = new Tally();
	private final Map<String, Tally> byRule = new TreeMap<>();
	private final Map<String, Tally> byIssuer = new LinkedHashMap<>();

	/** @param profile the profile applied, as the review states it, or {@code null} for the reports' own templates */
	public Review(List<ReportRow> rows, String profile, ZonedDateTime time) {
		this.rows = List.copyOf(rows);
		this.profile = profile;
		this.time = time;
		for (ReportRow row : rows) {
			Tally issuer = byIssuer.computeIfAbsent(row.issuerOrFile(), k -> new Tally());
			issuer.reports++;
			Set<String> rulesHere = new LinkedHashSet<>();
			for (Finding f : row.findings()) {
				overall.add(f);
				issuer.add(f);
				byRule.computeIfAbsent(f.code(), k -> new Tally()).add(f);
				rulesHere.add(f.code());
			}
			rulesHere.forEach(code -> byRule.get(code).reports++);
			overall.reports++;
		}
	}

	public List<ReportRow> rows() {
		return rows;
	}

	public String profile() {
		return profile;
	}

	public ZonedDateTime time() {
		return time;
	}

	public Tally overall() {
		return overall;
	}

	/** Rules by code, with the findings of each. */
	public Map<String, Tally> byRule() {
		return Collections.unmodifiableMap(byRule);
	}

	/** Rules ordered by how many findings they produced (most first). */
	public List<Map.Entry<String, Tally>> rulesByFrequency() {
		List<Map.Entry<String, Tally>> list = new ArrayList<>(byRule.entrySet());
		list.sort(Comparator.comparing((Map.Entry<String, Tally> e) -> -(e.getValue().total() + e.getValue().waived()))
				.thenComparing(Map.Entry::getKey));
		return list;
	}

	/** Issuers in the order their first report appears. */
	public Map<String, Tally> byIssuer() {
		return Collections.unmodifiableMap(byIssuer);
	}

	public List<ReportRow> blocking() {
		return rows.stream().filter(ReportRow::blocks).toList();
	}

	public long late() {
		return rows.stream().filter(r -> r.deadlineStatus() == DeadlineStatus.LATE).count();
	}

	/** Every waived finding, with the report it belongs to. */
	public List<Finding> waived() {
		return rows.stream().flatMap(r -> r.waived().stream()).toList();
	}

	/** The names of the template parts, in template order, across all reports (a profile may add some). */
	public List<String> partNames() {
		Set<String> names = new LinkedHashSet<>();
		rows.forEach(r -> r.parts().forEach(p -> names.add(p.name())));
		return List.copyOf(names);
	}

	/** Whether a part is mandatory in any report's template. */
	public boolean mandatory(String part) {
		return rows.stream().flatMap(r -> r.parts().stream()).anyMatch(p -> p.name().equals(part) && p.mandatory());
	}
}
