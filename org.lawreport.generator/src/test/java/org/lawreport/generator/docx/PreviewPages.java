package org.lawreport.generator.docx;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.lawreport.testing.LibreOffice;

/**
 * A helper for looking at the output, not a test: writes the DOCX of the given seeds (prefixes such as 003, or
 * 003+版记 for the seed with a 版记), converts them with LibreOffice, and renders the first, a middle and the last
 * page as PNG at 60 dpi into the folder given first (default target/docx-preview).
 *
 * <pre>
 * java -cp … org.lawreport.generator.docx.PreviewPages target/docx-preview 000 003
 * </pre>
 */
public final class PreviewPages {

	private PreviewPages() {
	}

	public static void main(String[] args) throws Exception {
		Path out = Path.of(args.length > 0 ? args[0] : "target/docx-preview");
		Files.createDirectories(out);
		List<Path> docx = new ArrayList<>();
		for (int i = 1; i < args.length; i++) {
			String name = args[i];
			var document = name.endsWith("+版记")
					? SeedDocuments.seedWith(name.substring(0, name.length() - 3), SeedDocuments.VERSION_RECORD)
					: SeedDocuments.seed(name);
			Path file = out.resolve(name.replace("+版记", "-record") + ".docx");
			Files.write(file, SeedDocuments.docx(document));
			docx.add(file);
		}
		for (Path pdf : LibreOffice.convertToPdf(docx, out)) {
			try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
				PDFRenderer renderer = new PDFRenderer(document);
				int n = document.getNumberOfPages();
				for (int page : new java.util.TreeSet<>(List.of(0, n / 2, n - 1))) {
					BufferedImage image = renderer.renderImageWithDPI(page, 60);
					Path png = out.resolve(pdf.getFileName().toString().replace(".pdf", "") + "-" + (page + 1) + ".png");
					ImageIO.write(image, "png", png.toFile());
					System.out.println(png);
				}
			}
		}
	}
}
