package org.lawreport.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote.Category;
import org.lawreport.importer.source.SourceDocument;
import org.lawreport.importer.source.SourceLine;
import org.lawreport.importer.source.SourceNote;

/**
 * Turns the lines of an original into a {@link Draft.Report}, and lists in {@link ImportNote}s everything about the
 * original that did not fit the template as it stood. Plain Java: no Xtext.
 *
 * <p>In order:
 * <ol>
 * <li>Website junk (navigation, link lists, 版权所有, ICP/公网安备 lines, the page outside the article) is dropped
 * and listed.</li>
 * <li>The closing: 成文日期 (also with a trailing 印, or on one line with the signature), the 署名 above it, an
 * 附件说明 above that; 附注, 抄送 and 印发 lines after it. Text after the end is dropped and listed.</li>
 * <li>The 版头 above the body: 发文机关标志 ("…文件"), 发文字号 (brackets normalised to 〔〕), 签发人 (with the label
 * the original printed), 标题 (also over two lines), 主送机关.</li>
 * <li>The body: lines broken inside a sentence are joined, spaces around numbers removed; headings are recognised
 * by their numbers 一、（一）1.（1） (or a Word heading style), split from the sentence they run into (接排), and
 * their numbering checked; paragraphs are split into run-in points 一是…二是…, counted across the paragraphs of
 * one heading as the language does.</li>
 * <li>Meaning: each part is mapped to a template part by its heading's words (simplified or Traditional); a part
 * naming two has its sub-section marked 对应; a mandatory part found only inside another is marked there.</li>
 * <li>Figures are typed, relations stated in the text proposed as rules, the report year, level and issuer
 * inferred where the original does not state them.</li>
 * </ol>
 * Every character of the original's text is kept, in order; only white space changes.
 */
public final class Recognizer {

	/** The outcome: the report and the import report's entries (sorted by line). */
	public record Recognition(SourceDocument source, Draft.Report report, List<ImportNote> notes) {
	}

	private final FigureScanner figures;
	private final Set<String> keywords;

	/** A recognizer with the standard units; {@code keywords} are the language's (no figure is named after one). */
	public Recognizer(Set<String> keywords) {
		this(FigureScanner.standard(), keywords);
	}

	public Recognizer(FigureScanner figures, Set<String> keywords) {
		this.figures = figures;
		this.keywords = Set.copyOf(keywords);
	}

	public Recognition recognize(SourceDocument source) {
		ImportContext ctx = new ImportContext(source);
		for (SourceNote n : source.notes()) {
			Category category = switch (n.code()) {
				case "IMP-HTML-ARTICLE" -> Category.GUESSED;
				case "IMP-HEADER-FOOTER" -> Category.DROPPED;
				default -> Category.NORMALISED;
			};
			ctx.notes.add(ImportNote.info(n.line(), category, n.code(), n.message()));
		}
		List<ImportContext.Line> kept = dropJunk(ctx);
		int end = OfficialElements.closing(ctx, kept);
		int start = OfficialElements.front(ctx, kept, end);
		BodyStructure body = new BodyStructure(ctx, figures);
		body.structure(body.blocks(kept.subList(start, end)));
		ReportMeaning.inferMetadata(ctx);
		ReportMeaning.mapParts(ctx);
		Relations.Found found = Relations.find(ctx.report, keywords);
		ctx.report.rules().addAll(found.rules());
		ctx.notes.addAll(found.notes());
		writeMetadata(ctx);
		comments(ctx, found.comments());
		List<ImportNote> notes = new ArrayList<>(ctx.notes);
		notes.sort((a, b) -> Integer.compare(a.line(), b.line()));
		return new Recognition(source, ctx.report, List.copyOf(notes));
	}

	/** Drops website junk (and, in a web page, everything outside the article), listing each line. */
	private static List<ImportContext.Line> dropJunk(ImportContext ctx) {
		List<ImportContext.Line> kept = new ArrayList<>();
		for (SourceLine sl : ctx.source.lines()) {
			String text = ProseText.clean(sl.text());
			if (text.isEmpty()) {
				continue;
			}
			ImportContext.Line line = new ImportContext.Line(sl.number(), text, sl.styleLevel(), sl.titleStyle());
			Optional<String> why = WebsiteJunk.reason(text);
			if (sl.outsideContent()) {
				drop(ctx, line, ImporterTexts.text("junk.outsideArticle", why.orElse(ImporterTexts.text("junk.layout"))));
			} else if (why.isPresent()) {
				drop(ctx, line, why.get());
			} else {
				kept.add(line);
			}
		}
		return kept;
	}

	private static void drop(ImportContext ctx, ImportContext.Line line, String why) {
		ctx.dropped.add(line);
		ctx.notes.add(ImportNote.info(line.number(), Category.DROPPED, "IMP-JUNK", ImporterTexts.text("junk.dropped", why, line.text())));
	}

	private static void writeMetadata(ImportContext ctx) {
		// in the order of the document: 版头, title, then the closing elements
		for (MetadataKey key : List.of(MetadataKey.TITLE, MetadataKey.YEAR, MetadataKey.LEVEL, MetadataKey.ISSUER,
				MetadataKey.ISSUER_MARK, MetadataKey.DOCUMENT_NUMBER, MetadataKey.SIGNER, MetadataKey.RECIPIENT,
				MetadataKey.SIGNATURE, MetadataKey.DATE, MetadataKey.ATTACHMENT, MetadataKey.NOTE, MetadataKey.COPY_TO,
				MetadataKey.PRINTER, MetadataKey.PRINT_DATE)) {
			Draft.Metadatum m = ctx.meta.get(key);
			if (m != null) {
				ctx.report.metadata().put(key, m);
			}
		}
	}

	private static void comments(ImportContext ctx, List<String> relationComments) {
		SourceDocument source = ctx.source;
		String name = source.path().getFileName() == null ? source.path().toString() : source.path().getFileName().toString();
		List<String> comments = ctx.report.comments();
		comments.add(ImporterTexts.text("comment.origin", name, source.kind().chinese(), source.encoding()));
		if (!ctx.dropped.isEmpty()) {
			comments.add(ImporterTexts.text("comment.dropped"));
			for (ImportContext.Line l : ctx.dropped) {
				comments.add(ImporterTexts.text("comment.droppedLine", l.number(), l.text()));
			}
		}
		if (!relationComments.isEmpty()) {
			comments.add(ImporterTexts.text("comment.relations"));
			comments.addAll(relationComments);
		}
	}
}
