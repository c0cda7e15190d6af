package org.lawreport.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.core.figures.Approximation;
import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.arithmetic.RuleArithmetic;

/**
 * Relations the prose states between figures, proposed as rules when the arithmetic holds and reported when it
 * does not:
 * <ul>
 * <li>"共受理{5534件}…其中满意{2106件}，不满意{449件}…": the parts after 其中 add up to the nearest earlier figure
 * of the same unit. Proposed as {@code 总数 = 甲 + 乙} when the sum equals the total at the total's precision;
 * reported when the parts add up to more than the total (fewer is allowed: 其中 may name only some).</li>
 * <li>"已办结{5279件}，办结比例{98.97%}": a percent after 率/比例/占比 is the ratio of two earlier counts of one unit.
 * When the count right before it is named with the same words (办结 … 办结比例), the ratio is taken with the
 * nearest larger count before that, and reported when it does not hold. Otherwise, among the counts of the
 * sentence, a single pair whose ratio gives the percent is proposed. A ratio of rounded counts (71.33万件) is
 * proposed with ≈ and a tolerance of one unit of the percent's last digit.</li>
 * </ul>
 */
final class Relations {

	private static final MathContext MC = MathContext.DECIMAL64;
	private static final String SENTENCE_END = "。；;！？!?";
	private static final Pattern RATIO = Pattern.compile("(率|比例|占比|比重|比率)(达到|达|为|是|约|超过|超|仅为|仅|保持|達到|達|為|約|超過|僅為|僅|保持)?$");
	private static final Pattern LEADING = Pattern.compile("^(其中|共计|共有|总共|累计|合计|共|全年|全市|全区|全县|今年|目前|截至目前|实现|完成|办理|达到)+");
	private static final Pattern TRAILING = Pattern.compile("(达到|达|为|是|共计|共|约|近|超过|超|累计|了|仅为|仅|有|计|保持|均为|均|總共|達|為|約)+$");

	/** What was found: rules to write, and relations that do not hold. */
	record Found(List<Draft.Rule> rules, List<ImportNote> notes, List<String> comments) {
	}

	/** The language's keywords (from its grammar): a figure name must not be one. */
	private final Set<String> keywords;
	private final Set<String> names = new HashSet<>();
	private final Set<String> ruleNames = new HashSet<>();
	private final List<Draft.Rule> rules = new ArrayList<>();
	private final List<ImportNote> notes = new ArrayList<>();
	private final List<String> comments = new ArrayList<>();
	/** Ratios that hold only when the computed value is truncated: rules if the report truncates elsewhere too. */
	private final List<Pending> truncatedOnly = new ArrayList<>();
	/** Ratios that hold rounded half up but not truncated: the report rounds, so it does not truncate. */
	private int roundedUp;

	private record Pending(Draft.Figure percent, Draft.Figure part, Draft.Figure whole) {
	}

	private Relations(Set<String> keywords) {
		this.keywords = keywords;
	}

	static Found find(Draft.Report report, Set<String> keywords) {
		Relations relations = new Relations(keywords);
		for (Draft.Text text : report.texts()) {
			relations.inText(text);
		}
		relations.decideTruncated();
		return new Found(relations.rules, relations.notes, relations.comments);
	}

	private void inText(Draft.Text text) {
		List<Draft.Figure> all = text.figures();
		if (all.size() < 2) {
			return;
		}
		// sentence number of each figure, and whether 其中 stands right before it in the same sentence
		List<Integer> sentenceOf = new ArrayList<>();
		List<Integer> qizhongBefore = new ArrayList<>(); // index of the first figure after each 其中
		int sentence = 0;
		int figureIndex = 0;
		for (Object segment : text.segments()) {
			if (segment instanceof Draft.Figure) {
				sentenceOf.add(sentence);
				figureIndex++;
			} else {
				String s = (String) segment;
				int qi = s.indexOf("其中");
				for (int i = 0; i < s.length(); i++) {
					if (SENTENCE_END.indexOf(s.charAt(i)) >= 0) {
						sentence++;
					}
					if (i == qi && figureIndex < all.size()) {
						qizhongBefore.add(figureIndex);
					}
				}
			}
		}
		for (int first : qizhongBefore) {
			ofWhich(all, sentenceOf, first);
		}
		for (int p = 0; p < all.size(); p++) {
			Draft.Figure percent = all.get(p);
			if (percent.quantity().kind() == QuantityKind.PERCENT && !percent.growth() && exact(percent)
					&& !percent.quantity().unit().equals("‰") && !percent.quantity().unit().endsWith("百分点")) {
				Matcher m = RATIO.matcher(strip(percent.before()));
				if (m.find()) {
					ratio(all, sentenceOf, p, key(strip(percent.before()), m.start()));
				}
			}
		}
	}

	/** 其中: the parts from {@code first} on, and the total before them in the same sentence. */
	private void ofWhich(List<Draft.Figure> all, List<Integer> sentenceOf, int first) {
		Draft.Figure head = all.get(first);
		if (!additive(head)) {
			return;
		}
		List<Draft.Figure> parts = new ArrayList<>();
		for (int i = first; i < all.size() && sentenceOf.get(i).equals(sentenceOf.get(first)); i++) {
			Draft.Figure f = all.get(i);
			if (!sameUnit(f, head) || !additive(f)) {
				break;
			}
			parts.add(f);
		}
		if (parts.size() < 2) {
			return;
		}
		Draft.Figure total = null;
		for (int i = first - 1; i >= 0 && sentenceOf.get(i).equals(sentenceOf.get(first)); i--) {
			if (sameUnit(all.get(i), head) && additive(all.get(i))) {
				total = all.get(i);
				break;
			}
		}
		if (total == null) {
			return;
		}
		BigDecimal sum = BigDecimal.ZERO;
		for (Draft.Figure f : parts) {
			sum = sum.add(f.quantity().value(), MC);
		}
		boolean holds = RuleArithmetic.compareAtPrecision(total.quantity(), sum, RoundingMode.HALF_UP).holds();
		String shownParts = String.join(" + ", parts.stream().map(Draft.Figure::literal).toList());
		if (holds) {
			String totalName = name(total);
			StringBuilder expression = new StringBuilder(totalName).append(" = ");
			for (int i = 0; i < parts.size(); i++) {
				expression.append(i == 0 ? "" : " + ").append(name(parts.get(i)));
			}
			String ruleName = ruleName(totalName + "合计");
			rules.add(new Draft.Rule(ruleName, expression.toString(), total.line()));
			notes.add(ImportNote.info(total.line(), ImportNote.Category.GUESSED, "IMP-RULE",
					ImporterTexts.text("relation.sumRule", shownParts, total.literal(), ruleName)));
		} else if (sum.compareTo(total.quantity().value()) > 0) {
			defect(total.line(), ImporterTexts.text("relation.sumTooLarge", shownParts, show(total, sum), total.literal()));
		} else {
			// fewer is allowed (其中 may name only some), but not by a hair: within 1% of the total it is a slip
			BigDecimal missing = total.quantity().value().subtract(sum, MC);
			if (missing.compareTo(total.quantity().value().multiply(NEAR_SUM, MC)) <= 0) {
				defect(total.line(), ImporterTexts.text("relation.sumNearMiss", shownParts, show(total, sum), total.literal(),
						show(total, missing)));
			}
		}
	}

	/** 率/比例: the percent at index {@code p}, {@code key} the words naming what it measures. */
	private void ratio(List<Draft.Figure> all, List<Integer> sentenceOf, int p, String key) {
		Draft.Figure percent = all.get(p);
		if (p >= 1 && !key.isEmpty()) {
			Draft.Figure part = all.get(p - 1);
			if (additive(part) && sentenceOf.get(p - 1).equals(sentenceOf.get(p))
					&& (strip(part.before()) + strip(part.after())).contains(key)) {
				Draft.Figure whole = null;
				for (int i = p - 2; i >= 0; i--) {
					Draft.Figure f = all.get(i);
					if (sameUnit(f, part) && additive(f) && f.quantity().value().compareTo(part.quantity().value()) >= 0) {
						whole = f;
						break;
					}
				}
				if (whole != null) {
					Verdict v = verdict(percent, part, whole);
					if (v == Verdict.EXACT || v == Verdict.APPROXIMATE) {
						propose(percent, part, whole, v);
					} else if (v == Verdict.TRUNCATED) {
						truncatedOnly.add(new Pending(percent, part, whole));
					} else {
						defect(percent.line(), ImporterTexts.text("relation.ratioMismatch", percent.literal(), part.literal(),
								whole.literal(), computedShown(percent, part, whole)));
					}
					return;
				}
			}
		}
		List<Draft.Figure[]> holding = new ArrayList<>();
		List<Verdict> verdicts = new ArrayList<>();
		for (int a = 0; a < p; a++) {
			for (int t = 0; t < p; t++) {
				Draft.Figure part = all.get(a);
				Draft.Figure whole = all.get(t);
				if (a == t || !sentenceOf.get(a).equals(sentenceOf.get(p)) || !sentenceOf.get(t).equals(sentenceOf.get(p))
						|| !additive(part) || !sameUnit(part, whole) || !additive(whole)
						|| part.quantity().value().compareTo(whole.quantity().value()) >= 0) {
					continue;
				}
				Verdict v = verdict(percent, part, whole);
				if (v != Verdict.NO) {
					holding.add(new Draft.Figure[] { part, whole });
					verdicts.add(v);
				}
			}
		}
		// a pair that holds decides; failing that, a single pair that holds only truncated, or is off by a little
		for (Verdict kind : List.of(Verdict.EXACT, Verdict.TRUNCATED, Verdict.NEAR)) {
			List<Integer> of = new ArrayList<>();
			for (int i = 0; i < verdicts.size(); i++) {
				if (verdicts.get(i) == kind || kind == Verdict.EXACT && verdicts.get(i) == Verdict.APPROXIMATE) {
					of.add(i);
				}
			}
			if (of.size() > 1) {
				return; // ambiguous: propose nothing
			}
			if (of.size() == 1) {
				Draft.Figure[] pair = holding.get(of.get(0));
				switch (verdicts.get(of.get(0))) {
					case EXACT, APPROXIMATE -> propose(percent, pair[0], pair[1], verdicts.get(of.get(0)));
					case TRUNCATED -> truncatedOnly.add(new Pending(percent, pair[0], pair[1]));
					default -> defect(percent.line(), ImporterTexts.text("relation.ratioNearMiss", percent.literal(),
							pair[0].literal(), pair[1].literal(), computedShown(percent, pair[0], pair[1])));
				}
				return;
			}
		}
	}

	/**
	 * The ratios that hold only truncated: rules with 截断 when the report truncates in more than one place and never
	 * rounds up; otherwise each is a near miss, reported with both numbers.
	 */
	private void decideTruncated() {
		boolean truncates = truncatedOnly.size() >= 2 && roundedUp == 0;
		for (Pending p : truncatedOnly) {
			if (truncates) {
				propose(p.percent(), p.part(), p.whole(), Verdict.TRUNCATED);
			} else {
				defect(p.percent().line(), ImporterTexts.text("relation.ratioTruncated", p.percent().literal(), p.part().literal(),
						p.whole().literal(), computedShown(p.percent(), p.part(), p.whole())));
			}
		}
	}

	/** The ratio computed at the percent's written precision, rounded half up (6件 / 9件 → 67%). */
	private static String computedShown(Draft.Figure percent, Draft.Figure part, Draft.Figure whole) {
		BigDecimal computed = part.quantity().value().divide(whole.quantity().value(), MC);
		return RuleArithmetic.compareAtPrecision(percent.quantity(), computed, RoundingMode.HALF_UP).computedShown();
	}

	/** A relation the prose states that does not hold: a warning of the import, and a comment in the source. */
	private void defect(int line, String message) {
		notes.add(ImportNote.warning(line, ImportNote.Category.DEFECT, "IMP-RELATION", message));
		comments.add(ImporterTexts.text("relation.comment", line, message));
	}

	private enum Verdict {
		/** Holds at the written precision, rounded half up. */
		EXACT,
		/** Holds within one unit of the last digit, the counts being rounded themselves. */
		APPROXIMATE,
		/** Holds only when the computed value is truncated (6/9 = 66.67% written 66%). */
		TRUNCATED,
		/** Off by less than half a percentage point: a slip, when it is the only pair. */
		NEAR,
		NO
	}

	/** How close a ratio must be to be a near miss (half a percentage point), and a sum (1% of the total). */
	private static final BigDecimal NEAR_RATIO = new BigDecimal("0.005");
	private static final BigDecimal NEAR_SUM = new BigDecimal("0.01");

	private static Verdict verdict(Draft.Figure percent, Draft.Figure part, Draft.Figure whole) {
		if (whole.quantity().value().signum() == 0) {
			return Verdict.NO;
		}
		BigDecimal computed = part.quantity().value().divide(whole.quantity().value(), MC);
		if (RuleArithmetic.compareAtPrecision(percent.quantity(), computed, RoundingMode.HALF_UP).holds()) {
			return Verdict.EXACT;
		}
		if (rounded(part) || rounded(whole)) {
			if (RuleArithmetic.approxEquals(percent.quantity(), computed, tolerance(percent.quantity())).holds()) {
				return Verdict.APPROXIMATE;
			}
		}
		if (RuleArithmetic.compareAtPrecision(percent.quantity(), computed, RoundingMode.DOWN).holds()) {
			return Verdict.TRUNCATED;
		}
		if (percent.quantity().value().subtract(computed, MC).abs().compareTo(NEAR_RATIO) < 0) {
			return Verdict.NEAR;
		}
		return Verdict.NO;
	}

	private void propose(Draft.Figure percent, Draft.Figure part, Draft.Figure whole, Verdict verdict) {
		if (verdict == Verdict.EXACT && !RuleArithmetic.compareAtPrecision(percent.quantity(),
				part.quantity().value().divide(whole.quantity().value(), MC), RoundingMode.DOWN).holds()) {
			roundedUp++;
		}
		String percentName = name(percent);
		boolean equal = verdict == Verdict.EXACT || verdict == Verdict.TRUNCATED;
		String expression = percentName + (equal ? " = " : " ≈ ") + name(part) + " / " + name(whole)
				+ (verdict == Verdict.APPROXIMATE ? " 允差 " + toleranceLiteral(percent.quantity()) : "")
				+ (verdict == Verdict.TRUNCATED ? " 截断" : "");
		String ruleName = ruleName(percentName);
		rules.add(new Draft.Rule(ruleName, expression, percent.line()));
		notes.add(ImportNote.info(percent.line(), ImportNote.Category.GUESSED, "IMP-RULE",
				ImporterTexts.text("relation.ratioRule", percent.literal(), part.literal(), whole.literal(),
						switch (verdict) {
							case APPROXIMATE -> ImporterTexts.text("relation.ratioApproximate", toleranceLiteral(percent.quantity()));
							case TRUNCATED -> ImporterTexts.text("relation.ratioTruncatedRule");
							default -> "";
						},
						ruleName)));
	}

	/** One unit of the percent's last written digit, in base units (96.77% → 0.0001). */
	private static BigDecimal tolerance(Quantity percent) {
		return BigDecimal.ONE.movePointLeft(percent.decimals() + 2);
	}

	private static String toleranceLiteral(Quantity percent) {
		return BigDecimal.ONE.movePointLeft(percent.decimals()).toPlainString() + percent.unit();
	}

	private static boolean rounded(Draft.Figure f) {
		return f.quantity().decimals() > 0 || f.quantity().scale().compareTo(BigDecimal.ONE) != 0;
	}

	private static boolean additive(Draft.Figure f) {
		QuantityKind kind = f.quantity().kind();
		return (kind == QuantityKind.COUNT || kind == QuantityKind.MONEY || kind == QuantityKind.PLAIN) && exact(f)
				&& !f.average() && !f.afterOrdinal();
	}

	private static boolean exact(Draft.Figure f) {
		return f.quantity().approximation() == Approximation.EXACT && !f.quantity().isRange();
	}

	private static boolean sameUnit(Draft.Figure a, Draft.Figure b) {
		return a.quantity().kind() == b.quantity().kind() && a.quantity().unit().equals(b.quantity().unit());
	}

	private static String show(Draft.Figure like, BigDecimal base) {
		Quantity q = like.quantity();
		return q.toDisplay(base).stripTrailingZeros().toPlainString() + q.scaleWord() + q.unit();
	}

	/** The words before a ratio word, up to four characters: "全程网办比例" → "全程网办", "办结比例" → "办结". */
	private static String key(String before, int ratioAt) {
		String words = before.substring(0, ratioAt);
		return words.length() <= 4 ? words : words.substring(words.length() - 4);
	}

	private static String strip(String s) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isNameChar(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The figure's name, derived from the words before (or after) it; unique in the report. */
	private String name(Draft.Figure f) {
		if (f.name() != null) {
			return f.name();
		}
		String base = TRAILING.matcher(LEADING.matcher(strip(f.before())).replaceFirst("")).replaceFirst("");
		if (base.isEmpty()) {
			base = TRAILING.matcher(strip(f.after())).replaceFirst("");
		}
		if (base.length() > 8) {
			base = base.substring(base.length() - 8);
		}
		// a name starts with a letter or a character: shortening may have left digits in front (found by a fuzzer)
		while (!base.isEmpty() && Character.isDigit(base.charAt(0))) {
			base = base.substring(1);
		}
		if (base.isEmpty() || keywords.contains(base)) {
			base = "指标" + base;
		}
		String name = base;
		for (int i = 2; !names.add(name); i++) {
			name = base + i;
		}
		f.setName(name);
		return name;
	}

	private String ruleName(String base) {
		String name = base;
		for (int i = 2; !ruleNames.add(name); i++) {
			name = base + i;
		}
		return name;
	}

	/** A character a LawReport name may contain (after its first character). */
	static boolean isNameChar(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9' || c == '\u3007'
				|| c >= '\u3400' && c <= '\u4dbf' || c >= '\u4e00' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
	}
}
