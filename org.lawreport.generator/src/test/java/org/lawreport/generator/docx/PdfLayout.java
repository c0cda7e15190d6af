package org.lawreport.generator.docx;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as placed glyphs, grouped into lines by baseline, in millimetres from the page's top-left
 * corner (read with PDFBox, independently of the generator).
 */
final class PdfLayout {

	static final double MM_PER_POINT = 25.4 / 72;

	/** One glyph: its text, its left and right edges, its baseline and its top (baseline less the glyph height). */
	record Glyph(String text, double left, double right, double baseline, double top, double fontSize, String font) {
	}

	/** Glyphs sharing a baseline, left to right. */
	record Line(List<Glyph> glyphs) {
		String text() {
			return glyphs.stream().map(Glyph::text).collect(Collectors.joining());
		}

		/** The text without white space. */
		String characters() {
			return text().replaceAll("[\\s\\u3000]+", "");
		}

		double left() {
			return glyphs.get(0).left();
		}

		double right() {
			return glyphs.get(glyphs.size() - 1).right();
		}

		double baseline() {
			return glyphs.get(0).baseline();
		}

		double top() {
			return glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow();
		}
	}

	record Page(int number, double height, List<Line> lines) {
		/** Lines above the given line (the type area's bottom), i.e. without the footer. */
		List<Line> linesAbove(double bottomMm) {
			return lines.stream().filter(l -> l.baseline() <= bottomMm).toList();
		}

		List<Line> linesBelow(double bottomMm) {
			return lines.stream().filter(l -> l.baseline() > bottomMm).toList();
		}
	}

	private PdfLayout() {
	}

	static List<Page> read(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			List<Page> pages = new ArrayList<>();
			for (int i = 1; i <= document.getNumberOfPages(); i++) {
				Collector collector = new Collector();
				collector.setStartPage(i);
				collector.setEndPage(i);
				collector.getText(document);
				double height = document.getPage(i - 1).getMediaBox().getHeight() * MM_PER_POINT;
				pages.add(new Page(i, height, group(collector.glyphs)));
			}
			return pages;
		}
	}

	private static List<Line> group(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::left));
		List<List<Glyph>> lines = new ArrayList<>();
		for (Glyph g : sorted) {
			List<Glyph> last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
			if (last != null && Math.abs(last.get(0).baseline() - g.baseline()) < 1.0) {
				last.add(g);
			} else {
				lines.add(new ArrayList<>(List.of(g)));
			}
		}
		List<Line> result = new ArrayList<>();
		for (List<Glyph> line : lines) {
			line.sort(Comparator.comparingDouble(Glyph::left));
			result.add(new Line(List.copyOf(line)));
		}
		return result;
	}

	private static final class Collector extends PDFTextStripper {
		final List<Glyph> glyphs = new ArrayList<>();

		Collector() throws IOException {
			setSortByPosition(true);
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) {
			for (TextPosition p : positions) {
				String unicode = p.getUnicode();
				if (unicode == null || unicode.isBlank()) {
					continue;
				}
				double left = p.getXDirAdj() * MM_PER_POINT;
				double right = (p.getXDirAdj() + p.getWidthDirAdj()) * MM_PER_POINT;
				double baseline = p.getYDirAdj() * MM_PER_POINT;
				// the em box's top: the font's ascent above the baseline
				double ascent = 0.88;
				String font = "";
				if (p.getFont() != null) {
					font = String.valueOf(p.getFont().getName());
					if (p.getFont().getFontDescriptor() != null && p.getFont().getFontDescriptor().getAscent() > 0) {
						ascent = p.getFont().getFontDescriptor().getAscent() / 1000;
					}
				}
				double top = baseline - ascent * p.getFontSizeInPt() * MM_PER_POINT;
				glyphs.add(new Glyph(unicode, left, right, baseline, top, p.getFontSizeInPt(), font));
			}
		}

		@Override
		protected void writeLineSeparator() {
		}

		@Override
		protected void writeWordSeparator() {
		}
	}
}
