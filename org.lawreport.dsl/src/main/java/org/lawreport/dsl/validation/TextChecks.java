package org.lawreport.dsl.validation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.validation.Check;
import org.lawreport.core.fonts.GlyphCoverage;
import org.lawreport.core.text.InvisibleCharacters;
import org.lawreport.core.text.PeriodPhrase;
import org.lawreport.core.text.PeriodWording;
import org.lawreport.core.text.PunctuationIssue;
import org.lawreport.core.text.PunctuationScanner;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.TextChunk;

/** The prose itself: punctuation (GB/T 15834-2011), digits, and wording that does not belong in an annual report. */
public class TextChecks extends LawReportCheckBase {

	/**
	 * One finding per paragraph or heading, at its first half-width mark, counting all of them; the issue data
	 * lists every mark as {@code offset:length:replacement} so that one quick fix can replace them all.
	 */
	@Check
	public void fullWidthPunctuation(RichText text) {
		List<String> data = new ArrayList<>();
		Set<String> found = new LinkedHashSet<>();
		Set<String> replacements = new LinkedHashSet<>();
		int firstOffset = -1;
		int firstLength = 1;
		for (EObject segment : text.getSegments()) {
			if (!(segment instanceof TextChunk chunk) || chunk.getValue() == null) {
				continue;
			}
			for (PunctuationIssue issue : PunctuationScanner.halfWidthInChineseText(chunk.getValue())) {
				int offset = Prose.sourceOffset(chunk, issue.offset());
				if (firstOffset < 0) {
					firstOffset = offset;
					firstLength = issue.length();
				}
				found.add(issue.found());
				replacements.add(issue.replacement());
				data.add(offset + ":" + issue.length() + ":" + issue.replacement());
			}
		}
		if (firstOffset >= 0) {
			finding(RuleCode.PUNCT_HALFWIDTH, text).at(firstOffset, firstLength)
					.args(String.join(" ", found), data.size(), String.join(" ", replacements))
					.data(data.toArray(String[]::new))
					.emit();
		}
	}

	/** Characters that print nothing (zero-width spaces, U+FEFF …): one finding per paragraph or heading, at the first. */
	@Check
	public void invisibleCharacters(RichText text) {
		List<InvisibleCharacters.Found> all = new ArrayList<>();
		int start = -1;
		int length = 1;
		for (EObject segment : text.getSegments()) {
			if (segment instanceof TextChunk chunk) {
				List<InvisibleCharacters.Found> found = InvisibleCharacters.in(chunk.getValue());
				if (!found.isEmpty() && start < 0) {
					InvisibleCharacters.Found first = found.get(0);
					start = Prose.sourceOffset(chunk, first.offset());
					length = Prose.sourceOffset(chunk, first.offset() + first.length() - 1) + 1 - start;
				}
				all.addAll(found);
			}
		}
		if (start >= 0) {
			finding(RuleCode.TEXT_INVISIBLE, text).at(start, length).args(codeNames(all), all.size()).emit();
		}
	}

	/**
	 * Characters no font of the document draws (no configured font, no open substitute, not the fallback for rare
	 * characters): the PDF could not be generated. One finding per paragraph or heading, at the first.
	 */
	@Check
	public void charactersNoFontDraws(RichText text) {
		List<String> missing = new ArrayList<>();
		int start = -1;
		int length = 1;
		for (EObject segment : text.getSegments()) {
			if (segment instanceof TextChunk chunk) {
				List<Integer> at = undrawn(chunk.getValue(), missing);
				if (!at.isEmpty() && start < 0) {
					int i = at.get(0);
					start = Prose.sourceOffset(chunk, i);
					length = Prose.sourceOffset(chunk, i + Character.charCount(chunk.getValue().codePointAt(i)) - 1) + 1 - start;
				}
			}
		}
		if (start >= 0) {
			finding(RuleCode.TEXT_NO_GLYPH, text).at(start, length).args(String.join("、", missing)).emit();
		}
	}

	/**
	 * The offsets of the characters of {@code value} no font draws (white space and invisible characters are not drawn
	 * anyway); each character is added to {@code shown} once, as “𠀀”（U+20000）.
	 */
	static List<Integer> undrawn(String value, List<String> shown) {
		List<Integer> offsets = new ArrayList<>();
		if (value == null) {
			return offsets;
		}
		for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
			int cp = value.codePointAt(i);
			if (!Character.isWhitespace(cp) && cp != '\u3000' && !InvisibleCharacters.isInvisible(cp)
					&& !GlyphCoverage.standard().draws(cp)) {
				offsets.add(i);
				String character = "“" + new String(Character.toChars(cp)) + "”（" + String.format("U+%04X", cp) + "）";
				if (!shown.contains(character)) {
					shown.add(character);
				}
			}
		}
		return offsets;
	}

	/** "U+FEFF、U+200B": each kind of invisible character once. */
	static String codeNames(List<InvisibleCharacters.Found> found) {
		return String.join("、", found.stream().map(InvisibleCharacters.Found::codeName).distinct().toList());
	}

	@Check
	public void halfWidthDigits(TextChunk chunk) {
		if (chunk.getValue() == null) {
			return;
		}
		for (PunctuationIssue issue : PunctuationScanner.fullWidthDigits(chunk.getValue())) {
			finding(RuleCode.PUNCT_DIGITS, chunk).at(Prose.sourceOffset(chunk, issue.offset()), issue.length())
					.args(issue.found(), issue.replacement()).data(issue.replacement()).emit();
		}
	}

	@Check
	public void noMidYearWording(TextChunk chunk) {
		if (chunk.getValue() == null) {
			return;
		}
		Report report = EcoreUtil2.getContainerOfType(chunk, Report.class);
		String year = report == null ? "××××" : Metadata.of(report).reportYear().map(String::valueOf).orElse("××××");
		for (PeriodPhrase occurrence : PeriodWording.find(chunk.getValue())) {
			finding(RuleCode.TEXT_PERIOD, chunk)
					.at(Prose.sourceOffset(chunk, occurrence.offset()), occurrence.phrase().length())
					.args(occurrence.phrase(), year)
					.emit();
		}
	}
}
