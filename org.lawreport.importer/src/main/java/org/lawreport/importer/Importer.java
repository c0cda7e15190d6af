package org.lawreport.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.importer.source.SourceDocument;
import org.lawreport.importer.source.SourceReader;

import com.google.inject.Injector;

/**
 * Imports an original (text, Word document, web page) as a LawReport report: reads it
 * ({@link SourceReader}), recognises the report ({@link Recognizer}), writes the source ({@link LawReportWriter})
 * and lays it out with the language's formatter. Nothing is written to disk and the original is only read.
 */
public final class Importer {

	private final Injector injector;
	private final Recognizer recognizer;
	private XtextResourceSet resourceSet;
	private int counter;

	public Importer(Injector injector) {
		this(injector, new Recognizer(GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar())));
	}

	public Importer(Injector injector, Recognizer recognizer) {
		this.injector = injector;
		this.recognizer = recognizer;
	}

	/** Reads and imports a file. */
	public ImportResult importFile(Path path) throws IOException {
		return importDocument(SourceReader.read(path));
	}

	/** Imports an original already read into lines. */
	public ImportResult importDocument(SourceDocument document) {
		Recognizer.Recognition recognition = recognizer.recognize(document);
		LawReportWriter.Written written = LawReportWriter.write(recognition.report());
		List<ImportNote> notes = new ArrayList<>(recognition.notes());
		String formatted = format(written.text(), notes);
		return new ImportResult(document, recognition.report(), formatted, List.copyOf(notes),
				lineMap(formatted, written.elementLines()));
	}

	/** The text laid out by the formatter; unchanged (with an entry) if it does not parse, which would be a bug. */
	private String format(String text, List<ImportNote> notes) {
		if (resourceSet == null) {
			resourceSet = injector.getInstance(XtextResourceSet.class);
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("import:/" + (counter++) + ".lawreport"));
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			if (!resource.getErrors().isEmpty()) {
				notes.add(new ImportNote(0, Finding.Level.ERROR, ImportNote.Category.FINDING, "IMP-INTERNAL",
						ImporterTexts.text("internal.syntax", resource.getErrors().get(0).getMessage())));
				return text;
			}
			ITextRegionAccess regions = injector.getProvider(TextRegionAccessBuilder.class).get().forNodeModel(resource).create();
			FormatterRequest request = injector.getInstance(FormatterRequest.class);
			request.setTextRegionAccess(regions);
			IFormatter2 formatter = injector.getInstance(IFormatter2.class);
			String formatted = regions.getRewriter().renderToString(formatter.format(request));
			return formatted.endsWith("\n") ? formatted : formatted + "\n";
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			resourceSet.getResources().remove(resource);
		}
	}

	/** Element lines of the formatted text, in order, carry the original lines the writer recorded. */
	private static int[] lineMap(String text, List<Integer> elementLines) {
		String[] lines = text.split("\n", -1);
		int[] map = new int[lines.length];
		int k = 0;
		for (int i = 0; i < lines.length; i++) {
			String t = lines[i].strip();
			if (t.isEmpty() || t.startsWith("//")) {
				continue;
			}
			map[i] = k < elementLines.size() ? elementLines.get(k) : 0;
			k++;
		}
		return map;
	}
}
