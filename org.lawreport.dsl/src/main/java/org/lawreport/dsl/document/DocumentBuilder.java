package org.lawreport.dsl.document;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.lawreport.core.document.OfficialDocument.Block;
import org.lawreport.core.document.OfficialDocument.Closing;
import org.lawreport.core.document.OfficialDocument.Header;
import org.lawreport.core.document.OfficialDocument.Heading;
import org.lawreport.core.document.OfficialDocument.Paragraph;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.core.text.HeadingNumbers;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Prose;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Point;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;

/**
 * Lays a parsed report out as an {@link OfficialDocument}: heading numbers per level and container
 * (一、 per report, （一） per part, 1. per section or part, （1） per item), run-in numbers (一是…) counted
 * across the paragraphs of one heading, 接排 headings joined with their first paragraph.
 */
public final class DocumentBuilder {

	private DocumentBuilder() {
	}

	public static OfficialDocument build(Report report) {
		Metadata meta = Metadata.of(report);
		Header header = new Header(meta.text(MetadataKey.ISSUER), meta.text(MetadataKey.ISSUER_MARK), meta.text(MetadataKey.DOCUMENT_NUMBER),
				meta.labelOr(MetadataKey.SIGNER, "签发人："), meta.text(MetadataKey.SIGNER),
				meta.text(MetadataKey.TITLE), meta.text(MetadataKey.RECIPIENT));
		List<Block> body = new ArrayList<>();
		addParagraphs(report.getOpening(), body);
		int partNumber = 0;
		for (Part part : report.getParts()) {
			addHeading(1, HeadingNumbers.part(++partNumber), part.getTitle(), part.isRunIn(), part.getContent(), body);
		}
		Closing closing = new Closing(meta.text(MetadataKey.ATTACHMENT), meta.text(MetadataKey.SIGNATURE),
				meta.text(MetadataKey.DATE), meta.text(MetadataKey.SEAL), meta.text(MetadataKey.NOTE),
				meta.text(MetadataKey.COPY_TO), meta.text(MetadataKey.PRINTER), meta.text(MetadataKey.PRINT_DATE));
		return new OfficialDocument(header, body, closing);
	}

	private static void addHeading(int level, String number, RichText title, boolean runIn, List<? extends EObject> content, List<Block> out) {
		List<EObject> rest = new ArrayList<>(content);
		RunInCounter counter = new RunInCounter();
		List<Run> runOn = List.of();
		if (runIn && !rest.isEmpty() && rest.get(0) instanceof org.lawreport.dsl.lawReport.Paragraph first) {
			runOn = paragraphRuns(first, counter);
			rest.remove(0);
		}
		out.add(new Heading(level, number, Prose.runs(title), runOn));
		int sections = 0;
		int items = 0;
		int subItems = 0;
		for (EObject child : rest) {
			if (child instanceof org.lawreport.dsl.lawReport.Paragraph p) {
				out.add(new Paragraph(paragraphRuns(p, counter)));
			} else if (child instanceof Section s) {
				addHeading(2, HeadingNumbers.section(++sections), s.getTitle(), s.isRunIn(), s.getContent(), out);
			} else if (child instanceof Item i) {
				addHeading(3, HeadingNumbers.item(++items), i.getTitle(), i.isRunIn(), i.getContent(), out);
			} else if (child instanceof SubItem si) {
				addHeading(4, HeadingNumbers.subItem(++subItems), si.getTitle(), si.isRunIn(), si.getContent(), out);
			}
		}
	}

	private static void addParagraphs(List<org.lawreport.dsl.lawReport.Paragraph> paragraphs, List<Block> out) {
		RunInCounter counter = new RunInCounter();
		for (org.lawreport.dsl.lawReport.Paragraph p : paragraphs) {
			out.add(new Paragraph(paragraphRuns(p, counter)));
		}
	}

	private static List<Run> paragraphRuns(org.lawreport.dsl.lawReport.Paragraph paragraph, RunInCounter counter) {
		List<Run> runs = new ArrayList<>();
		if (paragraph.getLead() != null) {
			runs.addAll(Prose.runs(paragraph.getLead()));
		}
		for (Point point : paragraph.getPoints()) {
			runs.add(new Run(HeadingNumbers.runIn(counter.next()), Run.Kind.RUN_IN_NUMBER));
			runs.addAll(Prose.runs(point.getText()));
		}
		return runs;
	}

	/** Run-in numbers continue across the paragraphs of one heading. */
	private static final class RunInCounter {
		private int count;

		int next() {
			return ++count;
		}
	}
}
