package org.lawreport.dsl.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.eclipse.xtext.EcoreUtil2;
import org.lawreport.core.figures.QuantityParse;
import org.lawreport.core.figures.QuantityParser;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;

/**
 * The typed value of each figure of a report, read with the unit catalog of the report's template. A figure
 * right after 第 in the prose is a rank.
 */
public final class FigureValues {

	private static final Map<Template, UnitCatalog> CATALOGS = new WeakHashMap<>();

	private FigureValues() {
	}

	private static final String CACHE_KEY = FigureValues.class.getName();

	public static QuantityParse of(Figure figure) {
		Map<Figure, QuantityParse> values = ResourceFacts.get(figure, CACHE_KEY, HashMap::new);
		synchronized (values) {
			return values.computeIfAbsent(figure, FigureValues::parse);
		}
	}

	private static QuantityParse parse(Figure figure) {
		return QuantityParser.parse(figure.getLiteral() == null ? "" : figure.getLiteral(), catalogFor(figure),
				Prose.afterOrdinalMark(figure));
	}

	public static UnitCatalog catalogFor(Figure figure) {
		return catalogFor(EcoreUtil2.getContainerOfType(figure, Report.class));
	}

	/** The units of the report's template (or profile); the standard catalog while the template is unresolved. */
	public static UnitCatalog catalogFor(Report report) {
		Template template = report == null ? null : Profiles.effectiveTemplate(report);
		if (template == null || template.eIsProxy()) {
			return UnitCatalog.standard();
		}
		synchronized (CATALOGS) {
			return CATALOGS.computeIfAbsent(template, Templates::units);
		}
	}
}
