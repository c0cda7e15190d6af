package org.lawreport.dsl.facts;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lawreport.core.citations.TitleCatalogue;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.core.officialdoc.Deadlines;
import org.lawreport.core.text.Terminology;
import org.lawreport.dsl.lawReport.CitedWork;
import org.lawreport.dsl.lawReport.Deadline;
import org.lawreport.dsl.lawReport.FigureKind;
import org.lawreport.dsl.lawReport.FigureType;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Level;
import org.lawreport.dsl.lawReport.Severity;
import org.lawreport.dsl.lawReport.SeveritySetting;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplateMember;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.lawReport.Term;

/**
 * Reads a template together with the templates it inherits from ({@code 继承}): a child's declarations win over
 * its parent's (a part of the same name, a deadline for the same level, a severity for the same code).
 */
public final class Templates {

	private Templates() {
	}

	/** The template and its ancestors, the template itself first; stops at cycles and unresolved parents. */
	public static List<Template> lineage(Template template) {
		List<Template> chain = new ArrayList<>();
		Set<Template> seen = new HashSet<>();
		for (Template t = template; t != null && !t.eIsProxy() && seen.add(t); t = t.getParent()) {
			chain.add(t);
		}
		return chain;
	}

	/** The parts in the template's order: inherited parts first, in their order, then the child's new ones. */
	public static List<TemplatePart> parts(Template template) {
		List<Template> chain = lineage(template);
		Map<String, TemplatePart> byName = new LinkedHashMap<>();
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (TemplateMember member : chain.get(i).getMembers()) {
				if (member instanceof TemplatePart part && part.getName() != null) {
					byName.put(part.getName(), part);
				}
			}
		}
		return List.copyOf(byName.values());
	}

	/** The deadline (month and day of the year after the report year) for a report of the given level. */
	public static Optional<DeadlineRule> deadline(Template template, Level level) {
		for (Template t : lineage(template)) {
			Deadline general = null;
			for (TemplateMember member : t.getMembers()) {
				if (member instanceof Deadline d) {
					boolean specific = (d.isGovernments() && level == Level.GOVERNMENT)
							|| (d.isDepartments() && level == Level.DEPARTMENT);
					if (specific) {
						return DeadlineRule.of(d);
					}
					if (!d.isGovernments() && !d.isDepartments() && general == null) {
						general = d;
					}
				}
			}
			if (general != null) {
				return DeadlineRule.of(general);
			}
		}
		return Optional.empty();
	}

	/** Severity overrides by rule code, the nearest template's setting winning. */
	public static Map<String, Severity> severities(Template template) {
		Map<String, Severity> result = new HashMap<>();
		List<Template> chain = lineage(template);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (TemplateMember member : chain.get(i).getMembers()) {
				if (member instanceof SeveritySetting s && s.getCode() != null) {
					result.put(s.getCode(), s.getSeverity());
				}
			}
		}
		return result;
	}

	/** The works the template and its ancestors catalogue ({@code 引用}), the nearest template's first. */
	public static TitleCatalogue citedWorks(Template template) {
		List<org.lawreport.core.citations.CitedWork> works = new ArrayList<>();
		for (Template t : lineage(template)) {
			for (TemplateMember member : t.getMembers()) {
				if (member instanceof CitedWork work && work.getTitle() != null) {
					works.add(new org.lawreport.core.citations.CitedWork(work.getTitle(), work.getShortForms(),
							work.getSource() == null ? "" : work.getSource()));
				}
			}
		}
		return new TitleCatalogue(works);
	}

	/** A term of the template ({@code 术语}) with the severity its entry sets, if it sets one. */
	public record TermRule(Terminology.Entry entry, Optional<Severity> severity) {
	}

	/** The terms the template and its ancestors list ({@code 术语}), the nearest template's first. */
	public static List<TermRule> terms(Template template) {
		List<TermRule> terms = new ArrayList<>();
		for (Template t : lineage(template)) {
			for (TemplateMember member : t.getMembers()) {
				if (member instanceof Term term && term.getPreferred() != null && !term.getAvoided().isEmpty()) {
					// an enum's first literal is its default: whether a severity was written is in the node model
					boolean written = !NodeModelUtils.findNodesForFeature(term, LawReportPackage.Literals.TERM__SEVERITY).isEmpty();
					terms.add(new TermRule(new Terminology.Entry(term.getPreferred(), term.getAvoided(),
							term.getReason() == null ? "" : term.getReason(), term.getSource() == null ? "" : term.getSource()),
							written ? Optional.of(term.getSeverity()) : Optional.empty()));
				}
			}
		}
		return terms;
	}

	/** The units the template declares, by figure kind; the standard catalog when it declares none. */
	public static UnitCatalog units(Template template) {
		UnitCatalog.Builder builder = UnitCatalog.builder();
		boolean any = false;
		List<Template> chain = lineage(template);
		for (int i = chain.size() - 1; i >= 0; i--) {
			for (TemplateMember member : chain.get(i).getMembers()) {
				if (member instanceof FigureType type && !type.getUnits().isEmpty()) {
					builder.add(kindOf(type.getKind()), type.getUnits().toArray(String[]::new));
					any = true;
				}
			}
		}
		return any ? builder.build() : UnitCatalog.standard();
	}

	public static QuantityKind kindOf(FigureKind kind) {
		return switch (kind) {
			case COUNT -> QuantityKind.COUNT;
			case PERCENT -> QuantityKind.PERCENT;
			case MONEY -> QuantityKind.MONEY;
			case DURATION -> QuantityKind.DURATION;
			case DATE -> QuantityKind.DATE;
			case RANK -> QuantityKind.RANK;
			case PLAIN -> QuantityKind.PLAIN;
		};
	}

	/** A deadline read from a template: the month and day in the year after the report year. */
	public record DeadlineRule(MonthDay monthDay, String clause) {
		static Optional<DeadlineRule> of(Deadline d) {
			return Deadlines.parseMonthDay(d.getDate()).map(md -> new DeadlineRule(md, d.getClause()));
		}
	}
}
