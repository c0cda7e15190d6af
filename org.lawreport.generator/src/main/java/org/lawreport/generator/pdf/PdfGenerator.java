package org.lawreport.generator.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.fonts.DocumentFonts;
import org.lawreport.core.fonts.FontConfigurationException;
import org.lawreport.core.fonts.FontFace;
import org.lawreport.core.fonts.FontSearch;
import org.lawreport.core.layout.BreakRules;
import org.lawreport.core.layout.DocumentLayout;
import org.lawreport.core.layout.FontRole;
import org.lawreport.core.layout.LaidOutDocument.Ink;
import org.lawreport.core.layout.LaidOutDocument.Page;
import org.lawreport.core.layout.LaidOutDocument.Rule;
import org.lawreport.core.layout.LaidOutDocument.TextLine;
import org.lawreport.core.layout.LaidOutDocument;
import org.lawreport.core.layout.PlacedGlyph;
import org.lawreport.generator.DocumentRenderer;
import org.lawreport.generator.GeneratorTexts;

/**
 * Renders a report as a PDF in the GB/T 9704-2012 layout ({@link DocumentLayout}), with its own line and page
 * breaking on the 22 × 28 grid. Fonts are embedded as subsets (CID TrueType, Identity-H, with a ToUnicode map, so
 * the text can be searched and copied); each font is embedded once per document. The document carries its title,
 * its author (the 发文机关) and its language (zh-CN).
 *
 * <p>The generator keeps its fonts open between documents and may render several documents at once, on several
 * threads: the fonts are read-only and each render has its own subsets.
 */
public final class PdfGenerator implements DocumentRenderer, AutoCloseable {

	private static final float[] RED = { 0.9f, 0f, 0.07f };
	private static final float[] BLACK = { 0f, 0f, 0f };

	private final DocumentFonts fonts;
	private final Consumer<String> notes;
	private final DocumentLayout layout;
	/** Notes already given: a batch of reports gets each fallback note once. */
	private final Set<String> told = ConcurrentHashMap.newKeySet();

	public PdfGenerator(DocumentFonts fonts, Consumer<String> notes) {
		this.fonts = fonts;
		this.notes = notes;
		this.layout = new DocumentLayout(fonts);
	}

	/**
	 * The generator for the command line: fonts from {@code fontConfigOrNull}, else the file named by
	 * LAWREPORT_FONTS, else ~/.config/lawreport/fonts.properties, then substitutes found on the system. Each
	 * substitution is told to {@code notes} in Chinese.
	 *
	 * @throws FontConfigurationException (Chinese message) when no usable font exists for a role
	 */
	public static PdfGenerator create(Path fontConfigOrNull, Consumer<String> notes) {
		return new PdfGenerator(DocumentFonts.open(FontSearch.standard(fontConfigOrNull), notes), notes);
	}

	@Override
	public String extension() {
		return "pdf";
	}

	public DocumentFonts fonts() {
		return fonts;
	}

	/** The pages as this generator lays them out (what {@link #render} draws). */
	public LaidOutDocument layout(OfficialDocument document) {
		return layout.layout(document);
	}

	@Override
	public void render(OfficialDocument document, OutputStream out) throws IOException {
		LaidOutDocument pages = layout.layout(document);
		try (PDDocument pdf = new PDDocument()) {
			Painter painter = new Painter(pdf);
			for (Page page : pages.pages()) {
				painter.paint(page);
			}
			painter.finish();
			metadata(pdf, document);
			pdf.setDocumentId(stableId(document));
			// PDFBox does not close the stream it saves to: the caller owns it
			BufferedOutputStream target = new BufferedOutputStream(out, 1 << 16);
			pdf.save(target, CompressParameters.NO_COMPRESSION);
			target.flush();
			painter.reportFallbacks();
		}
	}

	private static void metadata(PDDocument pdf, OfficialDocument document) {
		PDDocumentInformation info = pdf.getDocumentInformation();
		String title = document.header().title();
		if (title != null) {
			info.setTitle(title);
		}
		if (document.header().issuer() != null) {
			info.setAuthor(document.header().issuer());
		}
		info.setCreator("LawReport");
		PDDocumentCatalog catalog = pdf.getDocumentCatalog();
		catalog.setLanguage("zh-CN");
		if (title != null) {
			PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
			preferences.setDisplayDocTitle(true);
			catalog.setViewerPreferences(preferences);
		}
	}

	/** The same document gives the same file: the trailer ID is derived from the text, not from the clock. */
	private static long stableId(OfficialDocument document) {
		long h = 1125899906842597L;
		String text = document.toString();
		for (int i = 0; i < text.length(); i++) {
			h = 31 * h + text.charAt(i);
		}
		return h;
	}

	@Override
	public void close() {
		fonts.close();
	}

	/** Draws pages into one PDF document, embedding each font face once. */
	private final class Painter {
		private final PDDocument pdf;
		private final Map<FontFace, PdfFontEmbedding> embedded = new IdentityHashMap<>();
		/** one resource dictionary for every page: the document's fonts, filled in once the pages are drawn */
		private final COSDictionary fontResources = new COSDictionary();
		private final COSDictionary resources = new COSDictionary();
		/** role → (font used instead → characters), for the notes */
		private final Map<FontRole, Map<FontFace, Set<String>>> fallbacks = new LinkedHashMap<>();
		private final ContentBytes content = new ContentBytes(1 << 15);

		Painter(PDDocument pdf) {
			this.pdf = pdf;
			resources.setItem(COSName.FONT, fontResources);
		}

		void paint(Page page) throws IOException {
			PDPage pdPage = new PDPage(new PDRectangle((float) DocumentLayout.PAGE_WIDTH, (float) DocumentLayout.PAGE_HEIGHT));
			pdf.addPage(pdPage);
			pdPage.setResources(new PDResources(resources));
			ContentBytes cs = content;
			cs.reset();
			for (Rule rule : page.rules()) {
				color(cs, rule.ink());
				cs.number(rule.x0()).number(DocumentLayout.PAGE_HEIGHT - rule.y() - rule.thickness() / 2)
						.number(rule.x1() - rule.x0()).number(rule.thickness()).ascii("re\nf\n");
			}
			for (TextLine line : page.lines()) {
				if (!line.glyphs().isEmpty()) {
					text(cs, line);
				}
			}
			pdPage.getCOSObject().setItem(COSName.CONTENTS, FlateStreams.of(pdf, cs.array(), cs.length()));
		}

		/** Writes the fonts the pages used; call after the last page. */
		void finish() throws IOException {
			for (PdfFontEmbedding font : embedded.values()) {
				fontResources.setItem(font.resourceName(), font.write(pdf));
			}
		}

		private void color(ContentBytes cs, Ink ink) {
			float[] rgb = ink == Ink.RED ? RED : BLACK;
			cs.number(rgb[0]).number(rgb[1]).number(rgb[2]).ascii("rg\n");
		}

		private void text(ContentBytes cs, TextLine line) throws IOException {
			color(cs, line.ink());
			cs.ascii("BT\n");
			double scale = line.horizontalScale();
			if (scale != 1) {
				cs.number(scale * 100).ascii("Tz\n");
			}
			double y = DocumentLayout.PAGE_HEIGHT - line.baseline();
			List<PlacedGlyph> glyphs = line.glyphs();
			int i = 0;
			while (i < glyphs.size()) {
				PlacedGlyph first = glyphs.get(i);
				FontFace face = face(first);
				int j = i + 1;
				while (j < glyphs.size() && glyphs.get(j).size() == first.size() && face(glyphs.get(j)) == face) {
					j++;
				}
				run(cs, face, glyphs.subList(i, j), scale, y);
				i = j;
			}
			if (scale != 1) {
				cs.ascii("100 Tz\n");
			}
			cs.ascii("ET\n");
		}

		/** Shows glyphs of one face as a TJ array whose adjustments put every glyph exactly where it belongs. */
		private void run(ContentBytes cs, FontFace face, List<PlacedGlyph> glyphs, double scale, double y) {
			PdfFontEmbedding font = embedded.get(face);
			if (font == null) {
				font = new PdfFontEmbedding(face, COSName.getPDFName("F" + (embedded.size() + 1)));
				embedded.put(face, font);
			}
			double size = glyphs.get(0).size();
			cs.ascii('/').ascii(font.resourceName().getName()).ascii(' ').number(size).ascii("Tf\n");
			int n = glyphs.size();
			int[] cids = new int[n];
			double[] drawX = new double[n];
			float[] widths = new float[n];
			for (int k = 0; k < n; k++) {
				PlacedGlyph g = glyphs.get(k);
				cids[k] = font.cid(g.codePoint());
				widths[k] = font.width(cids[k]);
				drawX[k] = g.x() + offsetInSlot(g, widths[k] / 1000.0 * size * scale, scale);
			}
			cs.ascii("1 0 0 1 ").number(drawX[0]).number(y).ascii("Tm\n[<");
			for (int k = 0; k < n; k++) {
				cs.hex16(cids[k]);
				if (k + 1 < n) {
					double step = drawX[k + 1] - drawX[k];
					double adjust = widths[k] - step * 1000 / (size * scale);
					if (Math.abs(adjust) > 0.001) {
						cs.ascii("> ").number(adjust).ascii('<');
					}
				}
			}
			cs.ascii(">] TJ\n");
		}

		/**
		 * Where a glyph sits in its slot: a CJK glyph as wide as its cell is centred in it; a narrower one (some
		 * fonts draw “ ” ‘ ’ narrow) hugs the side its mark belongs to.
		 */
		private double offsetInSlot(PlacedGlyph g, double advance, double scale) {
			if (!g.fullWidth()) {
				return 0;
			}
			double slot = g.width() * scale;
			if (advance >= 0.9 * slot) {
				return (slot - advance) / 2;
			}
			if (BreakRules.opening(g.codePoint())) {
				return slot - advance;
			}
			if (BreakRules.noLineStart(g.codePoint())) {
				return 0;
			}
			return (slot - advance) / 2;
		}

		private FontFace face(PlacedGlyph g) throws IOException {
			FontFace primary = fonts.face(g.role());
			if (primary.hasGlyph(g.codePoint())) {
				return primary;
			}
			FontFace face = fonts.faceFor(g.role(), g.codePoint());
			if (face == null) {
				throw new IOException(GeneratorTexts.text("pdf.noGlyph", g.text(), String.format("%04X", g.codePoint())));
			}
			fallbacks.computeIfAbsent(g.role(), r -> new LinkedHashMap<>())
					.computeIfAbsent(face, f -> new LinkedHashSet<>()).add(g.text());
			return face;
		}

		void reportFallbacks() {
			for (var byRole : fallbacks.entrySet()) {
				FontRole role = byRole.getKey();
				for (var byFace : byRole.getValue().entrySet()) {
					Set<String> chars = byFace.getValue();
					String sample = String.join("", chars.stream().limit(12).toList());
					String note = GeneratorTexts.text("pdf.fallback", role.label(), fonts.face(role).displayName(), sample,
							chars.size() > 12 ? GeneratorTexts.text("pdf.fallbackMore", chars.size()) : "", byFace.getKey().describe());
					if (told.add(note)) {
						notes.accept(note);
					}
				}
			}
		}

	}
}
