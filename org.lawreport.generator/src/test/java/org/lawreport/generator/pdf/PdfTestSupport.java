package org.lawreport.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.fonts.DocumentFonts;
import org.lawreport.core.fonts.FontSearch;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.testing.TestSupport;
import org.lawreport.dsl.workspace.ReportWorkspace;
import org.lawreport.generator.pdf.PdfGenerator;

/**
 * Renders seeds with the real generator and the open fonts installed on this machine, and reads the PDF back
 * with PDFBox's text positions: characters with their page, baseline and horizontal extent, grouped into lines.
 */
final class PdfTestSupport {

	static final double MM = 72 / 25.4;
	static final double PAGE_HEIGHT = 297 * MM;
	static final double TYPE_LEFT = 28 * MM;
	static final double TYPE_RIGHT = (210 - 26) * MM;
	static final double TYPE_TOP = 37 * MM;
	static final double TYPE_BOTTOM = (297 - 35) * MM;
	static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");

	/** The open fonts the generator substitutes on Debian, with the package that installs each. */
	static final Map<String, String> REQUIRED_FONTS = Map.of(
			"/usr/share/fonts/truetype/arphic/uming.ttc", "fonts-arphic-uming",
			"/usr/share/fonts/truetype/arphic/ukai.ttc", "fonts-arphic-ukai",
			"/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", "fonts-arphic-gbsn00lp",
			"/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", "fonts-arphic-gkai00mp",
			"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "fonts-wqy-zenhei");

	private static PdfGenerator generator;
	private static final List<String> NOTES = new ArrayList<>();
	private static final Map<String, OfficialDocument> DOCUMENTS = new ConcurrentHashMap<>();
	private static final Map<String, byte[]> RENDERED = new ConcurrentHashMap<>();

	private PdfTestSupport() {
	}

	static void requireFonts() {
		for (var font : REQUIRED_FONTS.entrySet()) {
			assertTrue(Files.isRegularFile(Path.of(font.getKey())),
					"font " + font.getKey() + " is missing: install the Debian package " + font.getValue());
		}
	}

	/** One generator for all PDF tests: fonts from /usr/share/fonts only (no user configuration). */
	static synchronized PdfGenerator generator() {
		if (generator == null) {
			requireFonts();
			FontSearch search = new FontSearch(null, null, List.of(Path.of("/usr/share/fonts")));
			generator = new PdfGenerator(DocumentFonts.open(search, NOTES::add), NOTES::add);
		}
		return generator;
	}

	static synchronized List<String> notes() {
		generator();
		return List.copyOf(NOTES);
	}

	static OfficialDocument document(String prefix) {
		return DOCUMENTS.computeIfAbsent(prefix, p -> {
			try (var files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
				Path seed = files.filter(f -> f.getFileName().toString().startsWith(p) && f.toString().endsWith(".lawreport"))
						.findFirst().orElseThrow(() -> new AssertionError("no seed " + p));
				ReportWorkspace workspace = new ReportWorkspace(TestSupport.INJECTOR);
				return DocumentBuilder.build(workspace.validate(seed).report());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
	}

	static byte[] render(OfficialDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			generator().render(document, out);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	static byte[] seedPdf(String prefix) {
		return RENDERED.computeIfAbsent(prefix, p -> render(document(p)));
	}

	/** A character as PDFBox reads it back: positions in points, y of the baseline from the top of the page. */
	record Glyph(String text, double x, double baseline, double width, double size, String font, double ascent) {
		double right() {
			return x + width;
		}
	}

	/** Characters sharing a baseline on a page, left to right. */
	record TextLineRead(double baseline, List<Glyph> glyphs) {
		String text() {
			StringBuilder out = new StringBuilder();
			glyphs.forEach(g -> out.append(g.text()));
			return out.toString();
		}

		double left() {
			return glyphs.get(0).x();
		}

		double right() {
			return glyphs.get(glyphs.size() - 1).right();
		}

		boolean inTypeArea() {
			return baseline > TYPE_TOP && baseline < TYPE_BOTTOM;
		}
	}

	record PageRead(int number, List<TextLineRead> lines) {
		List<TextLineRead> typeArea() {
			return lines.stream().filter(TextLineRead::inTypeArea).toList();
		}

		List<TextLineRead> belowTypeArea() {
			return lines.stream().filter(l -> l.baseline() > TYPE_BOTTOM).toList();
		}
	}

	/** Reads every page of a PDF into lines of characters. */
	static List<PageRead> read(byte[] pdf) {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return read(doc);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static List<PageRead> read(PDDocument doc) throws IOException {
		List<List<Glyph>> pages = new ArrayList<>();
		PDFTextStripper stripper = new PDFTextStripper() {
			@Override
			protected void startPage(PDPage page) throws IOException {
				pages.add(new ArrayList<>());
				super.startPage(page);
			}

			@Override
			protected void processTextPosition(TextPosition t) {
				pages.get(pages.size() - 1).add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
						t.getFontSizeInPt(), t.getFont().getName(), t.getFont().getFontDescriptor().getAscent() / 1000));
			}
		};
		stripper.getText(doc);
		List<PageRead> out = new ArrayList<>();
		for (int p = 0; p < pages.size(); p++) {
			List<Glyph> glyphs = new ArrayList<>(pages.get(p));
			glyphs.removeIf(g -> g.text().isBlank());
			glyphs.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
			List<TextLineRead> lines = new ArrayList<>();
			List<Glyph> current = new ArrayList<>();
			for (Glyph g : glyphs) {
				if (!current.isEmpty() && Math.abs(g.baseline() - current.get(0).baseline()) > 1) {
					lines.add(line(current));
					current = new ArrayList<>();
				}
				current.add(g);
			}
			if (!current.isEmpty()) {
				lines.add(line(current));
			}
			out.add(new PageRead(p + 1, lines));
		}
		return out;
	}

	private static TextLineRead line(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::x));
		return new TextLineRead(sorted.get(0).baseline(), sorted);
	}

	static double mm(double points) {
		return points / MM;
	}

	/** A Han character or full-width punctuation: what takes one cell of the grid. */
	static boolean cjk(String text) {
		int cp = text.codePointAt(0);
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F
				|| cp >= 0xFF01 && cp <= 0xFF60 || "“”‘’—…·".indexOf(cp) >= 0;
	}

	/** The first line of a heading: indented two cells and starting with 一、 （一） 1. or （1）. */
	static boolean heading(TextLineRead line) {
		return Math.abs(line.left() - TYPE_LEFT - 2 * 156.0 / 28 * MM) < 1 * MM
				&& line.text().matches("^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\\d+\\.(?!\\d)|（\\d+）).*");
	}

	static void failWith(String message) {
		fail(message);
	}
}
