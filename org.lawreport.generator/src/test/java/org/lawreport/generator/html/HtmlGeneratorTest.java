package org.lawreport.generator.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.testing.HeadlessChromium;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.PlainTextGenerator;
import org.lawreport.generator.html.HtmlGenerator;

/** The website's HTML: escaped, semantic, self-contained, readable on a phone, printable close to GB/T 9704. */
class HtmlGeneratorTest {

	private static final Path OUT = TestSupport.projectRoot().resolve("org.lawreport.generator/target/html");
	private static String seed003;
	private static OfficialDocument document003;

	@BeforeAll
	static void renderSeed() throws IOException {
		Files.createDirectories(OUT);
		ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
		Path source;
		try (var files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			source = files.filter(p -> p.getFileName().toString().startsWith("003") && p.toString().endsWith(".lawreport"))
					.findFirst().orElseThrow();
		}
		document003 = DocumentBuilder.build(workspace.validate(source).report());
		seed003 = new HtmlGenerator().render(document003);
		Files.writeString(OUT.resolve("003.html"), seed003);
	}

	@Test
	void everyTextIsEscapedSoAReportCannotInjectMarkup() {
		Report report = TestSupport.report(TestSupport.HEADER.replace("某市某局2024年法治政府建设年度报告", "报告<b>加粗</b>")
				+ "段 \"见<script>alert(1)</script>与\\\"引号\\\"及&符号。\"\n");
		String html = new HtmlGenerator().render(DocumentBuilder.build(report));
		assertFalse(html.contains("<script"), html);
		assertFalse(html.contains("<b>"), html);
		assertTrue(html.contains("见&lt;script&gt;alert(1)&lt;/script&gt;与&quot;引号&quot;及&amp;符号。"), html);
		assertTrue(html.contains("<title>报告&lt;b&gt;加粗&lt;/b&gt;</title>"), html);
	}

	@Test
	void fileIsSelfContained() {
		for (String external : List.of("<script", "<link", "src=", "href=", "url(", "@import")) {
			assertFalse(seed003.contains(external), "references something outside the file: " + external);
		}
	}

	@Test
	void headingsAreSemanticWithTheGeneratedNumbers() {
		assertTrue(seed003.contains("<h1 class=\"title\">重庆市潼南区政务服务管理办公室 关于2020年度法治政府建设情况的报告</h1>"));
		List<String> parts = matches(seed003, "<h2><span class=\"number\">([^<]*)</span>");
		assertEquals(List.of("一、", "二、", "三、"), parts);
		assertTrue(seed003.contains("<div class=\"run-in\"><h4><span class=\"number\">1.</span>督促落实“三集中三到位”。</h4><p>"));
		assertTrue(seed003.contains("<span class=\"figure\">71.33万件</span>"));
		assertTrue(seed003.contains("<dt>发文字号</dt><dd>潼政务办〔2021〕10号</dd>"));
		assertTrue(seed003.contains("<meta name=\"author\" content=\"重庆市潼南区政务服务管理办公室\">"));
	}

	/**
	 * A phone-sized frame (390 × 844 CSS px) around the page: headless Chromium keeps windows at least 500 px wide,
	 * so the page is shown in a same-origin {@code srcdoc} iframe of a phone's width.
	 */
	static Path phoneFrame(String html, String script) throws IOException {
		String escaped = html.replace("&", "&amp;").replace("\"", "&quot;");
		Path frame = OUT.resolve("003-phone.html");
		Files.writeString(frame, "<!DOCTYPE html><html><body style=\"margin:0;background:#888\">"
				+ "<iframe id=\"phone\" style=\"border:0;width:390px;height:844px;background:#fff\" srcdoc=\"" + escaped
				+ "\"></iframe>" + script + "</body></html>");
		return frame;
	}

	@Test
	@UsesExternalPrograms
	void theBrowserShowsTheWholeTextAndItFitsAPhone() throws Exception {
		Path frame = phoneFrame(seed003, "<script>const f = document.getElementById('phone');"
				+ "f.onload = () => { const d = f.contentDocument; document.body.setAttribute('data-measure', "
				+ "d.documentElement.scrollWidth + 'x' + f.contentWindow.innerWidth + 'x' + d.body.innerText.replace(/\\s/g, '').length); };"
				+ "</script>");
		String dom = HeadlessChromium.run(frame, "--window-size=600,900", "--dump-dom", "--virtual-time-budget=3000");
		Matcher m = Pattern.compile("data-measure=\"(\\d+)x(\\d+)x(\\d+)\"").matcher(dom);
		assertTrue(m.find(), dom.length() > 300 ? dom.substring(dom.length() - 300) : dom);
		int scrollWidth = Integer.parseInt(m.group(1));
		int viewport = Integer.parseInt(m.group(2));
		assertEquals(390, viewport);
		assertTrue(scrollWidth <= viewport, "no horizontal scrolling on a phone: " + scrollWidth + " > " + viewport);
		int textWithoutSpace = PlainTextGenerator.render(document003).replaceAll("[\\s\\u3000]+", "").length();
		int shown = Integer.parseInt(m.group(3));
		assertTrue(shown >= textWithoutSpace, "the browser shows all " + textWithoutSpace + " characters, shown " + shown);
	}

	@Test
	@UsesExternalPrograms
	void screenshotsOnPhoneAndDesktopShowTheRedIssuerMark() throws Exception {
		Path phone = phoneFrame(seed003, "");
		for (Path page : List.of(phone, OUT.resolve("003.html"))) {
			boolean isPhone = page.equals(phone);
			Path png = OUT.resolve(isPhone ? "003-phone.png" : "003-desktop.png");
			Files.deleteIfExists(png);
			HeadlessChromium.run(page, "--window-size=" + (isPhone ? "390,844" : "1280,900"), "--screenshot=" + png);
			BufferedImage image = ImageIO.read(png.toFile());
			int red = 0;
			for (int y = 0; y < image.getHeight(); y += 2) {
				for (int x = 0; x < Math.min(image.getWidth(), isPhone ? 390 : image.getWidth()); x += 2) {
					int rgb = image.getRGB(x, y);
					int r = (rgb >> 16) & 0xFF, g = (rgb >> 8) & 0xFF, b = rgb & 0xFF;
					if (r > 180 && g < 60 && b < 60) {
						red++;
					}
				}
			}
			assertTrue(red > 50, "the red 发文机关标志 and line are visible on " + png.getFileName() + " (red samples: " + red + ")");
		}
	}

	@Test
	@UsesExternalPrograms
	void printedPagesAreA4WithTheOfficialMargins() throws Exception {
		Path pdf = OUT.resolve("003-print.pdf");
		Files.deleteIfExists(pdf);
		HeadlessChromium.run(OUT.resolve("003.html"), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
		try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
			assertTrue(doc.getNumberOfPages() >= 3, "pages: " + doc.getNumberOfPages());
			PDRectangle box = doc.getPage(1).getMediaBox();
			assertEquals(PDRectangle.A4.getWidth(), box.getWidth(), 1.0);
			assertEquals(PDRectangle.A4.getHeight(), box.getHeight(), 1.0);
			double[] minX = { Double.MAX_VALUE };
			PDFTextStripper stripper = new PDFTextStripper() {
				@Override
				protected void writeString(String text, List<TextPosition> positions) {
					for (TextPosition p : positions) {
						minX[0] = Math.min(minX[0], p.getXDirAdj());
					}
				}
			};
			stripper.setStartPage(2);
			stripper.setEndPage(2);
			stripper.getText(doc);
			double leftMm = minX[0] * 25.4 / 72;
			assertEquals(28, leftMm, 1.5, "left margin of page 2 in mm");
			String page2 = textOfPage(doc, 2);
			assertTrue(page2.contains("— 2 —"), "page number on page 2: " + page2.substring(Math.max(0, page2.length() - 80)));
		}
	}

	private static String textOfPage(PDDocument doc, int page) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setStartPage(page);
		stripper.setEndPage(page);
		return stripper.getText(doc);
	}

	private static List<String> matches(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		List<String> result = new java.util.ArrayList<>();
		while (m.find()) {
			result.add(m.group(1));
		}
		return result;
	}

	static String read(Path p) throws IOException {
		return Files.readString(p, StandardCharsets.UTF_8);
	}
}
