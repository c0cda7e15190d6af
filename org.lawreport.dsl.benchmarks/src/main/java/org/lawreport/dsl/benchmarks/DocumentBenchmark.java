package org.lawreport.dsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.lawreport.core.document.OfficialDocument;
import org.lawreport.dsl.LawReportStandaloneSetup;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.generator.docx.DocxGenerator;
import org.lawreport.generator.html.HtmlGenerator;
import org.lawreport.generator.pdf.PdfGenerator;
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

/** Warm cost of writing one seed-sized report as DOCX, PDF and HTML (targets 50, 150 and 10 ms). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class DocumentBenchmark {

	@Param({ "000_5032f3d1ab3637ce.lawreport", "003_0db46809fcd894a2.lawreport" })
	public String seed;

	private OfficialDocument document;
	private DocxGenerator docx;
	private PdfGenerator pdf;
	private HtmlGenerator html;

	@Setup
	public void setUp() throws IOException {
		var injector = new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("bench:/" + seed));
		resource.load(new ByteArrayInputStream(SeedReport.text(seed).getBytes(StandardCharsets.UTF_8)),
				Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		document = DocumentBuilder.build((Report) resource.getContents().get(0));
		docx = new DocxGenerator();
		pdf = PdfGenerator.create(null, note -> { });
		html = new HtmlGenerator();
	}

	@Benchmark
	public byte[] docx() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		docx.render(document, out);
		return out.toByteArray();
	}

	@Benchmark
	public byte[] pdf() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
		pdf.render(document, out);
		return out.toByteArray();
	}

	@Benchmark
	public byte[] html() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		html.render(document, out);
		return out.toByteArray();
	}
}
