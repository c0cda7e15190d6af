package org.lawreport.dsl.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.LawReportStandaloneSetup;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.library.LibraryTemplates;
import org.lawreport.generator.PlainTextGenerator;
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

import com.google.inject.Injector;

/**
 * Warm cost per report of what a reviewer's run does for each file: parse, link (against the already loaded
 * standard template) and validate a seed-sized report; and the text rendering of an already parsed report.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 1)
@Fork(1)
public class ValidationBenchmark {

	/** Each seed in turn: 9.6 KB (001) to 19.3 KB (003) of source. */
	@Param({ "000_5032f3d1ab3637ce.lawreport", "001_c41a6bf51d27d1a9.lawreport", "002_f483cf9d47ff0326.lawreport",
			"003_0db46809fcd894a2.lawreport", "004_52704d554b0368b2.lawreport" })
	public String seed;

	private Injector injector;
	private XtextResourceSet resourceSet;
	private IResourceValidator validator;
	private byte[] source;
	private Report parsed;
	private int counter;

	@Setup
	public void setUp() throws IOException {
		injector = new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration();
		resourceSet = injector.getInstance(XtextResourceSet.class);
		LibraryTemplates.in(resourceSet);
		validator = injector.getInstance(IResourceValidator.class);
		source = SeedReport.text(seed).getBytes(StandardCharsets.UTF_8);
		parsed = (Report) load().getContents().get(0);
	}

	private XtextResource load() throws IOException {
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("bench:/" + (counter++) + ".lawreport"));
		resource.load(new ByteArrayInputStream(source), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		return resource;
	}

	@Benchmark
	public List<Issue> parseLinkValidate() throws IOException {
		XtextResource resource = load();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		resourceSet.getResources().remove(resource);
		return issues;
	}

	@Benchmark
	public String renderText() {
		return PlainTextGenerator.render(DocumentBuilder.build(parsed));
	}
}
