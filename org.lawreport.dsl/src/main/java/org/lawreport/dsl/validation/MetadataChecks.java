package org.lawreport.dsl.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.Check;
import org.lawreport.core.officialdoc.DocumentNumber;
import org.lawreport.core.officialdoc.DocumentNumberParse;
import org.lawreport.core.officialdoc.DocumentNumberProblem;
import org.lawreport.core.officialdoc.TitleRules;
import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.core.officialdoc.WrittenDateParse;
import org.lawreport.core.officialdoc.WrittenDateProblem;
import org.lawreport.core.text.InvisibleCharacters;
import org.lawreport.dsl.conversion.TextEscapes;
import org.lawreport.dsl.facts.Examples;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.Level;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;

/** The report's 公文 elements (GB/T 9704-2012) and the dates and years they must agree on. */
public class MetadataChecks extends LawReportCheckBase {

	private static final String STANDARD_SIGNER_LABEL = "签发人：";

	@Check
	public void titlePresent(Report report) {
		Metadata meta = Metadata.of(report);
		if (meta.entry(MetadataKey.TITLE).isEmpty()) {
			String issuer = Optional.ofNullable(meta.text(MetadataKey.ISSUER)).orElse("");
			String year = meta.reportYear().map(String::valueOf).orElse("××××");
			String suggestion = issuer + "关于" + year + "年度法治政府建设情况的报告";
			finding(RuleCode.TITLE_MISSING, report).on(PKG.getReport_Template())
					.args(suggestion).data(MetadataKey.TITLE.getLiteral(), suggestion).emit();
		}
	}

	@Check
	public void requiredMetadataPresent(Report report) {
		Metadata meta = Metadata.of(report);
		Map<MetadataKey, String> examples = new EnumMap<>(MetadataKey.class);
		LocalDate today = LocalDate.now();
		examples.put(MetadataKey.YEAR, String.valueOf(Examples.reportYear(meta, today)));
		examples.put(MetadataKey.LEVEL, "部门");
		examples.put(MetadataKey.ISSUER, "“××市××局”");
		examples.put(MetadataKey.DATE, "“" + Examples.date(meta, today) + "”");
		examples.forEach((key, example) -> {
			if (meta.entry(key).isEmpty()) {
				String clause = key == MetadataKey.DATE
						? "《党政机关公文格式》GB/T 9704-2012 7.3.5（成文日期）"
						: "LawReport 报告要素";
				finding(RuleCode.META_REQUIRED, report).on(PKG.getReport_Template())
						.args(key.getLiteral(), example, clause).data(key.getLiteral(), example).emit();
			}
		});
	}

	@Check
	public void signaturePresent(Report report) {
		Metadata meta = Metadata.of(report);
		if (meta.entry(MetadataKey.SIGNATURE).isEmpty()) {
			String issuer = Optional.ofNullable(meta.text(MetadataKey.ISSUER)).orElse("发文机关全称");
			finding(RuleCode.SIGNATURE_MISSING, report).on(PKG.getReport_Template())
					.args(issuer).data(MetadataKey.SIGNATURE.getLiteral(), issuer).emit();
		}
	}

	@Check
	public void metadataNotRepeated(Report report) {
		Map<MetadataKey, Metadatum> seen = new EnumMap<>(MetadataKey.class);
		for (Metadatum m : report.getMetadata()) {
			if (seen.putIfAbsent(m.getKey(), m) != null) {
				finding(RuleCode.META_DUPLICATE, m).on(PKG.getMetadatum_Key()).args(m.getKey().getLiteral()).emit();
			}
		}
	}

	@Check
	public void metadataValueOfRightKind(Metadatum m) {
		String problem = null;
		switch (m.getKey()) {
			case YEAR -> {
				if (m.getNumber() == null || !m.getNumber().matches("\\d{4}")) {
					problem = Messages.text("meta.year.value");
				}
			}
			case LEVEL -> {
				if (m.getText() != null || m.getNumber() != null) {
					problem = Messages.text("meta.level.value");
				}
			}
			default -> {
				if (m.getText() == null) {
					problem = Messages.text("meta.text.value");
				}
			}
		}
		if (problem != null) {
			finding(RuleCode.META_VALUE, m).on(PKG.getMetadatum_Key()).args(m.getKey().getLiteral(), problem).emit();
		}
	}

	@Check
	public void labelIsStandard(Metadatum m) {
		if (m.getLabel() == null) {
			return;
		}
		String standard = m.getKey() == MetadataKey.SIGNER ? STANDARD_SIGNER_LABEL : m.getKey().getLiteral() + "：";
		if (!m.getLabel().equals(standard)) {
			String clause = m.getKey() == MetadataKey.SIGNER ? "《党政机关公文格式》GB/T 9704-2012 7.2.5（签发人）"
					: "《党政机关公文格式》GB/T 9704-2012";
			finding(RuleCode.META_LABEL, m).on(PKG.getMetadatum_Label())
					.args(m.getLabel(), standard, clause).data(standard).emit();
		}
	}

	@Check
	public void writtenDateForm(Metadatum m) {
		if (m.getKey() != MetadataKey.DATE || m.getText() == null) {
			return;
		}
		WrittenDateParse parse = WrittenDate.parse(m.getText());
		if (parse.problems().isEmpty()) {
			return;
		}
		WrittenDateProblem first = parse.problems().get(0);
		String example = parse.date().map(MetadataChecks::format)
				.orElseGet(() -> Examples.date(Metadata.of((Report) m.eContainer()), LocalDate.now()));
		int[] range = textRange(m, first.offset(), first.length());
		finding(RuleCode.DATE_FORM, m).at(range[0], range[1])
				.args(m.getText(), Messages.text("date." + first.code().name(), fragment(m.getText(), first.offset(), first.length())), example)
				.data(example)
				.emit();
	}

	@Check
	public void reportYearBeforeWrittenDate(Report report) {
		Metadata meta = Metadata.of(report);
		Optional<Integer> year = meta.reportYear();
		Optional<LocalDate> date = meta.writtenDate();
		if (year.isPresent() && date.isPresent() && date.get().getYear() != year.get() + 1) {
			Metadatum entry = meta.entry(MetadataKey.DATE).get();
			finding(RuleCode.YEAR_DATE, entry).on(PKG.getMetadatum_Text())
					.args(year.get(), date.get().getYear(), year.get() + 1).emit();
		}
	}

	@Check
	public void writtenBeforeDeadline(Report report) {
		Template template = StructureChecks.templateOf(report);
		Metadata meta = Metadata.of(report);
		Optional<Integer> year = meta.reportYear();
		Optional<LocalDate> date = meta.writtenDate();
		if (template == null || year.isEmpty() || date.isEmpty()) {
			return;
		}
		Level level = meta.level().orElse(Level.GOVERNMENT);
		Templates.deadline(template, level).ifPresent(rule -> {
			LocalDate deadline = rule.monthDay().atYear(year.get() + 1);
			if (date.get().isAfter(deadline)) {
				String clause = rule.clause() == null ? "模板“" + template.getName() + "”的截止日期" : rule.clause();
				finding(RuleCode.DEADLINE, meta.entry(MetadataKey.DATE).get()).on(PKG.getMetadatum_Text())
						.args(format(date.get()), format(deadline), template.getName(), clause)
						.emit();
			}
		});
	}

	@Check
	public void documentNumberForm(Metadatum m) {
		if (m.getKey() != MetadataKey.DOCUMENT_NUMBER || m.getText() == null) {
			return;
		}
		DocumentNumberParse parse = DocumentNumber.parse(m.getText());
		if (!parse.problems().isEmpty()) {
			DocumentNumberProblem first = parse.problems().get(0);
			int[] range = textRange(m, first.offset(), first.length());
			String corrected = parse.corrected()
					.orElseGet(() -> Examples.documentNumber(Metadata.of((Report) m.eContainer()), LocalDate.now()));
			finding(RuleCode.DOCNO_FORM, m).at(range[0], range[1])
					.args(m.getText(), Messages.text("docno." + first.code().name(), fragment(m.getText(), first.offset(), first.length())), corrected)
					.data(corrected)
					.emit();
			return;
		}
		Report report = (Report) m.eContainer();
		Optional<LocalDate> date = Metadata.of(report).writtenDate();
		if (date.isPresent() && parse.year().isPresent() && parse.year().getAsInt() != date.get().getYear()) {
			finding(RuleCode.DOCNO_YEAR, m).on(PKG.getMetadatum_Text())
					.args(parse.year().getAsInt(), date.get().getYear()).emit();
		}
	}

	@Check
	public void upwardReportHasSigner(Report report) {
		Metadata meta = Metadata.of(report);
		if (meta.entry(MetadataKey.RECIPIENT).isPresent() && meta.entry(MetadataKey.SIGNER).isEmpty()) {
			Metadatum recipient = meta.entry(MetadataKey.RECIPIENT).get();
			finding(RuleCode.SIGNER_MISSING, recipient).on(PKG.getMetadatum_Key())
					.args(meta.text(MetadataKey.RECIPIENT)).data(MetadataKey.SIGNER.getLiteral()).emit();
		}
	}

	@Check
	public void recipientWithoutColon(Metadatum m) {
		if (m.getKey() == MetadataKey.RECIPIENT && m.getText() != null
				&& (m.getText().endsWith("：") || m.getText().endsWith(":"))) {
			int[] range = textRange(m, m.getText().length() - 1, 1);
			finding(RuleCode.RECIPIENT_COLON, m).at(range[0], range[1]).emit();
		}
	}

	@Check
	public void invisibleCharacters(Metadatum m) {
		List<InvisibleCharacters.Found> found = InvisibleCharacters.in(m.getText());
		if (!found.isEmpty()) {
			int[] range = textRange(m, found.get(0).offset(), found.get(0).length());
			finding(RuleCode.TEXT_INVISIBLE, m).at(range[0], range[1]).args(TextChecks.codeNames(found), found.size())
					.data(InvisibleCharacters.strip(m.getText())).emit();
		}
	}

	@Check
	public void charactersNoFontDraws(Metadatum m) {
		List<String> missing = new ArrayList<>();
		List<Integer> at = TextChecks.undrawn(m.getText(), missing);
		if (!at.isEmpty()) {
			int first = at.get(0);
			int[] range = textRange(m, first, Character.charCount(m.getText().codePointAt(first)));
			finding(RuleCode.TEXT_NO_GLYPH, m).at(range[0], range[1]).args(String.join("、", missing)).emit();
		}
	}

	@Check
	public void titleWithoutFinalPunctuation(Metadatum m) {
		if (m.getKey() != MetadataKey.TITLE || m.getText() == null) {
			return;
		}
		TitleRules.finalPunctuation(m.getText()).ifPresent(mark -> {
			int[] range = textRange(m, m.getText().length() - mark.length(), mark.length());
			finding(RuleCode.TITLE_PUNCTUATION, m).at(range[0], range[1]).args(mark).emit();
		});
	}

	/** A date in the form GB/T 9704 wants: 2025年1月22日. */
	static String format(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static String fragment(String text, int offset, int length) {
		int start = Math.max(0, Math.min(offset, text.length()));
		return text.substring(start, Math.min(text.length(), start + Math.max(0, length)));
	}


	/** Source range of characters [offset, offset+length) of a metadata entry's text value. */
	private static int[] textRange(Metadatum m, int offset, int length) {
		for (INode node : NodeModelUtils.findNodesForFeature(m, PKG.getMetadatum_Text())) {
			String token = NodeModelUtils.getTokenText(node);
			int start = node.getOffset() + TextEscapes.tokenOffset(token, offset);
			int end = node.getOffset() + TextEscapes.tokenOffset(token, offset + Math.max(1, length) - 1) + 1;
			return new int[] { start, Math.max(1, end - start) };
		}
		return new int[] { 0, 1 };
	}
}
