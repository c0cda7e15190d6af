package org.lawreport.dsl.validation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lawreport.core.citations.CitedTitles;
import org.lawreport.core.citations.TitleCatalogue;
import org.lawreport.core.officialdoc.CitedDocumentNumbers;
import org.lawreport.core.text.Terminology;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Severity;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TextChunk;

/**
 * What the prose cites and how it names things: titles of laws and documents against the template's catalogue
 * ({@code 引用}), document numbers cited in the text (GB/T 9704-2012 7.2.4, as for the 发文字号), and the
 * template's terms ({@code 术语}).
 */
public class CitationChecks extends LawReportCheckBase {

	private static final String CATALOGUE = CitationChecks.class.getName() + ".catalogue";
	private static final String TERMS = CitationChecks.class.getName() + ".terms";

	/** A cited title close to a catalogue entry but not equal: at the title, the entry's form as the fix. */
	@Check
	public void citedTitles(TextChunk chunk) {
		if (chunk.getValue() == null || chunk.getValue().indexOf('《') < 0) {
			return;
		}
		TitleCatalogue catalogue = catalogue(chunk);
		if (catalogue.isEmpty()) {
			return;
		}
		for (CitedTitles.Citation citation : CitedTitles.in(chunk.getValue())) {
			catalogue.judge(citation.title()).ifPresent(miss -> {
				int start = Prose.sourceOffset(chunk, citation.offset());
				int end = Prose.sourceOffset(chunk, citation.offset() + citation.length() - 1) + 1;
				finding(RuleCode.CITE_TITLE, chunk).at(start, end - start)
						.args(citation.title(), miss.expected(), miss.work().title(), source(miss.work().source()))
						.data(miss.expected())
						.emit();
			});
		}
	}

	/** A document number cited in the text with look-alike brackets, or with a year after the report was written. */
	@Check
	public void citedDocumentNumbers(TextChunk chunk) {
		List<CitedDocumentNumbers.Cited> cited = CitedDocumentNumbers.in(chunk.getValue());
		if (cited.isEmpty()) {
			return;
		}
		Report report = EcoreUtil2.getContainerOfType(chunk, Report.class);
		Optional<LocalDate> written = report == null ? Optional.empty() : Metadata.of(report).writtenDate();
		for (CitedDocumentNumbers.Cited number : cited) {
			String value = chunk.getValue();
			if (!number.standardBrackets()) {
				int start = Prose.sourceOffset(chunk, number.open());
				int end = Prose.sourceOffset(chunk, number.close()) + 1;
				finding(RuleCode.CITE_DOCNO_FORM, chunk).at(start, end - start)
						.args(value.substring(number.open(), number.close() + 1), number.standardYear())
						.data(number.standardYear())
						.emit();
			} else if (written.isPresent() && number.year() > written.get().getYear()) {
				int start = Prose.sourceOffset(chunk, number.yearOffset());
				int end = Prose.sourceOffset(chunk, number.yearOffset() + 3) + 1;
				finding(RuleCode.CITE_DOCNO_YEAR, chunk).at(start, end - start)
						.args(number.year(), MetadataChecks.format(written.get())).emit();
			}
		}
	}

	/** A form the template's terms flag (outside titles in 《》): at the form, the preferred term as the fix. */
	@Check
	public void terms(TextChunk chunk) {
		if (chunk.getValue() == null || chunk.getValue().isEmpty()) {
			return;
		}
		Terms terms = termsOf(chunk);
		if (terms.list().isEmpty()) {
			return;
		}
		for (Terminology.Use use : terms.list().in(chunk.getValue())) {
			Severity severity = terms.severities().get(use.entry());
			int start = Prose.sourceOffset(chunk, use.offset());
			int end = Prose.sourceOffset(chunk, use.offset() + use.length() - 1) + 1;
			Terminology.Entry entry = use.entry();
			finding(RuleCode.TERM, chunk).at(start, end - start)
					.args(use.found(), entry.preferred(), entry.reason(), source(entry.source()))
					.data(entry.preferred())
					.severityUnlessSet(severity)
					.emit();
		}
	}

	private static String source(String source) {
		return source == null || source.isBlank() ? Messages.text("cite.noSource") : source;
	}


	private TitleCatalogue catalogue(TextChunk chunk) {
		return cached(CATALOGUE, chunk, template -> Templates.citedWorks(template), new TitleCatalogue(List.of()));
	}

	/** The template's terms, and the severity each entry sets (entries that set none are not in the map). */
	private record Terms(Terminology list, Map<Terminology.Entry, Severity> severities) {
		static final Terms NONE = new Terms(new Terminology(List.of()), Map.of());

		static Terms of(Template template) {
			List<Templates.TermRule> rules = Templates.terms(template);
			Map<Terminology.Entry, Severity> severities = new java.util.IdentityHashMap<>();
			rules.forEach(r -> r.severity().ifPresent(s -> severities.put(r.entry(), s)));
			return new Terms(new Terminology(rules.stream().map(Templates.TermRule::entry).toList()), severities);
		}
	}

	private Terms termsOf(TextChunk chunk) {
		return cached(TERMS, chunk, Terms::of, Terms.NONE);
	}

	/** Computed once per validation of a resource, from the report's effective template (profile or template). */
	@SuppressWarnings("unchecked")
	private <T> T cached(String key, TextChunk chunk, java.util.function.Function<Template, T> compute, T none) {
		Map<Object, Object> context = getContext();
		if (context != null && context.containsKey(key)) {
			return (T) context.get(key);
		}
		Report report = EcoreUtil2.getContainerOfType(chunk, Report.class);
		Template template = report == null ? null : Profiles.effectiveTemplate(report);
		T result = template == null || template.eIsProxy() ? none : compute.apply(template);
		if (context != null) {
			context.put(key, result);
		}
		return result;
	}
}
