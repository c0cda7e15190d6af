package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.OutputFormat;
import org.lawreport.generator.PlainTextGenerator;
import org.lawreport.generator.docx.DocxGenerator;
import org.lawreport.generator.html.HtmlGenerator;
import org.lawreport.testing.TestSupport;
import org.lawreport.testing.UsesExternalPrograms;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The DOCX, HTML and text renderers on the models of fuzzed reports, broken ones included (what {@code generate
 * --force} renders). Every document is whole: the DOCX opens in POI, the HTML carries no markup of the report's
 * own, the text is there.
 */
class RenderFuzzTest {

	private static final DocxGenerator DOCX = new DocxGenerator();
	private static final HtmlGenerator HTML = new HtmlGenerator();

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void everyReportThatParsesRendersAsWholeDocuments(byte[] bytes) throws IOException {
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (!(TestSupport.load(text).getContents().stream().findFirst().orElse(null) instanceof Report report)) {
			return; // nothing parsed, or a template: generate refuses it before any renderer runs
		}
		OfficialDocument document = DocumentBuilder.build(report);

		String html = HTML.render(document);
		assertTrue(html.endsWith("</html>\n"), "the HTML is cut short");
		assertFalse(html.contains("<script") || html.contains("<iframe") || html.contains("<img"),
				() -> "report text reached the HTML as markup: " + html);

		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		DOCX.render(document, docx);
		try (XWPFDocument reopened = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(reopened)) {
			String docxText = extractor.getText().replaceAll("\\s+", "");
			document.body().stream().filter(OfficialDocument.Paragraph.class::isInstance).findFirst()
					.map(p -> OfficialDocument.Run.join(((OfficialDocument.Paragraph) p).runs()).replaceAll("\\s+", ""))
					.ifPresent(first -> assertTrue(docxText.contains(first), () -> "the DOCX lost a paragraph: " + first));
		}

		assertTrue(PlainTextGenerator.render(document) != null, "no text rendering");
	}

	/**
	 * The PDF renderer with the system's CJK fonts (hence "external"): a whole PDF that PDFBox reads back, or the
	 * refusal of a character no font draws, of which the validator warned (LR-TEXT-NO-GLYPH).
	 */
	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	@UsesExternalPrograms
	void everyReportThatParsesRendersAsAWholePdf(byte[] bytes) throws IOException {
		if (!(TestSupport.load(new String(bytes, StandardCharsets.UTF_8)).getContents().stream().findFirst()
				.orElse(null) instanceof Report report)) {
			return;
		}
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			pdfRenderer().render(DocumentBuilder.build(report), pdf);
		} catch (IOException noGlyph) {
			// the one documented refusal: a character no font draws, which the validator has already warned about
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertTrue(TestSupport.codes(text).contains("LR-TEXT-NO-GLYPH"),
					() -> "the PDF failed without a warning first: " + noGlyph.getMessage());
			return;
		}
		try (PDDocument reopened = Loader.loadPDF(pdf.toByteArray())) {
			assertTrue(reopened.getNumberOfPages() >= 1, "a PDF without pages");
		}
	}

	private static DocumentRenderer pdf;

	private static synchronized DocumentRenderer pdfRenderer() throws IOException {
		if (pdf == null) {
			pdf = OutputFormat.PDF.renderer(null, note -> {
			});
		}
		return pdf;
	}
}
