package org.lawreport.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.lawreport.core.figures.Quantity;
import org.lawreport.core.figures.QuantityConstraints;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;

/**
 * Finds the figures in a piece of prose and types them, the way {@link QuantityParser} reads them: a number with a
 * unit or measure word of the template (12次, 1200余件, 71.33万件, 96.77%, 2010万元, 60个工作日, 2-3个), a date
 * (12月31日, 9-10月, 2024年1月, the 11日 of "9月5日至11日"), a number after 第 (第2位, 第1), and an approximate
 * number (2000多).
 *
 * <p>Left as prose: a year on its own (2024年, 2022年度), numbers inside 《》 titles, 〔〕 document numbers and short
 * quotations (“18字”要求, “1+3”模式), numbers glued to Latin letters or other numbers (7x24, ICP备…, 1,000),
 * Chinese numerals, and a measure word that starts a longer word (3部门).
 *
 * <p>A percent after a word of change (增长, 下降, 增速 …) is marked 增幅; a fractional count after 平均/人均/均 is
 * marked 平均, so that the validator's range checks read them right.
 */
public final class FigureScanner {

	private static final String RANGE = "-～~—－";
	private static final String APPROXIMATE = "余多";
	private static final String SCALE = "万亿萬億";
	private static final String BOUNDARY = "，,。；;：:、！？!?（）()“”\"《》";
	private static final Set<String> WORD_STARTS = Set.of("部门", "期间", "场所", "台账", "本地", "本级", "处理", "处置",
			"名单", "所有", "所以", "条例", "条件", "类型", "人员", "家庭", "户籍", "份额", "位置", "座谈", "间隔", "种类", "起草",
			"支持", "支撑", "单位", "项目", "批次", "篇章", "轮流", "宗旨", "本部", "部署", "部分", "次要", "名义", "位于", "张贴",
			"份子", "期限", "台阶", "套路", "條例", "條件", "類型", "處理", "處置", "場所", "臺賬", "項目", "部門", "單位");
	private static final Pattern GROWTH_NOUN = Pattern.compile(".*(增速|增幅|增长率|降幅|减幅|涨幅|增長率|增長幅度|增长幅度).*");
	private static final Pattern GROWTH_VERB = Pattern.compile(
			".*(增长|下降|降低|减少|提升|提高|上升|增加|增長|下降|降低|減少|提升|提高|上升|增加)(了)?(约|近|超过|超|約|超過)?$");
	private static final Pattern AVERAGE = Pattern.compile(".*(平均|人均|户均|戶均|均).*");

	private static final FigureScanner STANDARD = new FigureScanner(TemplateFacts.standard().units());

	private final UnitCatalog catalog;
	private final List<String> units;

	public FigureScanner(UnitCatalog catalog) {
		this.catalog = catalog;
		this.units = catalog.asMap().keySet().stream()
				.filter(u -> !u.equals("日"))
				.sorted(Comparator.comparingInt(String::length).reversed())
				.toList();
	}

	/** A scanner with the standard template's units (simplified and traditional). */
	public static FigureScanner standard() {
		return STANDARD;
	}

	/** The prose with its figures typed. */
	public Draft.Text scan(String text, int line) {
		boolean[] shielded = shielded(text);
		List<Object> segments = new ArrayList<>();
		int last = 0;
		int lastFigureEnd = -1;
		boolean lastWasDate = false;
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (!isDigit(text.charAt(i)) || shielded[i] || !startsFigure(text, i)) {
				continue;
			}
			boolean afterOrdinal = i > 0 && (text.charAt(i - 1) == '第');
			boolean dayAllowed = lastWasDate && i - lastFigureEnd <= 1;
			Candidate c = match(text, i, afterOrdinal, dayAllowed);
			if (c == null || crosses(shielded, i, c.end)) {
				continue;
			}
			if (i > last) {
				segments.add(text.substring(last, i));
			}
			String before = clauseBefore(text, i, Math.max(lastFigureEnd, 0));
			String after = wordsAfter(text, c.end);
			Draft.Figure figure = new Draft.Figure(c.literal, c.quantity, afterOrdinal, before, after, line);
			mark(figure, before);
			segments.add(figure);
			last = c.end;
			lastFigureEnd = c.end;
			lastWasDate = c.quantity.kind() == QuantityKind.DATE;
			i = c.end - 1;
		}
		if (last < n || segments.isEmpty()) {
			segments.add(text.substring(last));
		}
		return new Draft.Text(line, segments);
	}

	private record Candidate(int end, String literal, Quantity quantity) {
	}

	private Candidate match(String text, int start, boolean afterOrdinal, boolean dayAllowed) {
		int n = text.length();
		Num first = number(text, start);
		if (first == null) {
			return null;
		}
		int q = first.end;
		char next = q < n ? text.charAt(q) : 0;
		if (!afterOrdinal) {
			if (next == '年' && first.integer && first.digits == 4) {
				Num month = number(text, q + 1);
				if (month == null || !month.integer || month.end >= n || text.charAt(month.end) != '月') {
					return null; // a year on its own stays prose
				}
				return date(text, start, month.end + 1);
			}
			if (next == '月' && first.integer && first.digits <= 2) {
				return date(text, start, q + 1);
			}
			if (next == '日' && first.integer && first.digits <= 2) {
				return dayAllowed ? parse(text, start, q + 1, false) : null;
			}
		}
		if (q < n && RANGE.indexOf(next) >= 0 && !afterOrdinal) {
			Num second = number(text, q + 1);
			if (second == null) {
				return null;
			}
			q = second.end;
			if (q < n && text.charAt(q) == '月' && first.integer && second.integer) {
				return parse(text, start, q + 1, false);
			}
		}
		int j = q;
		boolean approximate = false;
		if (j < n && APPROXIMATE.indexOf(text.charAt(j)) >= 0) {
			approximate = true;
			j++;
		}
		boolean scaled = false;
		if (j < n && SCALE.indexOf(text.charAt(j)) >= 0) {
			scaled = true;
			j++;
		}
		if (!approximate && j < n && APPROXIMATE.indexOf(text.charAt(j)) >= 0) {
			approximate = true;
			j++;
		}
		String unit = unitAt(text, j, first);
		int end;
		if (unit != null) {
			end = j + unit.length();
			if (startsWord(text, end - 1)) {
				return null;
			}
		} else if (afterOrdinal) {
			end = first.end;
		} else if (approximate || scaled) {
			if (scaled && !approximate) {
				return null; // "3万" without a unit: too vague to type
			}
			end = j;
		} else {
			return null;
		}
		return parse(text, start, end, afterOrdinal);
	}

	/** A date from {@code start}: the month (or year and month) read; an optional day follows. */
	private Candidate date(String text, int start, int afterMonth) {
		Num day = number(text, afterMonth);
		int end = afterMonth;
		if (day != null && day.integer && day.digits <= 2 && day.end < text.length() && text.charAt(day.end) == '日') {
			end = day.end + 1;
		}
		return parse(text, start, end, false);
	}

	private Candidate parse(String text, int start, int end, boolean afterOrdinal) {
		String literal = text.substring(start, end);
		QuantityParse parse = QuantityParser.parse(literal, catalog, afterOrdinal);
		return parse.quantity().map(q -> new Candidate(end, literal, q)).orElse(null);
	}

	private String unitAt(String text, int at, Num number) {
		for (String unit : units) {
			if (text.startsWith(unit, at)) {
				if (unit.equals("年") && number.digits >= 4) {
					continue;
				}
				return unit;
			}
		}
		return null;
	}

	/** Whether the measure word ending at {@code last} starts a longer word with the next character (3部门). */
	private static boolean startsWord(String text, int last) {
		return last + 1 < text.length() && WORD_STARTS.contains(text.substring(last, last + 2));
	}

	private static void mark(Draft.Figure figure, String before) {
		Quantity q = figure.quantity();
		if (q.kind() == QuantityKind.PERCENT && (GROWTH_NOUN.matcher(before).matches() || GROWTH_VERB.matcher(before).matches())) {
			figure.setGrowth(true);
		}
		if (q.kind() == QuantityKind.COUNT && AVERAGE.matcher(before).matches()
				&& !QuantityConstraints.check(q, false, false).isEmpty()) {
			figure.setAverage(true);
		}
	}

	/** The words of the clause before position {@code i}: back to a mark or the previous figure. */
	private static String clauseBefore(String text, int i, int floor) {
		int s = i;
		while (s > floor && BOUNDARY.indexOf(text.charAt(s - 1)) < 0) {
			s--;
		}
		return text.substring(s, i);
	}

	private static String wordsAfter(String text, int end) {
		int e = end;
		while (e < text.length() && e - end < 12 && BOUNDARY.indexOf(text.charAt(e)) < 0 && !isDigit(text.charAt(e))) {
			e++;
		}
		return text.substring(end, e);
	}

	/** Whether a number may start at {@code i}: not glued to Latin letters, other numbers or a bracket. */
	private static boolean startsFigure(String text, int i) {
		if (i == 0) {
			return true;
		}
		char p = text.charAt(i - 1);
		if (isDigit(p) || (p >= 'a' && p <= 'z') || (p >= 'A' && p <= 'Z') || ".．_+-－/#[【〔×*%％&=@~～—".indexOf(p) >= 0) {
			return false;
		}
		if ((p == ',' || p == '，') && i >= 2 && isDigit(text.charAt(i - 2))) {
			return false; // 1,000
		}
		return true;
	}

	/** Digits with an optional decimal part; null when it has leading zeros ("05"). */
	private static Num number(String text, int at) {
		int n = text.length();
		int i = at;
		while (i < n && isDigit(text.charAt(i))) {
			i++;
		}
		int digits = i - at;
		if (digits == 0 || digits > 12 || (digits > 1 && text.charAt(at) == '0')) {
			return null;
		}
		boolean integer = true;
		if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
			i++;
			while (i < n && isDigit(text.charAt(i))) {
				i++;
			}
			integer = false;
		}
		if (i < n && (isDigit(text.charAt(i)) || text.charAt(i) == '.' && i + 1 < n && isDigit(text.charAt(i + 1)))) {
			return null;
		}
		return new Num(i, digits, integer);
	}

	private record Num(int end, int digits, boolean integer) {
	}

	/** Characters inside 《》〈〉, 〔〕【】 and short quotations “…” ‘…’ 「…」. */
	private static boolean[] shielded(String text) {
		int n = text.length();
		boolean[] shielded = new boolean[n];
		int depth = 0;
		for (int i = 0; i < n; i++) {
			char c = text.charAt(i);
			if (c == '《' || c == '〈') {
				depth++;
			} else if ((c == '》' || c == '〉') && depth > 0) {
				depth--;
			}
			if (depth > 0) {
				shielded[i] = true;
			}
		}
		shield(text, shielded, '〔', '〕', 12);
		shield(text, shielded, '【', '】', 12);
		shield(text, shielded, '“', '”', 30);
		shield(text, shielded, '‘', '’', 30);
		shield(text, shielded, '「', '」', 30);
		shield(text, shielded, '"', '"', 30);
		return shielded;
	}

	private static void shield(String text, boolean[] shielded, char open, char close, int maxLength) {
		int n = text.length();
		for (int i = 0; i < n; i++) {
			if (text.charAt(i) != open) {
				continue;
			}
			int j = text.indexOf(close, i + 1);
			if (j > i && j - i - 1 <= maxLength) {
				for (int k = i; k <= j; k++) {
					shielded[k] = true;
				}
				i = j;
			}
		}
	}

	private static boolean crosses(boolean[] shielded, int from, int to) {
		for (int i = from; i < to; i++) {
			if (shielded[i]) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}
}
