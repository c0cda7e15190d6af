package org.lawreport.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.lawreport.core.io.SourceText;
import org.lawreport.importer.ImporterTexts;

/**
 * Reads a web page saved from a government website (jsoup): the visible text of the body, one line per block
 * (paragraph, heading, list item, table cell, line break), numbered by the line of the HTML source where the
 * block's text starts. Scripts and styles are not text.
 *
 * <p>The article is the element with the most paragraph text; lines outside it (navigation, the site's header
 * and footer, link lists, the page's date and source line) are marked {@link SourceLine#outsideContent()} so that
 * the importer drops them and lists them. The article's heading above it (an h1–h3 or an element whose class names
 * a title) is kept and marked as the title.
 */
public final class HtmlSource {

	private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "head", "iframe",
			"svg", "object", "embed", "canvas", "audio", "video", "map");
	private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "body", "center",
			"dd", "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1",
			"h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
			"table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "select", "option", "caption", "br", "title");
	private static final Pattern TITLE_CLASS = Pattern.compile("(?i).*(title|biaoti|bt\\b|tit\\b).*");
	private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
	private static final Pattern DECLARED_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([a-z0-9_.:-]+)");

	private HtmlSource() {
	}

	public static SourceDocument read(Path path, byte[] bytes) throws UnreadableSourceException {
		Document document;
		String encoding;
		try {
			SourceText decoded = decode(path, bytes);
			if (decoded != null) {
				document = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setTrackPosition(true));
				encoding = decoded.encoding();
			} else {
				document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "", Parser.htmlParser().setTrackPosition(true));
				encoding = document.charset().name();
			}
		} catch (IOException | RuntimeException e) {
			throw new UnreadableSourceException(ImporterTexts.text("read.html", e.getMessage()), e);
		}
		List<SourceNote> notes = new ArrayList<>();
		if (!encoding.equals("UTF-8")) {
			notes.add(new SourceNote(0, "IMP-ENCODING", ImporterTexts.text("read.encoding.html", encoding)));
		}
		Element body = document.body();
		Element content = contentRoot(body);
		Element title = content == null ? null : articleTitle(body, content);
		if (content != null) {
			notes.add(new SourceNote(line(content), "IMP-HTML-ARTICLE",
					ImporterTexts.text("read.htmlArticle", describe(content))));
		}
		Walker walker = new Walker(content, title);
		NodeTraversor.filter(walker, body);
		walker.flush();
		return new SourceDocument(path, SourceKind.HTML, encoding, walker.lines, notes);
	}

	/**
	 * The page decoded as {@link SourceText} does (UTF-8, UTF-16 with BOM, else GB18030, which also reads pages
	 * declared gb2312 or GBK, and pages that declare nothing); null when the page declares another legacy
	 * encoding (Big5 …), which jsoup then reads as declared.
	 */
	private static SourceText decode(Path path, byte[] bytes) {
		SourceText decoded;
		try {
			decoded = SourceText.decode(path, bytes);
		} catch (SourceText.UnreadableException e) {
			return null;
		}
		if (decoded.encoding().equals("GB18030")) {
			Matcher declared = DECLARED_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1));
			if (declared.find() && !declared.group(1).toLowerCase(Locale.ROOT).matches("gb.*|x-gbk|cp936|euc-cn")) {
				return null;
			}
		}
		return decoded;
	}

	/** The element whose own paragraphs hold the most text; null when the page has hardly any paragraphs. */
	static Element contentRoot(Element body) {
		Element best = null;
		int bestScore = 0;
		for (Element e : body.getAllElements()) {
			if (SKIPPED.contains(e.normalName())) {
				continue;
			}
			int score = e.ownText().length();
			for (Element child : e.children()) {
				String tag = child.normalName();
				if (tag.equals("p") || tag.equals("h1") || tag.equals("h2") || tag.equals("h3") || tag.equals("h4")
						|| (tag.equals("div") && child.children().isEmpty())) {
					score += child.text().length();
				}
			}
			if (score > bestScore) {
				bestScore = score;
				best = e;
			}
		}
		return bestScore >= 50 ? best : null;
	}

	/** The heading of the article: before it in the page, an h1–h3 or a "title" element naming a report. */
	private static Element articleTitle(Element body, Element content) {
		Element found = null;
		for (Element e : body.getAllElements()) {
			if (e == content) {
				break;
			}
			boolean heading = e.normalName().matches("h[1-3]") || TITLE_CLASS.matcher(e.className() + " " + e.id()).matches();
			String text = e.text().strip();
			if (heading && !text.isEmpty() && text.length() <= 100 && (text.contains("报告") || text.contains("報告")
					|| text.contains("总结") || text.contains("總結")) && e.children().stream().noneMatch(c -> BLOCKS.contains(c.normalName()))) {
				found = e;
			}
		}
		return found;
	}

	private static int line(Node node) {
		int line = node.sourceRange().start().lineNumber();
		return Math.max(line, 0);
	}

	private static String describe(Element e) {
		StringBuilder s = new StringBuilder("<").append(e.normalName());
		if (!e.id().isEmpty()) {
			s.append(" id=\"").append(e.id()).append('"');
		}
		if (!e.className().isEmpty()) {
			s.append(" class=\"").append(e.className()).append('"');
		}
		return s.append('>').append(ImporterTexts.text("read.htmlElementLine", line(e))).toString();
	}

	private static boolean inside(Node node, Element ancestor) {
		for (Node n = node; n != null; n = n.parentNode()) {
			if (n == ancestor) {
				return true;
			}
		}
		return false;
	}

	private static boolean inPre(Node node) {
		for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
			if (n instanceof Element e && e.normalName().equals("pre")) {
				return true;
			}
		}
		return false;
	}

	/** Collects block texts as lines. */
	private static final class Walker implements NodeFilter {
		private final Element content;
		private final Element title;
		final List<SourceLine> lines = new ArrayList<>();
		private final StringBuilder text = new StringBuilder();
		private int number = -1;
		private boolean outside;
		private boolean isTitle;

		Walker(Element content, Element title) {
			this.content = content;
			this.title = title;
		}

		@Override
		public FilterResult head(Node node, int depth) {
			if (node instanceof Element e) {
				if (SKIPPED.contains(e.normalName())) {
					return FilterResult.SKIP_ENTIRELY;
				}
				if (BLOCKS.contains(e.normalName())) {
					flush();
				}
			} else if (node instanceof TextNode t) {
				if (inPre(t)) {
					String[] parts = t.getWholeText().split("\n", -1);
					for (int i = 0; i < parts.length; i++) {
						if (i > 0) {
							flush();
						}
						append(t, parts[i]);
					}
				} else {
					append(t, SPACES.matcher(t.getWholeText()).replaceAll(" "));
				}
			}
			return FilterResult.CONTINUE;
		}

		@Override
		public FilterResult tail(Node node, int depth) {
			if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
				flush();
			}
			return FilterResult.CONTINUE;
		}

		private void append(TextNode t, String s) {
			if (s.isBlank()) {
				if (text.length() > 0) {
					text.append(' ');
				}
				return;
			}
			if (number < 0) {
				number = line(t);
				isTitle = title != null && inside(t, title);
				outside = content != null && !isTitle && !inside(t, content);
			}
			text.append(s);
		}

		void flush() {
			if (number >= 0) {
				String s = text.toString().replace('\u00A0', ' ').strip();
				if (!s.isEmpty()) {
					lines.add(new SourceLine(number, s, 0, isTitle, outside));
				}
			}
			text.setLength(0);
			number = -1;
		}
	}
}
