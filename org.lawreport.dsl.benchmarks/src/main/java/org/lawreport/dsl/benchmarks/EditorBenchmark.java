package org.lawreport.dsl.benchmarks;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ide.editor.EditorSession;
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

/**
 * What an editor does on a keystroke in the largest seed (003, 19.3 KB), through the IDE services: re-parse the
 * whole edited text and compute completion at the caret (issue #4: ≤ 50 ms), or re-parse and validate after a
 * one-character edit (issue #4: diagnostics ≤ 300 ms). Each call re-parses, as the language server and the
 * Eclipse editor do on every change.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EditorBenchmark {

	/**
	 * Where the caret is: {@code part} — "部" typed on a new line before the rules (the missing parts, keywords);
	 * {@code unit} — "{14" typed inside prose (the template's units); {@code figure} — "{受" typed inside prose
	 * (the report's figure names).
	 */
	@Param({ "part", "unit", "figure" })
	public String position;

	private EditorSession session;
	private String original;
	private String edited;
	private String oneCharLonger;
	private int caret;
	private boolean flip;

	@Setup
	public void setUp() throws IOException {
		original = SeedReport.text("003_0db46809fcd894a2.lawreport");
		switch (position) {
			case "part" -> {
				int rules = original.indexOf("\n规则 ") + 1;
				edited = original.substring(0, rules) + "部\n" + original.substring(rules);
				caret = rules + 1;
			}
			case "unit" -> {
				edited = original.replace("在{14个}政务服务部门", "在{14}政务服务部门");
				caret = edited.indexOf("在{14}") + "在{14".length();
			}
			default -> {
				edited = original.replace("在{14个}政务服务部门", "在{受}政务服务部门");
				caret = edited.indexOf("在{受}") + "在{受".length();
			}
		}
		int inProse = original.indexOf("不断提升群众满意度");
		oneCharLonger = original.substring(0, inProse) + "新" + original.substring(inProse);
		session = new EditorSession(EditorSession.sharedInjector(), URI.createURI("memory:/bench.lawreport"));
		session.update(edited);
		if (session.complete(caret).isEmpty()) {
			throw new IllegalStateException("no proposals at " + position);
		}
	}

	@Benchmark
	public List<ContentAssistEntry> reparseAndComplete() {
		session.update(edited);
		return session.complete(caret);
	}

	@Benchmark
	public List<Issue> reparseAndValidateAfterOneCharacter() {
		flip = !flip;
		session.update(flip ? oneCharLonger : original);
		return session.validate();
	}
}
