package org.lawreport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a corpus of reports for review tests and benchmarks: mutated copies of the seed reports, each under a
 * different issuer, about one in three with a planted defect (a missing or empty part, a late date, a figure
 * that breaks one of its rules, a document number with wrong brackets). A manifest lists every planted defect
 * and the rule code the validator must report for it. Deterministic for a given random seed; uses only the JDK
 * so that scripts can run it as a source file:
 * {@code java org.lawreport.testing/src/main/java/org/lawreport/testing/CorpusGenerator.java seeds OUT 10000}.
 */
public final class CorpusGenerator {

	/** A defect planted in one file, and the code that must be reported for it. */
	public record Planted(Path file, Defect defect, String code) {
	}

	public enum Defect {
		MISSING_PART("LR-PART-MISSING"), EMPTY_PART("LR-PART-EMPTY"), LATE("LR-DEADLINE"), RULE_BROKEN("LR-RULE-FAILED"),
		DOCUMENT_NUMBER("LR-DOCNO-FORM");

		private final String code;

		Defect(String code) {
			this.code = code;
		}

		public String code() {
			return code;
		}
	}

	private static final String[] DISTRICTS = { "东湖区", "西山区", "南岸区", "北塘区", "青山区", "白沙区", "金水区", "玉泉区", "长乐区",
			"永安区", "新华区", "和平区", "平安县", "临江县", "清河县", "石门县", "桃源县", "安宁市", "瑞丰市", "高新区" };
	private static final String[] OFFICES = { "人民政府", "司法局", "市场监督管理局", "生态环境局", "交通运输局", "住房和城乡建设局",
			"卫生健康委员会", "教育局", "自然资源局", "应急管理局", "政务服务管理局", "人力资源和社会保障局" };
	private static final Pattern ISSUER = Pattern.compile("(?m)^发文机关 \"([^\"]+)\"");
	private static final Pattern LEVEL = Pattern.compile("(?m)^层级 \\S+");
	private static final Pattern DATE = Pattern.compile("(?m)^成文日期 \"[^\"]*\"");
	private static final Pattern YEAR = Pattern.compile("(?m)^报告年度 (\\d{4})");
	private static final Pattern DOCUMENT_NUMBER = Pattern.compile("(?m)^(发文字号 \"[^\"〔]*)〔(\\d{4})〕");
	private static final Pattern EQUALITY_RULE = Pattern.compile("(?m)^规则 [^：]+：\\s*([^\\s=≈<>≤≥]+)\\s*[=≈]\\s");

	private CorpusGenerator() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("用法：CorpusGenerator 种子文件夹 输出文件夹 份数 [随机种子]");
			System.exit(2);
		}
		long seed = args.length > 3 ? Long.parseLong(args[3]) : 2025;
		List<Planted> planted = generate(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), seed);
		System.err.println("已生成 " + args[2] + " 份报告，植入缺陷 " + planted.size() + " 处：" + args[1]);
	}

	/** Writes {@code count} reports under {@code out} (1,000 per folder) and {@code out/manifest.csv}. */
	public static List<Planted> generate(Path seeds, Path out, int count, long randomSeed) throws IOException {
		List<String> sources = new ArrayList<>();
		List<String> names = new ArrayList<>();
		try (Stream<Path> files = Files.list(seeds)) {
			for (Path f : files.filter(p -> p.toString().endsWith(".lawreport")).sorted().toList()) {
				sources.add(Files.readString(f, StandardCharsets.UTF_8));
				names.add(f.getFileName().toString().replace(".lawreport", ""));
			}
		}
		if (sources.isEmpty()) {
			throw new IOException("没有种子报告：" + seeds);
		}
		Random random = new Random(randomSeed);
		List<Planted> planted = new ArrayList<>();
		StringBuilder manifest = new StringBuilder("file,defect,code\n");
		for (int i = 0; i < count; i++) {
			int which = i % sources.size();
			String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
			String office = OFFICES[random.nextInt(OFFICES.length)];
			String text = reissue(sources.get(which), "样例市" + district + office, office.equals("人民政府"));
			Defect defect = random.nextInt(3) == 0 ? Defect.values()[random.nextInt(Defect.values().length)] : null;
			String mutated = defect == null ? null : plant(text, defect, random);
			if (mutated != null) {
				text = mutated;
			}
			Path dir = out.resolve(String.format("批次%02d", i / 1000 + 1));
			Files.createDirectories(dir);
			Path file = dir.resolve(String.format("%05d_%s.lawreport", i + 1, names.get(which)));
			Files.writeString(file, text, StandardCharsets.UTF_8);
			if (mutated != null) {
				planted.add(new Planted(file, defect, defect.code()));
				manifest.append(out.relativize(file)).append(',').append(defect).append(',').append(defect.code()).append('\n');
			}
		}
		Files.writeString(out.resolve("manifest.csv"), manifest, StandardCharsets.UTF_8);
		return planted;
	}

	/** The report under another issuer (and its level to match). */
	public static String reissue(String text, String issuer, boolean government) {
		Matcher m = ISSUER.matcher(text);
		String result = text;
		if (m.find()) {
			result = result.replace(m.group(1), issuer);
		}
		return LEVEL.matcher(result).replaceFirst(government ? "层级 政府" : "层级 部门");
	}

	/** The text with the defect planted, or {@code null} when this report offers no place for it. */
	public static String plant(String text, Defect defect, Random random) {
		return switch (defect) {
			case MISSING_PART -> removePart(text, random.nextBoolean() ? "下年安排" : "第一责任人", false);
			case EMPTY_PART -> removePart(text, "下年安排", true);
			case LATE -> {
				Matcher year = YEAR.matcher(text);
				Matcher date = DATE.matcher(text);
				yield year.find() && date.find()
						? date.replaceFirst("成文日期 \"" + (Integer.parseInt(year.group(1)) + 1) + "年4月" + (10 + random.nextInt(18)) + "日\"")
						: null;
			}
			case RULE_BROKEN -> breakRule(text);
			case DOCUMENT_NUMBER -> {
				Matcher m = DOCUMENT_NUMBER.matcher(text);
				yield m.find() ? m.replaceFirst("$1[$2]") : null;
			}
		};
	}

	/** Removes a top-level part (or only its content), when the report has it and nothing else stands in for it. */
	private static String removePart(String text, String part, boolean keepHeading) {
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		int start = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("部分 " + part + " ")) {
				start = i;
				break;
			}
		}
		if (start < 0 || text.contains("对应 " + part)) {
			return null;
		}
		int end = start + 1;
		while (end < lines.size() && (lines.get(end).startsWith("\t") || lines.get(end).isBlank())) {
			end++;
		}
		String removed = String.join("\n", lines.subList(start + 1, end));
		if (removed.contains("{") && removed.contains("=")) {
			return null; // its figures may be named elsewhere: keep the planted defect the only one
		}
		lines.subList(keepHeading ? start + 1 : start, end).clear();
		if (keepHeading) {
			lines.add(start + 1, "");
		}
		return String.join("\n", lines);
	}

	/** Doubles the figure on the left of an equality rule, so that the rule fails. */
	private static String breakRule(String text) {
		Matcher rule = EQUALITY_RULE.matcher(text);
		while (rule.find()) {
			String name = rule.group(1);
			Matcher figure = Pattern.compile("\\{" + Pattern.quote(name) + "=(\\d+)").matcher(text);
			if (figure.find()) {
				long value = Long.parseLong(figure.group(1));
				return text.substring(0, figure.start(1)) + (value * 2 + 7) + text.substring(figure.end(1));
			}
		}
		return null;
	}

	/** For tests: the planted defects of a manifest. */
	public static List<String[]> readManifest(Path out) {
		try {
			return Files.readAllLines(out.resolve("manifest.csv"), StandardCharsets.UTF_8).stream().skip(1)
					.map(l -> l.split(",")).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
