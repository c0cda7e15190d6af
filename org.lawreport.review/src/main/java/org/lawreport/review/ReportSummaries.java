package org.lawreport.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Level;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.dsl.workspace.ReportWorkspace;

/** Turns a validated report into its review row, while its model is loaded. */
public final class ReportSummaries {

	private ReportSummaries() {
	}

	public static ReportRow summarise(ReportWorkspace.Outcome outcome) {
		String file = outcome.file().toString();
		List<Finding> findings = outcome.findings().stream().sorted(ReportRow.SERIOUSNESS).toList();
		Report report = outcome.report();
		if (report == null) {
			return new ReportRow(file, null, null, null, null, null, DeadlineStatus.UNKNOWN, null, List.of(), findings, null);
		}
		Metadata meta = Metadata.of(report);
		Template template = Profiles.effectiveTemplate(report);
		Optional<Integer> year = meta.reportYear();
		Optional<LocalDate> written = Optional.ofNullable(meta.text(MetadataKey.DATE)).flatMap(t -> WrittenDate.parse(t).date());
		Level level = meta.level().orElse(Level.GOVERNMENT);
		LocalDate deadline = null;
		if (template != null && year.isPresent()) {
			deadline = Templates.deadline(template, level).map(rule -> rule.monthDay().atYear(year.get() + 1)).orElse(null);
		}
		DeadlineStatus status = deadline == null || written.isEmpty() ? DeadlineStatus.UNKNOWN
				: written.get().isAfter(deadline) ? DeadlineStatus.LATE : DeadlineStatus.MET;
		String issuer = meta.text(MetadataKey.ISSUER) != null ? meta.text(MetadataKey.ISSUER) : meta.text(MetadataKey.SIGNATURE);
		return new ReportRow(file, issuer, meta.level().map(Level::getLiteral).orElse(null),
				year.map(String::valueOf).orElse(meta.text(MetadataKey.YEAR)), meta.text(MetadataKey.DATE),
				deadline == null ? null : deadline.toString(), status, template == null ? null : template.getName(),
				template == null ? List.of() : parts(report, template), findings, null);
	}

	private static List<ReportRow.PartCell> parts(Report report, Template template) {
		Fulfilments fulfilments = Fulfilments.of(report);
		List<TemplatePart> order = Templates.parts(template);
		List<ReportRow.PartCell> cells = new ArrayList<>();
		for (TemplatePart part : order) {
			List<Fulfilments.Place> places = fulfilments.placesOf(part);
			PartStatus status;
			Optional<Fulfilments.Place> top = places.stream().filter(Fulfilments.Place::topLevel).findFirst();
			if (places.isEmpty()) {
				status = PartStatus.MISSING;
			} else if (top.isEmpty() || outOfOrder(report, order, top.get().part())) {
				status = PartStatus.MISPLACED;
			} else if (top.get().part().getContent().isEmpty()) {
				status = PartStatus.EMPTY;
			} else {
				status = PartStatus.PRESENT;
			}
			cells.add(new ReportRow.PartCell(part.getName(), part.isMandatory(), status));
		}
		return cells;
	}

	/** A part is out of order when an earlier top-level part fulfils a later template part. */
	private static boolean outOfOrder(Report report, List<TemplatePart> order, Part part) {
		int mine = order.indexOf(part.getFulfils());
		for (Part earlier : report.getParts()) {
			if (earlier == part) {
				return false;
			}
			TemplatePart target = Fulfilments.fulfilledBy(earlier);
			if (target != null && order.indexOf(target) > mine) {
				return true;
			}
		}
		return false;
	}
}
