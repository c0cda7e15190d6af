package org.lawreport.generator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.lawreport.core.document.OfficialDocument;
import org.lawreport.generator.docx.DocxGenerator;
import org.lawreport.generator.html.HtmlGenerator;
import org.lawreport.generator.pdf.PdfGenerator;

/**
 * The output formats, and the Java API the command line and the editor's export commands share:
 * {@code OutputFormat.PDF.renderer(fontConfig, notes).render(document, out)}.
 */
public enum OutputFormat {
	/** Plain text: 版头 lines, title, body with generated numbers, signature and date. */
	TXT("txt"),
	/** DOCX in the GB/T 9704 layout, for WPS and Word. */
	DOCX("docx"),
	/** PDF in the GB/T 9704 layout, fonts embedded, for publication. */
	PDF("pdf"),
	/** One self-contained HTML file for the website. */
	HTML("html");

	private final String extension;

	OutputFormat(String extension) {
		this.extension = extension;
	}

	public String extension() {
		return extension;
	}

	/**
	 * A renderer for this format. {@code fontConfig} (PDF only) names a properties file of font files, or
	 * {@code null} for the configured default and then open substitutes; {@code notes} receives, in Chinese,
	 * which font substitutions were made.
	 */
	public DocumentRenderer renderer(Path fontConfig, Consumer<String> notes) throws IOException {
		return switch (this) {
			case TXT -> new DocumentRenderer() {
				@Override
				public void render(OfficialDocument document, OutputStream out) throws IOException {
					out.write(PlainTextGenerator.render(document).getBytes(StandardCharsets.UTF_8));
				}

				@Override
				public String extension() {
					return "txt";
				}
			};
			case DOCX -> new DocxGenerator();
			case PDF -> PdfGenerator.create(fontConfig, notes);
			case HTML -> new HtmlGenerator();
		};
	}
}
