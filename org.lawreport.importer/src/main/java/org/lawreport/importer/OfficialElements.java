package org.lawreport.importer;

import static org.lawreport.importer.ProseText.containsAny;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.core.officialdoc.DocumentNumber;
import org.lawreport.core.officialdoc.DocumentNumberParse;
import org.lawreport.core.officialdoc.DocumentNumberProblem;
import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.core.officialdoc.WrittenDateParse;
import org.lawreport.core.officialdoc.WrittenDateProblem;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote.Category;

/**
 * The 公文 elements of an original (GB/T 9704-2012) around its body. Above it: 发文机关标志 ("…文件"), 发文字号
 * (brackets normalised to 〔〕 and reported), 签发人 with the label the original printed, 标题 (also over two lines),
 * 主送机关. Below it: 附件说明, 署名, 成文日期 (also with a trailing 印, or on one line with the signature), then
 * 附注, 抄送 and 印发 lines; other text after the date is dropped and listed.
 */
final class OfficialElements {

	private static final String SENTENCE_MARKS = ProseText.SENTENCE_MARKS;
	private static final Pattern SIGNER = Pattern.compile("^(签[ \\t\\u3000]*发[ \\t\\u3000]*人?[ \\t\\u3000]*[：:]|簽[ \\t\\u3000]*發[ \\t\\u3000]*人?[ \\t\\u3000]*[：:])[ \\t\\u3000]*(.+)$");
	private static final Pattern COPY_TO = Pattern.compile("^抄[ \\t\\u3000]*送[ \\t\\u3000]*[：:][ \\t\\u3000]*(.+?)[。.]?$");
	private static final Pattern PRINTED = Pattern.compile("^(.*?)[ \\t\\u3000]*(\\d{4}[ \\t\\u3000]*年[ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]*月[ \\t\\u3000]*\\d{1,2}[ \\t\\u3000]*日)[ \\t\\u3000]*印发$");
	private static final Pattern NOTE = Pattern.compile("^[（(](.+)[）)]$");
	private static final Pattern ATTACHMENT = Pattern.compile("^附[ \\t\\u3000]*件[ \\t\\u3000]*([：:]?)[ \\t\\u3000]*(.*)$");
	private static final Pattern SIGNATURE_AND_DATE = Pattern.compile("^(\\S.{1,40}?)[ \\t\\u3000]+(\\S{6,20})$");
	private static final Pattern WHITE = Pattern.compile("[ \\t\\u3000\\u00A0]+");

	private OfficialElements() {
	}

	/** Finds 附件说明, 署名, 成文日期, 附注, 抄送, 印发 at the end; returns where the body ends. */
	static int closing(ImportContext ctx, List<ImportContext.Line> lines) {
		int size = lines.size();
		int dateAt = -1;
		String signatureOnDateLine = null;
		String dateText = null;
		for (int i = size - 1; i >= Math.max(0, size - 8); i--) {
			String t = lines.get(i).text();
			if (PRINTED.matcher(t).matches() || COPY_TO.matcher(t).matches() || NOTE.matcher(t).matches()) {
				continue;
			}
			if (isDate(t)) {
				dateAt = i;
				dateText = t;
				break;
			}
			Matcher both = SIGNATURE_AND_DATE.matcher(t);
			if (both.matches() && isDate(both.group(2)) && isSignature(both.group(1).strip())) {
				dateAt = i;
				signatureOnDateLine = both.group(1).strip();
				dateText = both.group(2);
				break;
			}
		}
		if (dateAt < 0) {
			return size;
		}
		ImportContext.Line dateLine = lines.get(dateAt);
		ctx.put(MetadataKey.DATE, dateText, null, dateLine.number());
		for (int i = dateAt + 1; i < size; i++) {
			ImportContext.Line l = lines.get(i);
			Matcher note = NOTE.matcher(l.text());
			Matcher copy = COPY_TO.matcher(l.text());
			Matcher printed = PRINTED.matcher(l.text());
			if (i == dateAt + 1 && note.matches()) {
				ctx.put(MetadataKey.NOTE, note.group(1), null, l.number());
			} else if (copy.matches()) {
				ctx.put(MetadataKey.COPY_TO, copy.group(1), null, l.number());
			} else if (printed.matches()) {
				if (!printed.group(1).isBlank()) {
					ctx.put(MetadataKey.PRINTER, printed.group(1).strip(), null, l.number());
				}
				ctx.put(MetadataKey.PRINT_DATE, WHITE.matcher(printed.group(2)).replaceAll(""), null, l.number());
			} else {
				ctx.dropped.add(l);
				ctx.notes.add(ImportNote.warning(l.number(), Category.DROPPED, "IMP-AFTER-END",
						ImporterTexts.text("element.afterEnd", l.text())));
			}
		}
		int end = dateAt;
		if (signatureOnDateLine != null) {
			ctx.put(MetadataKey.SIGNATURE, signatureOnDateLine, null, dateLine.number());
		} else if (dateAt >= 1 && isSignature(lines.get(dateAt - 1).text())) {
			end = dateAt - 1;
			ctx.put(MetadataKey.SIGNATURE, lines.get(end).text(), null, lines.get(end).number());
		}
		for (int k = end - 1; k >= Math.max(0, end - 6); k--) {
			Matcher att = ATTACHMENT.matcher(lines.get(k).text());
			if (att.matches() && (!att.group(1).isEmpty() || att.group(2).matches("^\\d.*"))) {
				StringBuilder value = new StringBuilder(att.group(2));
				for (int j = k + 1; j < end; j++) {
					value.append(' ').append(lines.get(j).text());
				}
				ctx.put(MetadataKey.ATTACHMENT, value.toString().strip(), null, lines.get(k).number());
				if (!att.group(1).equals("：")) {
					ctx.notes.add(ImportNote.info(lines.get(k).number(), Category.NORMALISED, "IMP-LABEL",
							ImporterTexts.text("element.attachmentLabel",
									lines.get(k).text().substring(0, lines.get(k).text().indexOf('件') + 1) + att.group(1))));
				}
				end = k;
				break;
			}
		}
		return end;
	}

	private static boolean isDate(String text) {
		String t = WHITE.matcher(text).replaceAll("");
		if (t.length() < 6 || t.length() > 20) {
			return false;
		}
		WrittenDateParse parse = WrittenDate.parse(t);
		if (parse.date().isEmpty()) {
			return false;
		}
		for (WrittenDateProblem p : parse.problems()) {
			if (p.code() == WrittenDateProblem.Code.TRAILING_TEXT && p.length() > 1) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSignature(String text) {
		return text.length() >= 2 && text.length() <= 40 && !containsAny(text, SENTENCE_MARKS + "：:")
				&& HeadingNumber.parse(text).isEmpty() && text.codePoints().anyMatch(Character::isIdeographic)
				&& text.chars().noneMatch(c -> c >= '0' && c <= '9');
	}

	/** Reads the 版头 lines before the body; returns the index of the body's first line. */
	static int front(ImportContext ctx, List<ImportContext.Line> lines, int end) {
		int i = 0;
		boolean titleSeen = false;
		while (i < end) {
			ImportContext.Line l = lines.get(i);
			String t = l.text();
			if (l.styleLevel() > 0 || HeadingNumber.parse(t).isPresent()) {
				break;
			}
			if (!titleSeen && !ctx.meta.containsKey(MetadataKey.ISSUER_MARK) && !ctx.meta.containsKey(MetadataKey.DOCUMENT_NUMBER) && t.endsWith("文件")
					&& t.length() <= 40 && !containsAny(t, SENTENCE_MARKS)) {
				ctx.put(MetadataKey.ISSUER_MARK, t, null, l.number());
				i++;
				continue;
			}
			if (!titleSeen && documentNumberLine(ctx, l)) {
				i++;
				continue;
			}
			if (!titleSeen && signer(ctx, t, l.number())) {
				i++;
				continue;
			}
			if (!titleSeen) {
				int used = title(ctx, lines, i, end);
				if (used > 0) {
					titleSeen = true;
					i += used;
					continue;
				}
			}
			if (titleSeen && !ctx.meta.containsKey(MetadataKey.RECIPIENT) && t.length() <= 60 && (t.endsWith("：") || t.endsWith(":"))
					&& !containsAny(t.substring(0, t.length() - 1), SENTENCE_MARKS + "：:")) {
				ctx.put(MetadataKey.RECIPIENT, t.substring(0, t.length() - 1).strip(), null, l.number());
				if (t.endsWith(":")) {
					ctx.notes.add(ImportNote.info(l.number(), Category.NORMALISED, "IMP-LABEL",
							ImporterTexts.text("element.recipientColon")));
				}
				i++;
				continue;
			}
			break;
		}
		return i;
	}

	private static boolean documentNumberLine(ImportContext ctx, ImportContext.Line l) {
		String[] tokens = WHITE.split(l.text());
		int found = -1;
		DocumentNumberParse parse = null;
		for (int k = 0; k < tokens.length; k++) {
			DocumentNumberParse p = DocumentNumber.parse(tokens[k]);
			if (!p.has(DocumentNumberProblem.Code.NOT_A_DOCUMENT_NUMBER) && !p.issuerCode().isEmpty()
					&& p.serial().isPresent() && tokens[k].length() <= 30) {
				found = k;
				parse = p;
				break;
			}
		}
		if (found < 0) {
			return false;
		}
		StringBuilder rest = new StringBuilder();
		for (int k = 0; k < tokens.length; k++) {
			if (k != found) {
				rest.append(k == 0 || rest.length() == 0 ? "" : " ").append(tokens[k]);
			}
		}
		if (rest.length() > 0 && !SIGNER.matcher(rest.toString()).matches()) {
			return false;
		}
		String number = tokens[found];
		if (parse.has(DocumentNumberProblem.Code.WRONG_BRACKETS)) {
			String normalised = normaliseBrackets(number);
			ctx.notes.add(ImportNote.warning(l.number(), Category.NORMALISED, "IMP-DOCNO-BRACKETS",
					ImporterTexts.text("element.docnoBrackets", number, normalised)));
			number = normalised;
		}
		ctx.put(MetadataKey.DOCUMENT_NUMBER, number, null, l.number());
		if (rest.length() > 0) {
			signer(ctx, rest.toString(), l.number());
		}
		return true;
	}

	private static String normaliseBrackets(String number) {
		String openers = "【[［﹝（(〖〘";
		String closers = "】]］﹞）)〗〙";
		StringBuilder s = new StringBuilder(number);
		int open = -1;
		for (int i = 0; i < s.length(); i++) {
			if (openers.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '〔') {
				open = i;
				break;
			}
		}
		if (open < 0) {
			return number;
		}
		for (int i = open + 1; i < s.length(); i++) {
			if (closers.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '〕') {
				s.setCharAt(open, '〔');
				s.setCharAt(i, '〕');
				break;
			}
		}
		return s.toString();
	}

	private static boolean signer(ImportContext ctx, String t, int line) {
		Matcher m = SIGNER.matcher(t);
		if (!m.matches()) {
			return false;
		}
		String label = m.group(1);
		ctx.put(MetadataKey.SIGNER, m.group(2).strip(), label.equals("签发人：") ? null : label, line);
		if (!label.equals("签发人：")) {
			ctx.notes.add(ImportNote.info(line, Category.NORMALISED, "IMP-LABEL",
					ImporterTexts.text("element.signerLabel", label)));
		}
		return true;
	}

	private static boolean isTitle(ImportContext.Line l) {
		String t = l.text();
		if (l.title()) {
			return true;
		}
		if (t.length() > 80 || containsAny(t, SENTENCE_MARKS) || t.endsWith("：") || t.endsWith(":") || t.contains("如下")) {
			return false;
		}
		String simple = PartClassifier.simplified(t);
		return simple.contains("报告") || simple.contains("总结") || simple.contains("情况") || simple.contains("关于");
	}

	/**
	 * Reads the title at line {@code i}, joining a second line when the first does not name the document
	 * (报告, 总结) and the second does; returns how many lines it took, 0 when line {@code i} is no title.
	 */
	private static int title(ImportContext ctx, List<ImportContext.Line> lines, int i, int end) {
		ImportContext.Line first = lines.get(i);
		String simple = PartClassifier.simplified(first.text());
		if (!simple.contains("报告") && !simple.contains("总结") && i + 1 < end && first.text().length() <= 40
				&& !containsAny(first.text(), SENTENCE_MARKS + "：:")) {
			ImportContext.Line second = lines.get(i + 1);
			String s2 = PartClassifier.simplified(second.text());
			if (second.styleLevel() == 0 && HeadingNumber.parse(second.text()).isEmpty() && second.text().length() <= 80
					&& !containsAny(second.text(), SENTENCE_MARKS + "：:")
					&& (s2.contains("报告") || s2.contains("总结") || s2.contains("情况"))) {
				ctx.put(MetadataKey.TITLE, first.text() + second.text(), null, first.number());
				ctx.notes.add(ImportNote.info(first.number(), Category.NORMALISED, "IMP-TITLE-LINES",
						ImporterTexts.text("element.titleLines", first.number(), second.number())));
				return 2;
			}
		}
		if (!isTitle(first)) {
			return 0;
		}
		ctx.put(MetadataKey.TITLE, first.text(), null, first.number());
		return 1;
	}
}
