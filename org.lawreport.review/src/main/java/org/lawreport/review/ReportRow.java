package org.lawreport.review;

import java.util.Comparator;
import java.util.List;

import org.lawreport.dsl.workspace.Finding;

/**
 * One report in a review: who issued it, for which year, when it was written and whether that met the
 * deadline, how it provides each part of its template, and its findings (waived ones included).
 *
 * @param failure why the file could not be read at all (then most other fields are empty), or {@code null}
 */
public record ReportRow(String file, String issuer, String level, String year, String writtenDate, String deadline,
		DeadlineStatus deadlineStatus, String template, List<PartCell> parts, List<Finding> findings, String failure) {

	/** One template part and how the report provides it. */
	public record PartCell(String name, boolean mandatory, PartStatus status) {
	}

	/** Most serious first, then in source order. */
	public static final Comparator<Finding> SERIOUSNESS = Comparator.comparing(Finding::waived)
			.thenComparing(Finding::severity).thenComparingInt(Finding::line).thenComparingInt(Finding::column);

	public long errors() {
		return findings.stream().filter(Finding::isError).count();
	}

	public long warnings() {
		return findings.stream().filter(Finding::isWarning).count();
	}

	public long notes() {
		return findings.stream().filter(f -> !f.waived() && f.severity() == Finding.Level.INFO).count();
	}

	public List<Finding> waived() {
		return findings.stream().filter(Finding::waived).toList();
	}

	/** Whether the report cannot be accepted as it is: any error, or unreadable. */
	public boolean blocks() {
		return errors() > 0;
	}

	/** The {@code n} most serious findings that are not waived. */
	public List<Finding> mostSerious(int n) {
		return findings.stream().filter(f -> !f.waived()).sorted(SERIOUSNESS).limit(n).toList();
	}

	public PartStatus statusOf(String partName) {
		return parts.stream().filter(p -> p.name().equals(partName)).map(PartCell::status).findFirst().orElse(null);
	}

	/** The issuer, or the file name when the report does not say. */
	public String issuerOrFile() {
		if (issuer != null && !issuer.isBlank()) {
			return issuer;
		}
		String name = file.replace('\\', '/');
		return name.substring(name.lastIndexOf('/') + 1);
	}
}
