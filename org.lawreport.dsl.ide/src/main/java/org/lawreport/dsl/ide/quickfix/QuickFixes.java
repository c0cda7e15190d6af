package org.lawreport.dsl.ide.quickfix;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.core.officialdoc.WrittenDate;
import org.lawreport.core.text.InvisibleCharacters;
import org.lawreport.core.text.PunctuationIssue;
import org.lawreport.core.text.PunctuationScanner;
import org.lawreport.dsl.conversion.TextEscapes;
import org.lawreport.dsl.facts.Examples;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.ide.IdeMessages;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Level;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.lawReport.TextChunk;
import org.lawreport.dsl.validation.RuleCode;

/**
 * The quick fixes of the validator's findings, as plain text edits on the source (no editor or LSP types). The
 * validator attaches what each fix needs as issue data (see the checks in {@code org.lawreport.dsl.validation}).
 * Every fix leaves source that parses and no longer has the finding it fixes.
 */
public final class QuickFixes {

	private static final LawReportPackage PKG = LawReportPackage.eINSTANCE;

	/** Replace {@code length} characters at {@code offset} with {@code text} (length 0: insert). */
	public record Replacement(int offset, int length, String text) {
	}

	/** One fix: a title for the user and the replacements to apply together (non-overlapping). */
	public record Fix(String title, String code, List<Replacement> replacements) {
	}

	private QuickFixes() {
	}

	/** Marks the method that offers the fixes of one finding code (Xtext's {@code @Fix} idiom, keyed on the enum). */
	@Retention(RetentionPolicy.RUNTIME)
	@Target(ElementType.METHOD)
	@interface FixesFor {
		RuleCode value();
	}

	/** What a fix method gets: the resource, the finding, its data, the report and the object the finding is on. */
	record Finding(XtextResource resource, Issue issue, RuleCode code, String[] data, EObject root, EObject target) {
		String source() {
			return resource.getParseResult().getRootNode().getText().substring(issue.getOffset(),
					issue.getOffset() + issue.getLength());
		}
	}

	/** The fix method of each code, found once by its {@link FixesFor} annotation. */
	private static final Map<RuleCode, Method> METHODS = fixMethods();

	/** The codes that have a quick fix: those with a {@link FixesFor} method below. */
	public static final Set<String> FIXABLE = METHODS.keySet().stream().map(RuleCode::code)
			.collect(Collectors.toUnmodifiableSet());

	private static Map<RuleCode, Method> fixMethods() {
		Map<RuleCode, Method> methods = new EnumMap<>(RuleCode.class);
		for (Method method : QuickFixes.class.getDeclaredMethods()) {
			FixesFor annotation = method.getAnnotation(FixesFor.class);
			if (annotation != null && methods.put(annotation.value(), method) != null) {
				throw new IllegalStateException("two fix methods for " + annotation.value());
			}
		}
		return methods;
	}

	/** The fixes for one finding of {@code resource} (empty when it has none). */
	public static List<Fix> fixesFor(XtextResource resource, Issue issue) {
		Optional<RuleCode> code = RuleCode.byCode(issue.getCode());
		Method method = code.map(METHODS::get).orElse(null);
		if (method == null || resource.getContents().isEmpty()) {
			return List.of();
		}
		String[] data = issue.getData() == null ? new String[0] : issue.getData();
		EObject target = issue.getUriToProblem() == null ? null
				: resource.getEObject(issue.getUriToProblem().fragment());
		List<Fix> fixes = new ArrayList<>();
		try {
			method.invoke(null, new Finding(resource, issue, code.get(), data, resource.getContents().get(0), target), fixes);
		} catch (InvocationTargetException e) {
			if (e.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException(e.getCause());
		} catch (IllegalAccessException e) {
			throw new IllegalStateException(e);
		}
		return fixes;
	}

	@FixesFor(RuleCode.PART_MISSING)
	static void partMissing(Finding f, List<Fix> fixes) {
		if (f.root() instanceof Report report && f.data().length >= 2) {
			missingPart(report, f.data()[0], f.data()[1]).ifPresent(fixes::add);
		}
	}

	@FixesFor(RuleCode.DOCNO_FORM)
	static void documentNumberForm(Finding f, List<Fix> fixes) {
		if (f.target() instanceof Metadatum m && f.data().length >= 1) {
			replaceText(m, PKG.getMetadatum_Text(), f.data()[0], IdeMessages.text("fix.docno", f.data()[0]), f, fixes);
		}
	}

	@FixesFor(RuleCode.DATE_FORM)
	static void dateForm(Finding f, List<Fix> fixes) {
		// only when the date could be read: otherwise the data is an example, not this report's date
		if (f.target() instanceof Metadatum m && f.data().length >= 1 && m.getText() != null
				&& WrittenDate.parse(m.getText()).date().isPresent()) {
			replaceText(m, PKG.getMetadatum_Text(), f.data()[0], IdeMessages.text("fix.date", f.data()[0]), f, fixes);
		}
	}

	@FixesFor(RuleCode.META_LABEL)
	static void metadataLabel(Finding f, List<Fix> fixes) {
		if (f.target() instanceof Metadatum m && f.data().length >= 1) {
			replaceText(m, PKG.getMetadatum_Label(), f.data()[0], IdeMessages.text("fix.label", f.data()[0]), f, fixes);
		}
	}

	@FixesFor(RuleCode.PUNCT_HALFWIDTH)
	static void halfWidthPunctuation(Finding f, List<Fix> fixes) {
		List<Replacement> edits = new ArrayList<>();
		if (f.target() instanceof RichText text) {
			for (EObject segment : text.getSegments()) {
				if (segment instanceof TextChunk chunk && chunk.getValue() != null) {
					edits.addAll(fullWidthPunctuation(chunk));
				}
			}
		}
		if (!edits.isEmpty()) {
			fixes.add(new Fix(IdeMessages.text("fix.punct", edits.size()), f.code().code(), edits));
		}
	}

	@FixesFor(RuleCode.PUNCT_DIGITS)
	static void punctuationBetweenDigits(Finding f, List<Fix> fixes) {
		if (f.data().length >= 1) {
			fixes.add(new Fix(IdeMessages.text("fix.digits", f.data()[0]), f.code().code(),
					List.of(new Replacement(f.issue().getOffset(), f.issue().getLength(), f.data()[0]))));
		}
	}

	@FixesFor(RuleCode.PERCENT_MIXED)
	static void mixedPercentSigns(Finding f, List<Fix> fixes) {
		if (f.root() instanceof Report report && f.data().length >= 1) {
			percentSigns(report, f.data()[0]).ifPresent(fixes::add);
		}
	}

	@FixesFor(RuleCode.TITLE_MISSING)
	static void titleMissing(Finding f, List<Fix> fixes) {
		if (f.root() instanceof Report report && f.data().length >= 2) {
			int offset = templateLineEnd(report);
			if (offset >= 0) {
				String line = "\n" + MetadataKey.TITLE.getLiteral() + " \"" + TextEscapes.escape(f.data()[1]) + "\"";
				fixes.add(new Fix(IdeMessages.text("fix.title", f.data()[1]), f.code().code(),
						List.of(new Replacement(offset, 0, line))));
			}
		}
	}

	@FixesFor(RuleCode.HEADING_YEAR)
	static void headingYear(Finding f, List<Fix> fixes) {
		if (f.data().length >= 2) {
			String source = f.source();
			if (source.contains(f.data()[0])) {
				fixes.add(new Fix(IdeMessages.text("fix.headingYear", f.data()[1]), f.code().code(), List.of(
						new Replacement(f.issue().getOffset(), f.issue().getLength(), source.replace(f.data()[0], f.data()[1])))));
			}
		}
	}

	@FixesFor(RuleCode.META_REQUIRED)
	static void requiredMetadata(Finding f, List<Fix> fixes) {
		if (f.root() instanceof Report report && f.data().length >= 1) {
			fixes.addAll(requiredMetadata(report, f.data()[0], LocalDate.now()));
		}
	}

	@FixesFor(RuleCode.TEXT_INVISIBLE)
	static void invisibleCharacters(Finding f, List<Fix> fixes) {
		if (f.target() instanceof RichText text) {
			List<Replacement> edits = new ArrayList<>();
			for (EObject segment : text.getSegments()) {
				if (segment instanceof TextChunk chunk) {
					for (InvisibleCharacters.Found found : InvisibleCharacters.in(chunk.getValue())) {
						int start = Prose.sourceOffset(chunk, found.offset());
						int end = Prose.sourceOffset(chunk, found.offset() + found.length() - 1) + 1;
						edits.add(new Replacement(start, end - start, ""));
					}
				}
			}
			if (!edits.isEmpty()) {
				fixes.add(new Fix(IdeMessages.text("fix.invisible", edits.size()), f.code().code(), edits));
			}
		} else if (f.target() instanceof Metadatum m && m.getText() != null) {
			int count = InvisibleCharacters.in(m.getText()).size();
			replaceText(m, PKG.getMetadatum_Text(), InvisibleCharacters.strip(m.getText()), IdeMessages.text("fix.invisible", count), f,
					fixes);
		}
	}

	@FixesFor(RuleCode.RECIPIENT_COLON)
	static void recipientColon(Finding f, List<Fix> fixes) {
		if (f.issue().getLength() == 1) {
			fixes.add(new Fix(IdeMessages.text("fix.recipientColon"), f.code().code(),
					List.of(new Replacement(f.issue().getOffset(), 1, ""))));
		}
	}

	@FixesFor(RuleCode.CITE_TITLE)
	static void citedTitle(Finding f, List<Fix> fixes) {
		replaceFound(f, "fix.citedTitle", fixes);
	}

	@FixesFor(RuleCode.CITE_DOCNO_FORM)
	static void citedDocumentNumber(Finding f, List<Fix> fixes) {
		replaceFound(f, "fix.citedDocno", fixes);
	}

	@FixesFor(RuleCode.TERM)
	static void term(Finding f, List<Fix> fixes) {
		replaceFound(f, "fix.term", fixes);
	}

	/** Replaces the text the finding marks inside a quoted text with its data, escaped for the quotes. */
	private static void replaceFound(Finding f, String titleKey, List<Fix> fixes) {
		if (f.data().length >= 1 && !f.data()[0].isEmpty() && f.issue().getLength() > 0) {
			fixes.add(new Fix(IdeMessages.text(titleKey, f.data()[0]), f.code().code(), List.of(
					new Replacement(f.issue().getOffset(), f.issue().getLength(), TextEscapes.escape(f.data()[0])))));
		}
	}

	/** Applies replacements to a text (for tests and editors without their own edit model). */
	public static String apply(String text, List<Replacement> replacements) {
		List<Replacement> sorted = new ArrayList<>(replacements);
		sorted.sort(Comparator.comparingInt(Replacement::offset).reversed());
		StringBuilder out = new StringBuilder(text);
		for (Replacement r : sorted) {
			out.replace(r.offset(), r.offset() + r.length(), r.text());
		}
		return out.toString();
	}

	/**
	 * Every half-width mark of a chunk replaced, until the scanner finds none: replacing one mark can make its
	 * neighbour count as Chinese punctuation (a ")" before a "," that became "，").
	 */
	private static List<Replacement> fullWidthPunctuation(TextChunk chunk) {
		String value = chunk.getValue();
		TreeMap<Integer, PunctuationIssue> chosen = new TreeMap<>();
		for (int round = 0; round < 10; round++) {
			StringBuilder current = new StringBuilder();
			List<Integer> origin = new ArrayList<>(); // index in current → index in value (-1 inside a replacement)
			for (int i = 0; i < value.length();) {
				PunctuationIssue replaced = chosen.get(i);
				if (replaced != null) {
					for (int k = 0; k < replaced.replacement().length(); k++) {
						current.append(replaced.replacement().charAt(k));
						origin.add(k == 0 ? i : -1);
					}
					i += replaced.length();
				} else {
					current.append(value.charAt(i));
					origin.add(i);
					i++;
				}
			}
			boolean added = false;
			for (PunctuationIssue issue : PunctuationScanner.halfWidthInChineseText(current.toString())) {
				int at = origin.get(issue.offset());
				if (at >= 0 && !chosen.containsKey(at)) {
					chosen.put(at, new PunctuationIssue(at, issue.length(), issue.found(), issue.replacement()));
					added = true;
				}
			}
			if (!added) {
				break;
			}
		}
		List<Replacement> edits = new ArrayList<>();
		for (PunctuationIssue issue : chosen.values()) {
			int start = Prose.sourceOffset(chunk, issue.offset());
			int end = Prose.sourceOffset(chunk, issue.offset() + issue.length() - 1) + 1;
			edits.add(new Replacement(start, end - start, issue.replacement()));
		}
		return edits;
	}

	/** Inserts {@code 部分 name "heading"} before the first part that comes later in the template's order. */
	private static Optional<Fix> missingPart(Report report, String name, String heading) {
		Template template = report.getTemplate();
		if (template == null || template.eIsProxy()) {
			return Optional.empty();
		}
		List<TemplatePart> order = Templates.parts(template);
		int missingIndex = -1;
		for (int i = 0; i < order.size(); i++) {
			if (name.equals(order.get(i).getName())) {
				missingIndex = i;
			}
		}
		if (missingIndex < 0) {
			return Optional.empty();
		}
		String skeleton = "部分 " + name + " \"" + TextEscapes.escape(heading) + "\"";
		String title = IdeMessages.text("fix.part.missing", name, heading);
		for (Part part : report.getParts()) {
			TemplatePart fulfils = Fulfilments.fulfilledBy(part);
			if (fulfils != null && order.indexOf(fulfils) > missingIndex) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(part);
				return Optional.of(new Fix(title, RuleCode.PART_MISSING.code(),
						List.of(new Replacement(node.getOffset(), 0, skeleton + "\n\n"))));
			}
		}
		// after the last part, or after whatever comes before the parts; rules stay last
		EObject last = !report.getParts().isEmpty() ? report.getParts().get(report.getParts().size() - 1)
				: !report.getOpening().isEmpty() ? report.getOpening().get(report.getOpening().size() - 1)
				: !report.getMetadata().isEmpty() ? report.getMetadata().get(report.getMetadata().size() - 1)
				: null;
		int offset = last != null ? lineEnd(report, NodeModelUtils.findActualNodeFor(last).getEndOffset())
				: templateLineEnd(report);
		if (offset < 0) {
			return Optional.empty();
		}
		return Optional.of(new Fix(title, RuleCode.PART_MISSING.code(),
				List.of(new Replacement(offset, 0, "\n\n" + skeleton))));
	}

	/**
	 * A missing 报告年度, 层级, 发文机关 or 成文日期, added after the report's other metadata with a value taken from the
	 * report where it has one: the year from the title (or the year before the 成文日期), the issuer from the
	 * 署名 or the 发文机关标志, the date of today; for the level, one fix per level. No fix when the report gives no
	 * value to offer (an issuer cannot be guessed).
	 */
	static List<Fix> requiredMetadata(Report report, String keyLiteral, LocalDate today) {
		MetadataKey key = MetadataKey.get(keyLiteral);
		if (key == null) {
			return List.of();
		}
		int offset = metadataEnd(report);
		if (offset < 0) {
			return List.of();
		}
		Metadata meta = Metadata.of(report);
		List<String> values = new ArrayList<>();
		switch (key) {
			case YEAR -> {
				Matcher inTitle = YEAR_IN_TEXT.matcher(Optional.ofNullable(meta.text(MetadataKey.TITLE)).orElse(""));
				Optional<LocalDate> written = meta.writtenDate();
				values.add(inTitle.find() ? inTitle.group(1)
						: String.valueOf(written.map(LocalDate::getYear).orElse(today.getYear()) - 1));
			}
			case LEVEL -> {
				for (Level level : Level.VALUES) {
					values.add(level.getLiteral());
				}
			}
			case ISSUER -> {
				String signature = meta.text(MetadataKey.SIGNATURE);
				String mark = meta.text(MetadataKey.ISSUER_MARK);
				String issuer = signature != null && !signature.isBlank() ? signature.strip()
						: mark != null && !mark.isBlank() ? mark.strip().replaceFirst("文件$", "") : null;
				if (issuer != null && !issuer.isEmpty()) {
					values.add("\"" + TextEscapes.escape(issuer) + "\"");
				}
			}
			case DATE -> {
				// today, when the report is being written this year; else an example of the year it was written in
				String date = today.getYear() == Examples.writingYear(meta, today)
						? today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日"
						: Examples.date(meta, today);
				values.add("\"" + date + "\"");
			}
			default -> {
			}
		}
		List<Fix> fixes = new ArrayList<>();
		for (String value : values) {
			String line = key.getLiteral() + " " + value;
			fixes.add(new Fix(IdeMessages.text("fix.meta.required", line), RuleCode.META_REQUIRED.code(),
					List.of(new Replacement(offset, 0, "\n" + line))));
		}
		return fixes;
	}

	private static final Pattern YEAR_IN_TEXT = Pattern.compile("((?:19|20)\\d{2})年");

	/** Where a new metadata line goes: after the last metadatum, else after the template reference; -1 when neither. */
	private static int metadataEnd(Report report) {
		if (!report.getMetadata().isEmpty()) {
			return lineEnd(report,
					NodeModelUtils.findActualNodeFor(report.getMetadata().get(report.getMetadata().size() - 1)).getEndOffset());
		}
		return templateLineEnd(report);
	}

	/**
	 * The end of the line on which {@code offset} stands: a new line goes there, after whatever else that line holds
	 * (a comment, or in broken text the rest of an unclosed string), never into the middle of it. Found by the
	 * editor fuzzer.
	 */
	private static int lineEnd(Report report, int offset) {
		String text = NodeModelUtils.getNode(report).getRootNode().getText();
		int end = offset;
		while (end >= 0 && end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	/** Where the report's first line (报告 依据 模板) ends; -1 when the report names no template. */
	private static int templateLineEnd(Report report) {
		return NodeModelUtils.findNodesForFeature(report, PKG.getReport_Template()).stream().findFirst()
				.map(node -> lineEnd(report, node.getEndOffset())).orElse(-1);
	}

	/** Replaces every percent sign other than {@code wanted} in figures and prose. */
	private static Optional<Fix> percentSigns(Report report, String wanted) {
		String other = "%".equals(wanted) ? "％" : "%";
		List<Replacement> edits = new ArrayList<>();
		for (Figure figure : EcoreUtil2.getAllContentsOfType(report, Figure.class)) {
			for (INode node : NodeModelUtils.findNodesForFeature(figure, PKG.getFigure_Literal())) {
				String text = node.getText();
				for (int i = text.indexOf(other); i >= 0; i = text.indexOf(other, i + 1)) {
					edits.add(new Replacement(node.getOffset() + i, 1, wanted));
				}
			}
		}
		for (TextChunk chunk : EcoreUtil2.getAllContentsOfType(report, TextChunk.class)) {
			String value = chunk.getValue() == null ? "" : chunk.getValue();
			for (int i = value.indexOf(other); i >= 0; i = value.indexOf(other, i + 1)) {
				edits.add(new Replacement(Prose.sourceOffset(chunk, i), 1, wanted));
			}
		}
		return edits.isEmpty() ? Optional.empty()
				: Optional.of(new Fix(IdeMessages.text("fix.percent", wanted, edits.size()), RuleCode.PERCENT_MIXED.code(), edits));
	}

	/** Replaces the quoted text of a feature with {@code value}, quoted and escaped. */
	private static void replaceText(EObject owner, EStructuralFeature feature, String value, String title, Finding finding,
			List<Fix> fixes) {
		for (INode node : NodeModelUtils.findNodesForFeature(owner, feature)) {
			fixes.add(new Fix(title, finding.code().code(), List.of(new Replacement(node.getOffset(), node.getLength(),
					"\"" + TextEscapes.escape(value) + "\""))));
			return;
		}
	}
}
