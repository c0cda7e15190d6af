package org.lawreport.importer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Tells which template part a heading is about, by meaning rather than by exact wording: "2020年工作情况" and
 * "主要举措及成效" are 举措成效, "存在的不足" and "問題和短板" 不足原因, "下一步工作打算" 下年安排. Traditional
 * characters are converted to simplified (OpenCC) first. A heading naming two parts ("工作不足及2021年工作主要安排")
 * is reported with both, in the order it names them. The words come from the template's 别称 and from a list of the
 * phrasings reports use.
 */
public final class PartClassifier {

	public static final String MEASURES = "举措成效";
	public static final String SHORTCOMINGS = "不足原因";
	public static final String RESPONSIBLE = "第一责任人";
	public static final String NEXT_YEAR = "下年安排";
	public static final String OTHER = "其他";

	/**
	 * What a heading is about.
	 *
	 * @param part      the template part it names first
	 * @param secondary a second part it also names (a merged heading), or null
	 * @param evidence  the words that decided it
	 * @param certain   whether those words say it plainly (a template's 别称, or a phrase of three characters or more);
	 *                  a short common word such as 问题 or 计划 is a weaker guess
	 */
	public record Meaning(String part, String secondary, String evidence, boolean certain) {
	}

	/** The words a heading of work done starts with: 加强…, 深化…, 坚持… (a section of the measures part). */
	private static final List<String> WORK_VERBS = List.of("加强", "深化", "坚持", "推进", "推动", "强化", "健全", "完善", "提升",
			"规范", "严格", "持续", "全面", "优化", "落实", "创新", "夯实", "聚焦", "着力", "狠抓", "扎实", "切实", "不断", "积极",
			"大力", "依法", "深入", "统筹", "筑牢", "抓实", "做好", "加快", "构建", "建立", "打造", "提高", "注重", "突出", "用心",
			"服务", "践行", "贯彻", "围绕", "发挥", "多措并举", "高位", "全力", "精准");

	private static final Map<String, List<String>> WORDS = new LinkedHashMap<>();

	static {
		WORDS.put(RESPONSIBLE, new ArrayList<>(List.of("第一责任人", "主要负责人", "负责人履行", "履行推进法治建设")));
		WORDS.put(SHORTCOMINGS, new ArrayList<>(List.of("不足", "问题", "短板", "差距", "困难", "薄弱", "原因", "不够")));
		WORDS.put(NEXT_YEAR, new ArrayList<>(List.of("安排", "打算", "计划", "思路", "下一步", "下步", "展望", "工作重点",
				"努力方向", "目标任务", "工作设想", "工作要点", "明年", "今后")));
		WORDS.put(MEASURES, new ArrayList<>(List.of("举措", "成效", "工作情况", "主要工作", "做法", "成绩", "进展", "开展情况",
				"完成情况", "落实情况", "建设情况", "工作开展", "工作总结", "取得", "成果", "主要措施", "措施")));
		WORDS.put(OTHER, new ArrayList<>(List.of("其他")));
		for (TemplateFacts.PartFacts part : TemplateFacts.standard().parts()) {
			List<String> words = WORDS.computeIfAbsent(part.name(), k -> new ArrayList<>());
			for (String alias : part.aliases()) {
				if (!words.contains(alias)) {
					words.add(alias);
				}
			}
		}
	}

	private PartClassifier() {
	}

	/** The part a top-level heading is about, if its words say so. */
	public static Optional<Meaning> classify(String heading) {
		String text = simplified(heading);
		Match responsible = first(text, RESPONSIBLE);
		if (responsible != null) {
			return Optional.of(new Meaning(RESPONSIBLE, null, responsible.word, true));
		}
		List<Match> matches = new ArrayList<>();
		for (String part : WORDS.keySet()) {
			if (part.equals(RESPONSIBLE)) {
				continue;
			}
			Match m = first(text, part);
			if (m != null) {
				matches.add(m);
			}
		}
		if (matches.isEmpty()) {
			return Optional.empty();
		}
		matches.sort((a, b) -> Integer.compare(a.at, b.at));
		Match primary = matches.get(0);
		Match secondary = matches.size() > 1 ? matches.get(1) : null;
		// "主要举措和成效" names one part twice; "存在的问题和原因" too
		if (secondary != null && !mergeable(primary.part, secondary.part)) {
			secondary = null;
		}
		String evidence = primary.word + (secondary == null ? "" : "、" + secondary.word);
		return Optional.of(new Meaning(primary.part, secondary == null ? null : secondary.part, evidence, plain(primary)));
	}

	/** Whether a heading reads as a piece of work done ("一、加强党的领导，…"): a section of the measures part. */
	public static boolean readsAsWorkDone(String heading) {
		String text = simplified(heading).strip();
		return WORK_VERBS.stream().anyMatch(text::startsWith);
	}

	private static boolean plain(Match m) {
		return m.word.length() >= 3 || TemplateFacts.standard().parts().stream()
				.anyMatch(p -> p.name().equals(m.part) && p.aliases().contains(m.word));
	}

	/**
	 * Whether a nested heading (a 节 or 条 inside another part) clearly names {@code part}: only specific words
	 * count there, since sections of the measures part speak of 问题 and 计划 too. {@code nextYear} is the year
	 * after the report year, which a plan for next year names.
	 */
	public static boolean namesNested(String heading, String part, Integer nextYear) {
		String text = simplified(heading);
		return switch (part) {
			case RESPONSIBLE -> text.contains("第一责任人") || text.contains("主要负责人");
			case SHORTCOMINGS -> text.contains("不足") || text.contains("短板") || text.contains("差距") || text.contains("存在的问题");
			case NEXT_YEAR -> (nextYear != null && text.contains(nextYear + "年") || text.contains("下一步") || text.contains("下步")
					|| text.contains("明年")) && first(text, NEXT_YEAR) != null;
			default -> false;
		};
	}

	/** The heading in simplified characters. */
	public static String simplified(String heading) {
		for (int i = 0; i < heading.length(); i++) {
			char c = heading.charAt(i);
			if (c >= '\u4e00' && c <= '\u9fff') {
				return ZhConverterUtil.toSimple(heading);
			}
		}
		return heading;
	}

	private static boolean mergeable(String a, String b) {
		return !a.equals(b) && !a.equals(OTHER) && !b.equals(OTHER);
	}

	private record Match(String part, String word, int at) {
	}

	private static Match first(String text, String part) {
		Match best = null;
		for (String word : WORDS.getOrDefault(part, List.of())) {
			int at = text.indexOf(word);
			if (at >= 0 && (best == null || at < best.at)) {
				best = new Match(part, word, at);
			}
		}
		return best;
	}
}
