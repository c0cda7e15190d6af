package org.lawreport.importer;

import static org.lawreport.importer.ProseText.abbreviate;
import static org.lawreport.importer.ProseText.containsWord;
import static org.lawreport.importer.ProseText.firstYear;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.core.text.ChineseNumerals;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote.Category;

/**
 * What the report is about, where the original does not say it in so many words: the template part of each
 * top-level part (by its heading's meaning, {@link PartClassifier}), the sub-section of a part that names two, a
 * mandatory part found only inside another (marked 对应), and the metadata a report needs but an original seldom
 * states: 报告年度, 发文机关, 层级. Every such decision is listed as a guess.
 */
final class ReportMeaning {

	private static final String[] SELF_REFERENCES = { "我局", "本局", "我办", "本办", "我委", "本委", "我中心", "本中心", "我厅",
			"本厅", "我院", "局机关", "本部门", "我部门", "我單位", "我单位" };
	private static final String[] GOVERNMENT_WORDS = { "区政府常务会", "市政府常务会", "县政府常务会", "全区行政机关", "全市行政机关",
			"全县行政机关", "本级政府" };
	private static final Pattern ORG_SUFFIX = Pattern.compile(".*(局|委|办|办公室|厅|院|中心|政府|委员会|署|處|处|辦|辦公室|廳|委員會)$");

	private ReportMeaning() {
	}

	/** 报告年度 (title, measures heading, opening, or the year before the date), 发文机关, 层级. */
	static void inferMetadata(ImportContext ctx) {
		Integer year = null;
		String evidence = null;
		Draft.Metadatum title = ctx.meta.get(MetadataKey.TITLE);
		if (title != null) {
			year = firstYear(title.value());
			evidence = ImporterTexts.text("year.evidence.title");
		}
		if (year == null) {
			for (Draft.Heading part : ctx.report.parts()) {
				Optional<PartClassifier.Meaning> m = PartClassifier.classify(part.title().plain());
				if (m.isPresent() && m.get().part().equals(PartClassifier.MEASURES)) {
					year = firstYear(part.title().plain());
					evidence = ImporterTexts.text("year.evidence.partTitle", ChineseNumerals.of(ctx.report.parts().indexOf(part) + 1));
					break;
				}
			}
		}
		if (year == null && !ctx.report.opening().isEmpty()) {
			year = firstYear(ctx.report.opening().get(0).plain());
			evidence = ImporterTexts.text("year.evidence.opening");
		}
		if (year == null && ctx.meta.containsKey(MetadataKey.DATE)) {
			Optional<LocalDate> date = WrittenDate.parse(ctx.meta.get(MetadataKey.DATE).value()).date();
			if (date.isPresent()) {
				year = date.get().getYear() - 1;
				evidence = ImporterTexts.text("year.evidence.writtenDate");
			}
		}
		if (year != null) {
			ctx.put(MetadataKey.YEAR, String.valueOf(year), null, 0);
			ctx.notes.add(ImportNote.info(0, Category.GUESSED, "IMP-YEAR", ImporterTexts.text("year.inferred", evidence, year)));
		} else {
			ctx.notes.add(ImportNote.warning(0, Category.GUESSED, "IMP-YEAR", ImporterTexts.text("year.unknown")));
		}
		String issuer = null;
		String from = null;
		if (ctx.meta.containsKey(MetadataKey.SIGNATURE)) {
			issuer = ctx.meta.get(MetadataKey.SIGNATURE).value();
			from = ImporterTexts.text("issuer.from.signature");
		} else if (ctx.meta.containsKey(MetadataKey.ISSUER_MARK) && ctx.meta.get(MetadataKey.ISSUER_MARK).value().endsWith("文件")) {
			String mark = ctx.meta.get(MetadataKey.ISSUER_MARK).value();
			issuer = mark.substring(0, mark.length() - 2).strip();
			from = ImporterTexts.text("issuer.from.issuerMark");
		} else if (title != null && title.value().contains("关于")) {
			String prefix = title.value().substring(0, title.value().indexOf("关于")).strip();
			if (prefix.length() >= 4 && ORG_SUFFIX.matcher(prefix).matches()) {
				issuer = prefix;
				from = ImporterTexts.text("issuer.from.title");
			}
		}
		if (issuer == null) {
			issuer = issuerFromOpening(ctx);
			from = issuer == null ? null : ImporterTexts.text("issuer.from.opening");
		}
		if (issuer != null && !issuer.isEmpty()) {
			ctx.put(MetadataKey.ISSUER, issuer, null, 0);
			ctx.notes.add(ImportNote.info(0, Category.GUESSED, "IMP-ISSUER", ImporterTexts.text("issuer.inferred", from, issuer)));
		} else {
			ctx.notes.add(ImportNote.warning(0, Category.GUESSED, "IMP-ISSUER", ImporterTexts.text("issuer.unknown")));
		}
		String level;
		String why;
		if (issuer != null && PartClassifier.simplified(issuer).matches(".*政府$")) {
			level = "政府";
			why = ImporterTexts.text("level.why.government");
		} else if (issuer != null) {
			level = "部门";
			why = ImporterTexts.text("level.why.department");
		} else {
			String all = allText(ctx);
			if (containsWord(all, SELF_REFERENCES)) {
				level = "部门";
				why = ImporterTexts.text("level.why.selfReference");
			} else if (containsWord(all, GOVERNMENT_WORDS)) {
				level = "政府";
				why = ImporterTexts.text("level.why.governmentVoice");
			} else {
				level = "部门";
				why = ImporterTexts.text("level.why.unknown");
			}
		}
		ctx.put(MetadataKey.LEVEL, level, null, 0);
		ctx.notes.add(ImportNote.info(0, Category.GUESSED, "IMP-LEVEL-META", ImporterTexts.text("level.inferred", level, why)));
	}

	/** "2024年,市行政审批局以…": the full name of 市行政审批局 as the text writes it elsewhere (新余市行政审批局). */
	private static String issuerFromOpening(ImportContext ctx) {
		if (ctx.report.opening().isEmpty()) {
			return null;
		}
		String opening = ctx.report.opening().get(0).plain();
		Matcher m = Pattern.compile("^\\d{4}年(?:以来)?[，,]?((?:市|区|县|省|州)[\\u4e00-\\u9fff]{2,12}?(?:局|委|办|厅|中心|辦|廳))").matcher(opening);
		if (!m.find()) {
			return null;
		}
		String subject = m.group(1);
		Matcher full = Pattern.compile("([\\u4e00-\\u9fff]{2})" + Pattern.quote(subject)).matcher(allText(ctx));
		while (full.find()) {
			String place = full.group(1);
			if (!place.endsWith("我") && !place.contains("年")) {
				return place + subject;
			}
		}
		return null;
	}

	/**
	 * Top-level sections that are each a piece of work done ("一、加强党的领导…" "二、深化…"), with no heading saying
	 * which template part they are: two or more in a row, where no part is the measures part, become the sections of
	 * one new 举措成效 part; following the measures part, they join it. Reported as an uncertain guess, with the
	 * headings it took. Left alone when a section is already four levels deep (it could not go one further down).
	 */
	private static void groupWorkDone(ImportContext ctx) {
		List<Draft.Heading> parts = ctx.report.parts();
		int measures = -1;
		for (int i = 0; i < parts.size(); i++) {
			Optional<PartClassifier.Meaning> m = PartClassifier.classify(parts.get(i).title().plain());
			if (m.isPresent() && m.get().part().equals(PartClassifier.MEASURES)) {
				measures = i;
				break;
			}
		}
		int start = measures >= 0 ? measures + 1 : 0;
		while (start < parts.size() && measures < 0 && !workDone(parts.get(start))) {
			start++;
		}
		int end = start;
		while (end < parts.size() && workDone(parts.get(end)) && parts.get(end).depth() < 3) {
			end++;
		}
		int count = end - start;
		if (count == 0 || measures < 0 && count < 2) {
			return;
		}
		List<Draft.Heading> taken = new ArrayList<>(parts.subList(start, end));
		String headings = String.join("、", taken.stream().map(h -> "“" + h.title().plain() + "”").toList());
		String range = count == 1 ? ChineseNumerals.of(start + 1)
				: ImporterTexts.text("part.range", ChineseNumerals.of(start + 1), ChineseNumerals.of(end));
		Draft.Heading target;
		if (measures >= 0) {
			target = parts.get(measures);
			ctx.notes.add(ImportNote.warning(taken.get(0).line(), Category.GUESSED, "IMP-PART", ImporterTexts.text(
					"part.joined", range, headings, ChineseNumerals.of(measures + 1), target.title().plain())));
		} else {
			Integer year = ctx.meta.containsKey(MetadataKey.YEAR) ? Integer.valueOf(ctx.meta.get(MetadataKey.YEAR).value()) : null;
			String heading = TemplateFacts.standard().parts().stream().filter(p -> p.name().equals(PartClassifier.MEASURES))
					.map(TemplateFacts.PartFacts::heading).findFirst().orElse("【年度】年度推进法治政府建设的主要举措和成效")
					.replace("【年度】", year == null ? "本" : String.valueOf(year));
			target = new Draft.Heading(1, taken.get(0).line(), Draft.Text.plain(taken.get(0).line(), heading), null);
			target.setFulfils(PartClassifier.MEASURES);
			ctx.notes.add(ImportNote.warning(taken.get(0).line(), Category.GUESSED, "IMP-PART",
					ImporterTexts.text("part.grouped", range, headings, heading)));
		}
		for (Draft.Heading h : taken) {
			target.children().add(h.demoted());
		}
		parts.subList(start, end).clear();
		if (measures < 0) {
			parts.add(start, target);
		}
	}

	private static boolean workDone(Draft.Heading part) {
		String title = part.title().plain();
		return PartClassifier.classify(title).isEmpty() && PartClassifier.readsAsWorkDone(title);
	}

	/** Each part's template part, the sub-section of a merged part, and mandatory parts found only nested. */
	static void mapParts(ImportContext ctx) {
		groupWorkDone(ctx);
		Set<String> fulfilled = new LinkedHashSet<>();
		int index = 0;
		for (Draft.Heading part : ctx.report.parts()) {
			index++;
			String title = part.title().plain();
			if (part.fulfils() != null) { // a part made of grouped sections: already reported
				fulfilled.add(part.fulfils());
				continue;
			}
			Optional<PartClassifier.Meaning> meaning = PartClassifier.classify(title);
			String name;
			if (meaning.isPresent() && meaning.get().certain()) {
				name = meaning.get().part();
				ctx.notes.add(ImportNote.info(part.line(), Category.GUESSED, "IMP-PART",
						ImporterTexts.text("part.byMeaning", ChineseNumerals.of(index), title, name, meaning.get().evidence())));
			} else if (meaning.isPresent()) {
				name = meaning.get().part();
				ctx.notes.add(ImportNote.warning(part.line(), Category.GUESSED, "IMP-PART",
						ImporterTexts.text("part.byMeaningUncertain", ChineseNumerals.of(index), title, name, meaning.get().evidence())));
			} else {
				name = fulfilled.contains(PartClassifier.MEASURES) ? PartClassifier.OTHER : PartClassifier.MEASURES;
				ctx.notes.add(ImportNote.warning(part.line(), Category.GUESSED, "IMP-PART",
						ImporterTexts.text("part.unclear", ChineseNumerals.of(index), title, name)));
			}
			part.setFulfils(name);
			fulfilled.add(name);
			if (meaning.isPresent() && meaning.get().secondary() != null) {
				String secondary = meaning.get().secondary();
				Draft.Heading sub = null;
				for (Draft.Heading child : part.headings()) {
					Optional<PartClassifier.Meaning> m = PartClassifier.classify(child.title().plain());
					if (m.isPresent() && m.get().part().equals(secondary)) {
						sub = child;
						break;
					}
				}
				if (sub != null) {
					sub.setFulfils(secondary);
					fulfilled.add(secondary);
					ctx.notes.add(ImportNote.info(sub.line(), Category.GUESSED, "IMP-FULFILS",
							ImporterTexts.text("part.secondary", ChineseNumerals.of(index), name, secondary, sub.title().plain())));
				} else {
					ctx.notes.add(ImportNote.warning(part.line(), Category.GUESSED, "IMP-FULFILS",
							ImporterTexts.text("part.secondaryMissing", ChineseNumerals.of(index), secondary)));
				}
			}
		}
		Integer year = ctx.meta.containsKey(MetadataKey.YEAR) ? Integer.valueOf(ctx.meta.get(MetadataKey.YEAR).value()) : null;
		Integer nextYear = year == null ? null : year + 1;
		for (TemplateFacts.PartFacts template : TemplateFacts.standard().parts()) {
			if (!template.mandatory() || fulfilled.contains(template.name())) {
				continue;
			}
			Draft.Heading nested = nestedHeading(ctx, template.name(), nextYear);
			if (nested != null) {
				nested.setFulfils(template.name());
				fulfilled.add(template.name());
				ctx.notes.add(ImportNote.info(nested.line(), Category.GUESSED, "IMP-FULFILS",
						ImporterTexts.text("part.nested", template.name(), nested.title().plain())));
				continue;
			}
			if (template.name().equals(PartClassifier.RESPONSIBLE)) {
				Draft.Point point = responsiblePoint(ctx);
				if (point != null) {
					point.setFulfils(template.name());
					fulfilled.add(template.name());
					ctx.notes.add(ImportNote.info(point.line(), Category.GUESSED, "IMP-FULFILS",
							ImporterTexts.text("part.responsiblePoint", abbreviate(point.text().plain()))));
				}
			}
		}
	}

	private static Draft.Heading nestedHeading(ImportContext ctx, String part, Integer nextYear) {
		for (Draft.Heading top : ctx.report.parts()) {
			Draft.Heading found = nestedHeading(top, part, nextYear);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static Draft.Heading nestedHeading(Draft.Heading parent, String part, Integer nextYear) {
		for (Draft.Heading child : parent.headings()) {
			if (child.fulfils() == null && PartClassifier.namesNested(child.title().plain(), part, nextYear)) {
				return child;
			}
			Draft.Heading deeper = nestedHeading(child, part, nextYear);
			if (deeper != null) {
				return deeper;
			}
		}
		return null;
	}

	private static Draft.Point responsiblePoint(ImportContext ctx) {
		for (Draft.Heading top : ctx.report.parts()) {
			Draft.Point p = responsiblePoint(top);
			if (p != null) {
				return p;
			}
		}
		return null;
	}

	private static Draft.Point responsiblePoint(Draft.Heading heading) {
		for (Object child : heading.children()) {
			if (child instanceof Draft.Paragraph paragraph) {
				for (Draft.Point point : paragraph.points()) {
					String text = PartClassifier.simplified(point.text().plain());
					int end = text.indexOf('。');
					String first = end < 0 ? text : text.substring(0, end);
					if (first.contains("第一责任人") || first.contains("主要负责人")) {
						return point;
					}
				}
			} else if (child instanceof Draft.Heading h) {
				Draft.Point p = responsiblePoint(h);
				if (p != null) {
					return p;
				}
			}
		}
		return null;
	}

	private static String allText(ImportContext ctx) {
		StringBuilder s = new StringBuilder();
		for (Draft.Text t : ctx.report.texts()) {
			s.append(t.plain()).append('\n');
		}
		return s.toString();
	}
}
