package org.lawreport.dsl.facts;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.dsl.lawReport.Level;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.Report;

/** A report's metadata by key (the first entry wins when an author wrote one twice; the validator says so). */
public final class Metadata {

	private final Map<MetadataKey, Metadatum> entries = new EnumMap<>(MetadataKey.class);
	private final Optional<Integer> reportYear;

	private Metadata(Report report) {
		for (Metadatum m : report.getMetadata()) {
			entries.putIfAbsent(m.getKey(), m);
		}
		Metadatum year = entries.get(MetadataKey.YEAR);
		String number = year == null ? null : year.getNumber();
		boolean fourDigits = number != null && number.length() == 4 && number.chars().allMatch(c -> c >= '0' && c <= '9');
		this.reportYear = fourDigits ? Optional.of(Integer.parseInt(number)) : Optional.empty();
	}

	public static Metadata of(Report report) {
		return ResourceFacts.get(report, Metadata.class.getName(), () -> new Metadata(report));
	}

	public Optional<Metadatum> entry(MetadataKey key) {
		return Optional.ofNullable(entries.get(key));
	}

	/** The value as written (text, number or level), or {@code null} when absent. */
	public String text(MetadataKey key) {
		Metadatum m = entries.get(key);
		if (m == null) {
			return null;
		}
		if (m.getText() != null) {
			return m.getText();
		}
		if (m.getNumber() != null) {
			return m.getNumber();
		}
		return m.getLevel() == null ? null : m.getLevel().getLiteral();
	}

	/** The label the original printed for this entry, or the standard one. */
	public String labelOr(MetadataKey key, String standard) {
		Metadatum m = entries.get(key);
		return m == null || m.getLabel() == null ? standard : m.getLabel();
	}

	/** 报告年度 as a number, when it is one. */
	public Optional<Integer> reportYear() {
		return reportYear;
	}

	/** 成文日期 as a date, when it can be read as one. */
	public Optional<LocalDate> writtenDate() {
		String date = text(MetadataKey.DATE);
		return date == null ? Optional.empty() : WrittenDate.parse(date).date();
	}

	/** 层级, when given. */
	public Optional<Level> level() {
		Metadatum m = entries.get(MetadataKey.LEVEL);
		return m == null || m.getText() != null || m.getNumber() != null ? Optional.empty() : Optional.ofNullable(m.getLevel());
	}
}
