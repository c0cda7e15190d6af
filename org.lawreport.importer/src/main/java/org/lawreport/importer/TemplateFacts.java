package org.lawreport.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.UnitCatalog;

/**
 * What the importer needs to know of the standard template 法治政府建设年度报告, read from the template that
 * ships in the jar (plain text, no Xtext): its parts in order with their headings and 别称, and its figure units.
 */
public final class TemplateFacts {

	/** A part of the template. */
	public record PartFacts(String name, boolean mandatory, String heading, List<String> aliases) {
	}

	private static final String RESOURCE = "/org/lawreport/dsl/library/standard-annual-report.lawreport";
	private static final Pattern QUOTED = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
	private static final Pattern PART = Pattern.compile("^部分\\s+(\\S+)\\s+(必备|可选)");
	private static final Pattern UNITS = Pattern.compile("^指标类型\\s+(\\S+)\\s+单位\\s+(.*)$");

	private static final TemplateFacts STANDARD = load();

	private final List<PartFacts> parts;
	private final UnitCatalog units;

	private TemplateFacts(List<PartFacts> parts, UnitCatalog units) {
		this.parts = List.copyOf(parts);
		this.units = units;
	}

	public static TemplateFacts standard() {
		return STANDARD;
	}

	/** The template's parts, in its order. */
	public List<PartFacts> parts() {
		return parts;
	}

	/** The part called {@code name}, or null. */
	public PartFacts part(String name) {
		return parts.stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
	}

	/** Every unit the template declares (simplified and traditional), by kind. */
	public UnitCatalog units() {
		return units;
	}

	private static TemplateFacts load() {
		List<PartFacts> parts = new ArrayList<>();
		UnitCatalog.Builder units = UnitCatalog.builder();
		try (InputStream in = TemplateFacts.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("standard template missing: " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String name = null;
			boolean mandatory = false;
			String heading = null;
			List<String> aliases = new ArrayList<>();
			for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
				String line = raw.strip();
				if (line.startsWith("//")) {
					continue;
				}
				Matcher part = PART.matcher(line);
				Matcher unit = UNITS.matcher(line);
				if (part.find()) {
					if (name != null) {
						parts.add(new PartFacts(name, mandatory, heading, aliases));
					}
					name = part.group(1);
					mandatory = part.group(2).equals("必备");
					heading = null;
					aliases = new ArrayList<>();
				} else if (name != null && line.startsWith("标题")) {
					heading = quoted(line).stream().findFirst().orElse(null);
				} else if (name != null && line.startsWith("别称")) {
					aliases.addAll(quoted(line));
				} else if (unit.find()) {
					QuantityKind kind = kindOf(unit.group(1));
					if (kind != null) {
						units.add(kind, quoted(unit.group(2)).toArray(String[]::new));
					}
				} else if (!line.isEmpty() && !line.startsWith("标题") && !line.startsWith("条款") && name != null
						&& !line.startsWith("别称")) {
					parts.add(new PartFacts(name, mandatory, heading, aliases));
					name = null;
				}
			}
			if (name != null) {
				parts.add(new PartFacts(name, mandatory, heading, aliases));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new TemplateFacts(parts, units.build());
	}

	private static List<String> quoted(String s) {
		List<String> values = new ArrayList<>();
		Matcher m = QUOTED.matcher(s);
		while (m.find()) {
			values.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
		}
		return values;
	}

	private static QuantityKind kindOf(String chinese) {
		return switch (chinese) {
			case "计数" -> QuantityKind.COUNT;
			case "百分比" -> QuantityKind.PERCENT;
			case "金额" -> QuantityKind.MONEY;
			case "时长" -> QuantityKind.DURATION;
			case "日期" -> QuantityKind.DATE;
			case "名次" -> QuantityKind.RANK;
			case "数值" -> QuantityKind.PLAIN;
			default -> null;
		};
	}
}
