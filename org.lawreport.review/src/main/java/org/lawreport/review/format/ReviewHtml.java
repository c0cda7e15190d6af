package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.lawreport.core.Version;
import org.lawreport.core.text.HtmlText;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.PartStatus;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;
import org.lawreport.review.ReviewTexts;

/**
 * The review as one self-contained page (no file or network access needed): the totals, two bar charts (findings
 * per rule and per issuer, drawn as inline SVG), the sortable table of reports (click a column heading; the page
 * address may also say {@code #sort=列号:desc}), each report's findings linking to the file and line, and the
 * waived findings.
 */
final class ReviewHtml {

	private static final int CHART_ROWS = 15;
	private final Review review;

	ReviewHtml(Review review) {
		this.review = review;
	}

	void write(OutputStream stream) throws IOException {
		PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
		Review.Tally all = review.overall();
		out.println("<!DOCTYPE html>");
		out.println("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">");
		out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
		out.println("<meta name=\"generator\" content=\"LawReport " + Version.VERSION + "\">");
		out.println("<title>" + esc(ReviewTexts.text("title.countShort", review.rows().size())) + "</title>");
		out.println("<style>" + CSS + "</style></head><body>");
		out.println("<h1>" + esc(ReviewTexts.text("title")) + "</h1>");
		out.println("<p class=\"meta\">" + esc(ReviewTexts.text("profile", review.profile() == null ? ReviewTexts.text("profile.reportsOwn") : review.profile()))
				+ "　" + esc(ReviewTexts.text("reviewTime", review.time().toLocalDateTime().withNano(0).toString().replace('T', ' '))) + "</p>");
		out.println("<ul class=\"totals\">");
		total(out, ReviewTexts.text("html.total.reports"), review.rows().size(), "");
		total(out, ReviewColumns.name("blocks"), review.blocking().size(), "error");
		total(out, ReviewTexts.text("html.total.late"), (int) review.late(), "warning");
		total(out, ReviewColumns.name("errors"), all.count(Finding.Level.ERROR), "error");
		total(out, ReviewColumns.name("warnings"), all.count(Finding.Level.WARNING), "warning");
		total(out, ReviewColumns.name("infos"), all.count(Finding.Level.INFO), "info");
		total(out, ReviewColumns.name("waived"), all.waived(), "waived");
		out.println("</ul>");

		out.println("<div class=\"charts\">");
		List<Bar> ruleBars = new ArrayList<>();
		for (Map.Entry<String, Review.Tally> e : review.rulesByFrequency()) {
			ruleBars.add(new Bar(e.getKey() + " " + Messages.title(e.getKey()), e.getValue()));
		}
		chart(out, ReviewTexts.text("html.chart.rules"), "chart-rules", ruleBars);
		List<Bar> issuerBars = new ArrayList<>();
		review.byIssuer().entrySet().stream()
				.sorted((a, b) -> Integer.compare(b.getValue().total(), a.getValue().total()))
				.forEach(e -> issuerBars.add(new Bar(e.getKey(), e.getValue())));
		chart(out, ReviewTexts.text("html.chart.issuers"), "chart-issuers", issuerBars);
		out.println("</div>");

		List<String> parts = review.partNames();
		out.println("<h2>" + esc(ReviewTexts.text("html.reports")) + "</h2>");
		out.println("<p class=\"hint\">" + esc(ReviewTexts.text("html.sortHint") + ReviewTexts.text("legend.parts")) + "</p>");
		out.println("<div class=\"scroll\"><table id=\"reports\"><thead><tr>");
		List<String> header = ReviewColumns.names("index", "issuer", "level", "year", "writtenDate", "onTime");
		header.addAll(parts);
		header.addAll(ReviewColumns.names("errors", "warnings", "waived", "worst"));
		for (int i = 0; i < header.size(); i++) {
			boolean numeric = i == 0 || i >= 6 + parts.size() && i < header.size() - 1;
			out.print("<th data-type=\"" + (numeric ? "number" : "text") + "\" title=\"" + esc(ReviewTexts.text("html.sortTitle")) + "\">" + esc(header.get(i)) + "</th>");
		}
		out.println("</tr></thead><tbody>");
		int n = 0;
		for (ReportRow row : review.rows()) {
			n++;
			out.print("<tr" + (row.blocks() ? " class=\"blocks\"" : "") + ">");
			cell(out, String.valueOf(n), null);
			out.print("<td class=\"issuer\"><a href=\"" + esc(fileUri(row.file(), 1)) + "\" title=\"" + esc(row.file()) + "\">"
					+ esc(row.issuerOrFile()) + "</a></td>");
			cell(out, row.level(), null);
			cell(out, row.year(), null);
			cell(out, row.writtenDate(), "date");
			cell(out, row.deadlineStatus().chinese(), row.deadlineStatus().name().toLowerCase(Locale.ROOT));
			for (String part : parts) {
				PartStatus s = row.statusOf(part);
				cell(out, s == null ? "—" : s.symbol() + s.chinese(), s == null ? null : "part-" + s.name().toLowerCase(Locale.ROOT));
			}
			cell(out, String.valueOf(row.errors()), row.errors() > 0 ? "error" : null);
			cell(out, String.valueOf(row.warnings()), row.warnings() > 0 ? "warning" : null);
			cell(out, String.valueOf(row.waived().size()), null);
			out.print("<td class=\"findings\">");
			List<Finding> top = row.mostSerious(3);
			for (Finding f : top) {
				out.print("<div>" + findingLink(f) + " <span class=\"" + severityClass(f) + "\">" + esc(f.severity().chinese())
						+ "</span> " + esc(f.message()) + "</div>");
			}
			int more = (int) (row.findings().stream().filter(f -> !f.waived()).count() - top.size());
			if (more > 0) {
				out.print("<details><summary>" + esc(ReviewTexts.text("worst.more", more)) + "</summary>");
				row.findings().stream().filter(f -> !f.waived()).sorted(ReportRow.SERIOUSNESS).skip(top.size())
						.forEach(f -> out.print("<div>" + findingLink(f) + " <span class=\"" + severityClass(f) + "\">"
								+ esc(f.severity().chinese()) + "</span> " + esc(f.message()) + "</div>"));
				out.print("</details>");
			}
			out.println("</td></tr>");
		}
		out.println("</tbody></table></div>");

		List<Finding> waived = review.waived();
		out.println("<h2>" + esc(ReviewTexts.text("html.waivedHeading", waived.size())) + "</h2>");
		if (waived.isEmpty()) {
			out.println("<p>" + esc(ReviewTexts.text("html.none")) + "</p>");
		} else {
			out.print("<table id=\"waived\"><thead><tr>");
			for (String column : ReviewColumns.names("location", "originalSeverity", "rule", "message", "waiverReason")) {
				out.print("<th>" + esc(column) + "</th>");
			}
			out.println("</tr></thead><tbody>");
			for (Finding f : waived) {
				out.println("<tr><td>" + findingLink(f) + "</td><td>" + esc(f.severity().chinese()) + "</td><td>" + esc(f.code())
						+ "</td><td>" + esc(f.message()) + "</td><td>" + esc(ReviewTexts.text("waived.reason", f.waiver().reason(), f.waiver().line()))
						+ "</td></tr>");
			}
			out.println("</tbody></table>");
		}
		out.println("<script>" + SCRIPT + "</script>");
		out.println("</body></html>");
		out.flush();
	}

	private record Bar(String label, Review.Tally tally) {
	}

	/** A horizontal stacked bar chart (errors, warnings, notes, waived) of the first rows, as inline SVG. */
	private static void chart(PrintWriter out, String title, String id, List<Bar> bars) {
		List<Bar> shown = bars.stream().filter(b -> b.tally().total() + b.tally().waived() > 0).limit(CHART_ROWS).toList();
		out.println("<figure id=\"" + id + "\"><figcaption>" + esc(title)
				+ (bars.size() > shown.size() ? esc(ReviewTexts.text("html.chart.first", shown.size())) : "") + "</figcaption>");
		if (shown.isEmpty()) {
			out.println("<p>" + esc(ReviewTexts.text("html.chart.nothing")) + "</p></figure>");
			return;
		}
		int max = shown.stream().mapToInt(b -> b.tally().total() + b.tally().waived()).max().orElse(1);
		int labelWidth = 300;
		int barWidth = 300;
		int rowHeight = 22;
		int height = shown.size() * rowHeight + 24;
		out.println("<svg viewBox=\"0 0 " + (labelWidth + barWidth + 50) + " " + height + "\" role=\"img\" aria-label=\""
				+ esc(title) + "\">");
		int y = 0;
		for (Bar bar : shown) {
			Review.Tally t = bar.tally();
			int[] values = { t.count(Finding.Level.ERROR), t.count(Finding.Level.WARNING), t.count(Finding.Level.INFO), t.waived() };
			String[] classes = { "error", "warning", "info", "waived" };
			out.print("<g><title>" + esc(ReviewTexts.text("html.chart.bar", bar.label(), values[0], values[1], values[2], values[3]))
					+ "</title>");
			out.print("<text x=\"" + (labelWidth - 6) + "\" y=\"" + (y + 15) + "\" text-anchor=\"end\">"
					+ esc(shorten(bar.label(), 26)) + "</text>");
			double x = labelWidth;
			for (int i = 0; i < values.length; i++) {
				double w = (double) values[i] * barWidth / max;
				if (w > 0) {
					out.print("<rect class=\"" + classes[i] + "\" x=\"" + fmt(x) + "\" y=\"" + (y + 3) + "\" width=\"" + fmt(w)
							+ "\" height=\"" + (rowHeight - 6) + "\"/>");
				}
				x += w;
			}
			out.print("<text x=\"" + fmt(x + 4) + "\" y=\"" + (y + 15) + "\">" + (t.total() + t.waived()) + "</text></g>");
			out.println();
			y += rowHeight;
		}
		out.println("<g class=\"legend\" transform=\"translate(" + labelWidth + "," + (y + 6) + ")\">"
				+ "<rect class=\"error\" width=\"10\" height=\"10\"/><text x=\"14\" y=\"10\">" + esc(ReviewColumns.name("errors")) + "</text>"
				+ "<rect class=\"warning\" x=\"60\" width=\"10\" height=\"10\"/><text x=\"74\" y=\"10\">" + esc(ReviewColumns.name("warnings")) + "</text>"
				+ "<rect class=\"info\" x=\"120\" width=\"10\" height=\"10\"/><text x=\"134\" y=\"10\">" + esc(ReviewColumns.name("infos")) + "</text>"
				+ "<rect class=\"waived\" x=\"180\" width=\"10\" height=\"10\"/><text x=\"194\" y=\"10\">" + esc(ReviewColumns.name("waived")) + "</text></g>");
		out.println("</svg></figure>");
	}

	private static void total(PrintWriter out, String label, int value, String cls) {
		out.println("<li class=\"" + cls + "\"><span class=\"value\">" + value + "</span><span class=\"label\">" + esc(label) + "</span></li>");
	}

	private static void cell(PrintWriter out, String text, String cls) {
		out.print("<td" + (cls == null ? "" : " class=\"" + cls + "\"") + ">" + esc(text == null || text.isBlank() ? "—" : text) + "</td>");
	}

	private static String findingLink(Finding f) {
		return "<a class=\"loc\" href=\"" + esc(fileUri(f.file(), f.line())) + "\">" + esc(shortName(f.file()) + ":" + f.line()
				+ ":" + f.column()) + "</a> <code>" + esc(f.code()) + "</code>";
	}

	private static String severityClass(Finding f) {
		return f.waived() ? "waived" : f.severity().name().toLowerCase(Locale.ROOT);
	}

	/** A link to the file; the fragment names the line (#L12), as source viewers and code hosts understand it. */
	static String fileUri(String file, int line) {
		return Path.of(file).toAbsolutePath().normalize().toUri().toASCIIString() + "#L" + line;
	}

	private static String shortName(String file) {
		String f = file.replace('\\', '/');
		return f.substring(f.lastIndexOf('/') + 1);
	}

	private static String shorten(String s, int max) {
		return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max - 1)) + "…";
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.1f", v);
	}

	static String esc(String s) {
		return s == null ? "" : HtmlText.escape(s);
	}

	private static final String CSS = """
			body{font-family:"Noto Sans CJK SC","WenQuanYi Zen Hei","Microsoft YaHei",sans-serif;margin:1.5em;color:#222;max-width:1600px}
			h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin-top:1.5em}
			.meta,.hint{color:#555;font-size:.9em}
			.totals{display:flex;flex-wrap:wrap;gap:.8em;list-style:none;padding:0}
			.totals li{border:1px solid #ccc;border-radius:6px;padding:.4em .9em;min-width:5em;text-align:center}
			.totals .value{display:block;font-size:1.6em;font-weight:bold}
			.totals .error .value,td.error,span.error{color:#b00020}
			.totals .warning .value,td.warning,span.warning,td.late{color:#a15c00}
			span.info{color:#31708f}span.waived,.totals .waived .value{color:#777}
			.charts{display:flex;flex-wrap:wrap;gap:2em}
			figure{margin:0;flex:1 1 520px;max-width:720px}figcaption{font-weight:bold;margin-bottom:.3em}
			svg{width:100%;height:auto;font-size:12px}
			rect.error{fill:#c62828}rect.warning{fill:#f0a030}rect.info{fill:#64a0c8}rect.waived{fill:#bbb}
			.scroll{overflow-x:auto}
			table{border-collapse:collapse;font-size:.9em}
			th,td{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}
			th{background:#f3f3f3;cursor:pointer;white-space:nowrap;position:sticky;top:0}
			th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}
			tr.blocks td:first-child{border-left:4px solid #c62828}
			td.part-missing{color:#b00020}td.part-empty,td.part-misplaced{color:#a15c00}td.part-present{color:#2e7d32}
			td.findings{min-width:28em}td.issuer{min-width:11em}td.date{white-space:nowrap}td.findings div{margin:.15em 0}
			a.loc{font-family:monospace;white-space:nowrap}code{color:#555}
			""";

	private static final String SCRIPT = """
			(function(){
			  var table=document.getElementById('reports');
			  var heads=table.tHead.rows[0].cells;
			  function key(row,i,number){var t=row.cells[i].textContent.trim();if(number){var v=parseFloat(t);return isNaN(v)?-1:v;}return t;}
			  function sort(i,desc){
			    var number=heads[i].dataset.type==='number';
			    var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
			    rows.sort(function(a,b){var x=key(a,i,number),y=key(b,i,number);var c=number?x-y:String(x).localeCompare(String(y),'zh-CN');return desc?-c:c;});
			    rows.forEach(function(r){body.appendChild(r);});
			    for(var j=0;j<heads.length;j++){heads[j].classList.remove('asc','desc');}
			    heads[i].classList.add(desc?'desc':'asc');
			    table.dataset.sorted=i+':'+(desc?'desc':'asc');
			  }
			  for(var i=0;i<heads.length;i++){(function(i){heads[i].addEventListener('click',function(){sort(i,heads[i].classList.contains('asc'));});})(i);}
			  var m=/#sort=(\\d+)(?::(asc|desc))?/.exec(location.hash);
			  if(m&&+m[1]<heads.length){sort(+m[1],m[2]==='desc');}
			})();
			""";
}
