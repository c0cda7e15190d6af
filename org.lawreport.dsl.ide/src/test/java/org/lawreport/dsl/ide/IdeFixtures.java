package org.lawreport.dsl.ide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.eclipse.emf.common.util.URI;
import org.lawreport.dsl.ide.editor.EditorSession;
import org.lawreport.testing.TestSupport;

/** Sessions on report text through the IDE injector, as the editor and the language server use it. */
final class IdeFixtures {

	private IdeFixtures() {
	}

	static EditorSession session(String text) {
		EditorSession session = new EditorSession(EditorSession.sharedInjector(), URI.createURI("memory:/ide-test.lawreport"));
		session.update(text);
		return session;
	}

	static String seed(String name) {
		try {
			return Files.readString(TestSupport.projectRoot().resolve("seeds").resolve(name), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The offset just after the first occurrence of {@code marker}. */
	static int after(String text, String marker) {
		int i = text.indexOf(marker);
		if (i < 0) {
			throw new IllegalArgumentException("not in text: " + marker);
		}
		return i + marker.length();
	}
}
