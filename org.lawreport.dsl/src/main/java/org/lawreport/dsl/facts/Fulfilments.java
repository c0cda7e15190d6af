package org.lawreport.dsl.facts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Point;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;

/**
 * Where a report fulfils each part of its template: as a top-level 部分, or only inside another part (a 节, 条,
 * 款 or 要点 marked {@code 对应}).
 */
public final class Fulfilments {

	/** One place that fulfils a template part; {@code part} is the top-level part it stands in. */
	public record Place(EObject element, Part part, boolean topLevel) {
	}

	private final Map<TemplatePart, List<Place>> places = new LinkedHashMap<>();

	private Fulfilments(Report report) {
		for (Part part : report.getParts()) {
			add(part.getFulfils(), new Place(part, part, true));
			for (EObject nested : EcoreUtil2.eAllContentsAsList(part)) {
				TemplatePart target = fulfilledBy(nested);
				if (target != null) {
					add(target, new Place(nested, part, false));
				}
			}
		}
	}

	public static Fulfilments of(Report report) {
		return ResourceFacts.get(report, Fulfilments.class.getName(), () -> new Fulfilments(report));
	}

	/** The template part a nested element claims to fulfil, if any (unresolved names count as none). */
	public static TemplatePart fulfilledBy(EObject element) {
		TemplatePart target = null;
		if (element instanceof Part p) {
			target = p.getFulfils();
		} else if (element instanceof Section s) {
			target = s.getFulfils();
		} else if (element instanceof Item i) {
			target = i.getFulfils();
		} else if (element instanceof SubItem si) {
			target = si.getFulfils();
		} else if (element instanceof Point pt) {
			target = pt.getFulfils();
		}
		return target == null || target.eIsProxy() ? null : target;
	}

	private void add(TemplatePart target, Place place) {
		if (target != null && !target.eIsProxy()) {
			places.computeIfAbsent(target, t -> new ArrayList<>()).add(place);
		}
	}

	public List<Place> placesOf(TemplatePart part) {
		return places.getOrDefault(part, List.of());
	}

	public Optional<Place> topLevel(TemplatePart part) {
		return placesOf(part).stream().filter(Place::topLevel).findFirst();
	}

	/** Template parts fulfilled anywhere inside {@code part} (other than by the part itself). */
	public List<TemplatePart> nestedIn(Part part) {
		List<TemplatePart> result = new ArrayList<>();
		places.forEach((target, list) -> list.stream()
				.filter(p -> !p.topLevel() && p.part() == part)
				.findAny()
				.ifPresent(p -> result.add(target)));
		return result;
	}

	/** The position of a template part in its template's order. */
	public static int orderOf(Template template, TemplatePart part) {
		return Templates.parts(template).indexOf(part);
	}
}
