package org.lawreport.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.dsl.ide.quickfix.QuickFixes;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.common.collect.Iterables;

/**
 * The editor services every client uses (the language server, the Eclipse editor, the browser): validation,
 * completion and hover at any offset, outline, highlighting, formatting, and every quick fix offered. A fix of text
 * that parses leaves text that parses, and no fix adds a finding of the code it fixes.
 */
class EditorFuzzTest {

	private static final URI URI_ = URI.createURI("inmemory:/fuzz.lawreport");

	@FuzzTest(maxDuration = "30s")
	@DictionaryFile(resourcePath = "lawreport.dict")
	void everyServiceAnswersAndEveryQuickFixHelps(FuzzedDataProvider data) {
		int offsetA = data.consumeInt();
		int offsetB = data.consumeInt();
		String text = data.consumeRemainingAsString();
		EditorSession session = EditorSession.of(URI_, text);
		List<Issue> issues = session.validate();
		int length = text.length();
		session.complete(Math.floorMod(offsetA, length + 1));
		session.hoverMarkdown(Math.floorMod(offsetB, length + 1));
		session.symbols();
		session.highlighting();
		session.formatting();

		int syntaxBefore = syntaxErrors(session);
		Map<String, Long> before = counts(issues);
		for (Issue issue : issues) {
			for (QuickFixes.Fix fix : session.fixes(issue)) {
				String fixed = QuickFixes.apply(text, fix.replacements());
				EditorSession after = EditorSession.of(URI_, fixed);
				// a fix of a text that parses leaves a text that parses (on broken text fixes are best effort)
				assertTrue(syntaxBefore > 0 || syntaxErrors(after) == 0,
						() -> "the fix \"" + fix.title() + "\" breaks the syntax:\n" + fixed);
				long ofItsCode = counts(after.validate()).getOrDefault(fix.code(), 0L);
				assertTrue(ofItsCode <= before.getOrDefault(fix.code(), 0L),
						() -> "the fix \"" + fix.title() + "\" adds a finding " + fix.code() + ":\n" + fixed);
			}
		}
	}

	private static int syntaxErrors(EditorSession session) {
		return session.resource().getParseResult() == null ? 0
				: Iterables.size(session.resource().getParseResult().getSyntaxErrors());
	}

	private static Map<String, Long> counts(List<Issue> issues) {
		return issues.stream().filter(i -> i.getCode() != null)
				.collect(Collectors.groupingBy(Issue::getCode, Collectors.counting()));
	}
}
