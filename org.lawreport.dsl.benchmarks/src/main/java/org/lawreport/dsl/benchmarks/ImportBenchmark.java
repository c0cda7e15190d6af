package org.lawreport.dsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.LawReportStandaloneSetup;
import org.lawreport.dsl.library.LibraryTemplates;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.Importer;
import org.lawreport.importer.source.SourceReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Warm cost of importing one seed-sized report, as {@code lawreport import} does per file before writing it: read
 * the original from its bytes, recognise the report, write and format the LawReport source. Once from the seed's
 * text (target ≤ 20 ms) and once from a Word document made of the same lines, its part headings in 标题 1
 * (target ≤ 100 ms). {@code importTextAndValidate} adds what the command does next with the written file: parse,
 * link and validate it, for the whole cost per file.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ImportBenchmark {

	/** Each seed's original text: 8.7 KB (001) to 17.2 KB (003). */
	@Param({ "000_5032f3d1ab3637ce.txt", "001_c41a6bf51d27d1a9.txt", "002_f483cf9d47ff0326.txt",
			"003_0db46809fcd894a2.txt", "004_52704d554b0368b2.txt" })
	public String seed;

	private Importer importer;
	private XtextResourceSet resourceSet;
	private IResourceValidator validator;
	private int counter;
	private byte[] text;
	private byte[] docx;

	@Setup
	public void setUp() throws IOException {
		var injector = new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		importer = new Importer(injector);
		resourceSet = injector.getInstance(XtextResourceSet.class);
		LibraryTemplates.in(resourceSet);
		validator = injector.getInstance(IResourceValidator.class);
		String original = SeedReport.text(seed);
		text = original.getBytes(StandardCharsets.UTF_8);
		docx = docx(original.lines().toList());
	}

	@Benchmark
	public ImportResult importText() throws IOException {
		return importer.importDocument(SourceReader.read(Path.of(seed), text));
	}

	@Benchmark
	public ImportResult importDocx() throws IOException {
		return importer.importDocument(SourceReader.read(Path.of("report.docx"), docx));
	}

	@Benchmark
	public List<Issue> importTextAndValidate() throws IOException {
		ImportResult result = importer.importDocument(SourceReader.read(Path.of(seed), text));
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench:/" + (counter++) + ".lawreport"));
		resource.load(new ByteArrayInputStream(result.lawreport().getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		resourceSet.getResources().remove(resource);
		return issues;
	}

	/** One paragraph per line; lines numbered 一、二、… get the heading style 标题 1. */
	private static byte[] docx(List<String> lines) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = document.createStyles();
			CTStyle heading = CTStyle.Factory.newInstance();
			heading.setStyleId("Heading1");
			heading.setType(STStyleType.PARAGRAPH);
			CTString name = CTString.Factory.newInstance();
			name.setVal("heading 1");
			heading.setName(name);
			styles.addStyle(new XWPFStyle(heading, styles));
			for (String line : lines) {
				XWPFParagraph p = document.createParagraph();
				if (line.matches("^[一二三四五六七八九十]+、.*")) {
					p.setStyle("Heading1");
				}
				if (!line.isEmpty()) {
					p.createRun().setText(line);
				}
			}
			document.write(out);
			return out.toByteArray();
		}
	}
}
