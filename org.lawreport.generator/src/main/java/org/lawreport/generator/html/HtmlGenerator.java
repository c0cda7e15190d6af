package org.lawreport.generator.html;

import static org.lawreport.core.text.HtmlText.escape;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.generator.DocumentRenderer;

/**
 * One self-contained HTML file for a government website: semantic headings (h1 title, h2–h5 for the four
 * levels) with the generated numbers, a metadata block, typed figures marked up, every text escaped, a layout
 * that reads on a phone, and a print stylesheet close to GB/T 9704 (A4, its margins, page numbers).
 */
public final class HtmlGenerator implements DocumentRenderer {

	private static final String STYLE = loadStyle();

	@Override
	public String extension() {
		return "html";
	}

	@Override
	public void render(OfficialDocument document, OutputStream out) throws IOException {
		out.write(render(document).getBytes(StandardCharsets.UTF_8));
	}

	public String render(OfficialDocument document) {
		Header h = document.header();
		StringBuilder html = new StringBuilder(16_384);
		html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
				.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
				.append("<title>").append(escape(titleOf(document))).append("</title>\n");
		if (h.issuer() != null) {
			html.append("<meta name=\"author\" content=\"").append(escape(h.issuer())).append("\">\n");
		}
		html.append("<meta name=\"generator\" content=\"LawReport\">\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
				.append("<article class=\"official-document\">\n");
		// government sites show the document's particulars above it; printing leaves them out
		metadata(document, html);
		header(h, html);
		html.append("<div class=\"report-body\">\n");
		for (Block block : document.body()) {
			if (block instanceof Heading heading) {
				heading(heading, html);
			} else if (block instanceof Paragraph paragraph) {
				html.append("<p>").append(runs(paragraph.runs())).append("</p>\n");
			}
		}
		html.append("</div>\n");
		closing(document.closing(), html);
		html.append("</article>\n</body>\n</html>\n");
		return html.toString();
	}

	private static void header(Header h, StringBuilder html) {
		boolean versionHead = h.issuerMark() != null || h.documentNumber() != null;
		if (versionHead) {
			html.append("<header class=\"version-head\">\n");
			if (h.issuerMark() != null) {
				html.append("<p class=\"issuer-mark\">").append(escape(h.issuerMark())).append("</p>\n");
			}
			if (h.documentNumber() != null || h.signer() != null) {
				boolean upward = h.recipient() != null && h.signer() != null;
				html.append("<p class=\"document-number").append(upward ? " upward" : "").append("\">");
				if (h.documentNumber() != null) {
					html.append("<span class=\"number\">").append(escape(h.documentNumber())).append("</span>");
				}
				if (h.signer() != null) {
					html.append("<span class=\"signer\">").append(escape(h.signerLabel()))
							.append("<span class=\"signer-name\">").append(escape(h.signer())).append("</span></span>");
				}
				html.append("</p>\n");
			}
			html.append("<hr class=\"red-line\">\n</header>\n");
		}
		if (h.title() != null) {
			html.append("<h1 class=\"title\">").append(escape(h.title())).append("</h1>\n");
		}
		if (h.recipient() != null) {
			html.append("<p class=\"recipient\">").append(escape(h.recipient())).append("：</p>\n");
		}
	}

	private static void metadata(OfficialDocument document, StringBuilder html) {
		Header h = document.header();
		Closing c = document.closing();
		StringBuilder rows = new StringBuilder();
		row(rows, "发文机关", h.issuer());
		row(rows, "发文字号", h.documentNumber());
		row(rows, "成文日期", c.date());
		if (rows.length() > 0) {
			html.append("<dl class=\"metadata\" aria-label=\"公文要素\">\n").append(rows).append("</dl>\n");
		}
	}

	private static void row(StringBuilder rows, String label, String value) {
		if (value != null) {
			rows.append("<dt>").append(label).append("</dt><dd>").append(escape(value)).append("</dd>\n");
		}
	}

	private static void heading(Heading heading, StringBuilder html) {
		String tag = "h" + (heading.level() + 1);
		StringBuilder element = new StringBuilder();
		element.append('<').append(tag).append("><span class=\"number\">").append(escape(heading.number()))
				.append("</span>").append(runs(heading.title())).append("</").append(tag).append('>');
		if (heading.runOn().isEmpty()) {
			html.append(element).append('\n');
		} else {
			html.append("<div class=\"run-in\">").append(element).append("<p>").append(runs(heading.runOn()))
					.append("</p></div>\n");
		}
	}

	private static void closing(Closing c, StringBuilder html) {
		StringBuilder inner = new StringBuilder();
		if (c.attachmentNote() != null) {
			inner.append("<p class=\"attachment-note\">附件：").append(escape(c.attachmentNote())).append("</p>\n");
		}
		if (c.signature() != null) {
			inner.append("<p class=\"signature\">").append(escape(c.signature())).append("</p>\n");
		}
		if (c.date() != null) {
			inner.append("<p class=\"written-date\">").append(escape(c.date())).append("</p>\n");
		}
		if (c.note() != null) {
			inner.append("<p class=\"note\">（").append(escape(c.note())).append("）</p>\n");
		}
		if (inner.length() > 0) {
			html.append("<footer class=\"closing\">\n").append(inner).append("</footer>\n");
		}
		if (c.copyTo() != null || c.printer() != null || c.printDate() != null) {
			html.append("<footer class=\"imprint\">\n");
			if (c.copyTo() != null) {
				html.append("<p class=\"copy-to\">抄送：").append(escape(c.copyTo())).append("。</p>\n");
			}
			if (c.printer() != null || c.printDate() != null) {
				html.append("<p class=\"printer\"><span>").append(escape(nullToEmpty(c.printer()))).append("</span><span>")
						.append(escape(nullToEmpty(c.printDate()))).append(c.printDate() == null ? "" : "印发")
						.append("</span></p>\n");
			}
			html.append("</footer>\n");
		}
	}

	private static String runs(List<Run> runs) {
		StringBuilder out = new StringBuilder();
		for (Run run : runs) {
			switch (run.kind()) {
				case FIGURE -> out.append("<span class=\"figure\">").append(escape(run.text())).append("</span>");
				case RUN_IN_NUMBER -> out.append("<span class=\"run-in-number\">").append(escape(run.text())).append("</span>");
				default -> out.append(escape(run.text()));
			}
		}
		return out.toString();
	}

	private static String titleOf(OfficialDocument document) {
		Header h = document.header();
		if (h.title() != null) {
			return h.title();
		}
		return h.issuer() != null ? h.issuer() + " 法治政府建设年度报告" : "法治政府建设年度报告";
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

	private static String loadStyle() {
		try (InputStream in = HtmlGenerator.class.getResourceAsStream("official-document.css")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
