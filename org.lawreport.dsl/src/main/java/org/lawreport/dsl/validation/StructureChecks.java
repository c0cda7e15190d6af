package org.lawreport.dsl.validation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lawreport.core.text.ChineseNumerals;
import org.lawreport.core.text.YearMention;
import org.lawreport.core.text.YearMentions;
import org.lawreport.dsl.facts.Fulfilments.Place;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Headings;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.lawReport.TextChunk;

/** The template's parts: present, separate, non-empty, in order, headed with the right year. */
public class StructureChecks extends LawReportCheckBase {

	/** Issue data of a missing part, for the quick fix that inserts it: name, canonical heading. */
	@Check
	public void mandatoryPartsPresent(Report report) {
		Template template = templateOf(report);
		if (template == null) {
			return;
		}
		Fulfilments fulfilments = Fulfilments.of(report);
		Integer year = Metadata.of(report).reportYear().orElse(null);
		for (TemplatePart part : Templates.parts(template)) {
			if (!part.isMandatory()) {
				continue;
			}
			List<Place> places = fulfilments.placesOf(part);
			String heading = Headings.canonical(part, year);
			if (places.isEmpty()) {
				finding(RuleCode.PART_MISSING, report).on(PKG.getReport_Template())
						.args(part.getName(), heading, clauseOf(part))
						.data(part.getName(), heading)
						.emit();
			} else if (places.stream().noneMatch(Place::topLevel)) {
				Place place = places.get(0);
				int number = report.getParts().indexOf(place.part()) + 1;
				finding(RuleCode.PART_NESTED, place.element()).on(fulfilsFeature(place.element()))
						.args(part.getName(), ChineseNumerals.of(number), Prose.text(place.part().getTitle()), clauseOf(part))
						.data(part.getName(), heading)
						.emit();
			}
		}
	}

	@Check
	public void partsInTemplateOrder(Report report) {
		Template template = templateOf(report);
		if (template == null) {
			return;
		}
		List<TemplatePart> order = Templates.parts(template);
		String orderText = order.stream().filter(TemplatePart::isMandatory).map(TemplatePart::getName)
				.collect(Collectors.joining(" → "));
		TemplatePart latestSoFar = null;
		for (int i = 0; i < report.getParts().size(); i++) {
			Part part = report.getParts().get(i);
			TemplatePart target = Fulfilments.fulfilledBy(part);
			if (target == null) {
				continue;
			}
			if (latestSoFar != null && order.indexOf(target) < order.indexOf(latestSoFar)) {
				finding(RuleCode.PART_ORDER, part).on(PKG.getPart_Fulfils())
						.args(ChineseNumerals.of(i + 1), Prose.text(part.getTitle()), target.getName(),
								latestSoFar.getName(), orderText, clauseOf(target))
						.emit();
			} else {
				latestSoFar = target;
			}
		}
	}

	@Check
	public void partsNotDuplicated(Report report) {
		List<TemplatePart> seen = new ArrayList<>();
		for (int i = 0; i < report.getParts().size(); i++) {
			Part part = report.getParts().get(i);
			TemplatePart target = Fulfilments.fulfilledBy(part);
			if (target == null) {
				continue;
			}
			int earlier = seen.indexOf(target);
			if (earlier >= 0) {
				finding(RuleCode.PART_DUPLICATE, part).on(PKG.getPart_Fulfils())
						.args(target.getName(), ChineseNumerals.of(earlier + 1), clauseOf(target))
						.emit();
			}
			seen.add(target);
		}
	}

	@Check
	public void partHasContent(Part part) {
		if (!part.getContent().isEmpty()) {
			return;
		}
		Report report = (Report) part.eContainer();
		TemplatePart target = Fulfilments.fulfilledBy(part);
		finding(RuleCode.PART_EMPTY, part).firstLine()
				.args(ChineseNumerals.of(report.getParts().indexOf(part) + 1), Prose.text(part.getTitle()),
						target == null ? "《法治政府建设与责任落实督察工作规定》第二十五条" : clauseOf(target))
				.emit();
	}

	@Check
	public void partHeadingNamesItsYear(Part part) {
		checkHeadingYears(part, part.getTitle(), true);
	}

	@Check
	public void sectionHeadingNamesItsYear(Section section) {
		checkHeadingYears(section, section.getTitle(), false);
	}

	@Check
	public void itemHeadingNamesItsYear(Item item) {
		checkHeadingYears(item, item.getTitle(), false);
	}

	@Check
	public void subItemHeadingNamesItsYear(SubItem subItem) {
		checkHeadingYears(subItem, subItem.getTitle(), false);
	}

	private void checkHeadingYears(EObject heading, RichText title, boolean topLevel) {
		TemplatePart target = Fulfilments.fulfilledBy(heading);
		Report report = EcoreUtil2.getContainerOfType(heading, Report.class);
		if (target == null || report == null || title == null) {
			return;
		}
		Integer reportYear = Metadata.of(report).reportYear().orElse(null);
		if (reportYear == null) {
			return;
		}
		OptionalInt expected = Headings.expectedYear(target, reportYear);
		if (expected.isEmpty()) {
			return;
		}
		Set<Integer> accepted = new HashSet<>();
		accepted.add(expected.getAsInt());
		if (topLevel) {
			for (TemplatePart nested : Fulfilments.of(report).nestedIn((Part) heading)) {
				Headings.expectedYear(nested, reportYear).ifPresent(accepted::add);
			}
		}
		boolean anyYear = false;
		for (EObject segment : title.getSegments()) {
			if (!(segment instanceof TextChunk chunk) || chunk.getValue() == null) {
				continue;
			}
			for (YearMention mention : YearMentions.find(chunk.getValue())) {
				if (mention.inBookTitle()) {
					continue;
				}
				anyYear = true;
				if (!accepted.contains(mention.year())) {
					int start = Prose.sourceOffset(chunk, mention.offset());
					finding(RuleCode.HEADING_YEAR, chunk).at(start, mention.length())
							.args(mention.year(), target.getName(), expected.getAsInt(), clauseOf(target))
							.data(String.valueOf(mention.year()), String.valueOf(expected.getAsInt()))
							.emit();
				}
			}
		}
		if (!anyYear && topLevel) {
			finding(RuleCode.HEADING_NO_YEAR, heading).on(PKG.getPart_Title())
					.args(target.getName(), expected.getAsInt(), Headings.canonical(target, reportYear), clauseOf(target))
					.emit();
		}
	}

	private static EStructuralFeature fulfilsFeature(EObject element) {
		return element.eClass().getEStructuralFeature("fulfils");
	}

	static Template templateOf(Report report) {
		return Profiles.effectiveTemplate(report);
	}

	static String clauseOf(TemplatePart part) {
		return part.getClause() == null ? "《法治政府建设与责任落实督察工作规定》" : part.getClause();
	}
}
