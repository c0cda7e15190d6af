package org.lawreport.dsl.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.lawreport.dsl.ui.editor.LawReportEditor;
import org.lawreport.dsl.ui.markers.ProblemMarkers;

/** The real workbench the tests drive: files in a workspace project, the editor, the event loop, X key events. */
final class Workbench {

	private Workbench() {
	}

	static IFile createFile(String name, String content) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("ui-tests");
		if (!project.exists()) {
			project.create(null);
		}
		if (!project.isOpen()) {
			project.open(null);
		}
		IFile file = project.getFile(name);
		InputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
		return file;
	}

	static LawReportEditor open(IFile file) throws CoreException {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		LawReportEditor editor = (LawReportEditor) IDE.openEditor(page, file, LawReportEditor.ID, true);
		page.getWorkbenchWindow().getShell().forceActive();
		editor.setFocus();
		// the first reconcile (which creates the language services) has published its findings: typing starts
		// on an idle editor, as a user's would
		boolean[] reconciled = new boolean[1];
		editor.addReconcileListener(() -> reconciled[0] = true);
		waitUntil(() -> reconciled[0], 20_000);
		spin(200);
		return editor;
	}

	static void closeAll() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		page.closeAllEditors(false);
		spin(100);
	}

	/** Runs the event loop for {@code millis}. */
	static void spin(long millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
	}

	/** Runs the event loop until {@code condition} holds; false if it did not within {@code timeoutMillis}. */
	static boolean waitUntil(BooleanSupplier condition, long timeoutMillis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(10, () -> { });
				display.sleep();
			}
		}
		return true;
	}

	/** The file's LawReport markers. */
	static List<IMarker> markers(IFile file) {
		try {
			return Arrays.asList(file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO));
		} catch (CoreException e) {
			return List.of();
		}
	}

	static boolean hasMarker(IFile file, String code, String messagePart) {
		return markers(file).stream().anyMatch(m -> code.equals(m.getAttribute(ProblemMarkers.CODE, ""))
				&& m.getAttribute(IMarker.MESSAGE, "").contains(messagePart));
	}

	/**
	 * Real X key events from xdotool (Display.post does not reach an open completion popup, and cannot type CJK
	 * characters): the event loop keeps running while xdotool types.
	 */
	static void xdotool(String... args) {
		List<String> command = new ArrayList<>();
		command.add("xdotool");
		command.addAll(List.of(args));
		try {
			Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
			Display display = Display.getCurrent();
			while (p.isAlive()) {
				if (!display.readAndDispatch()) {
					display.timerExec(5, () -> { });
					display.sleep();
				}
			}
			String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (p.exitValue() != 0) {
				throw new IllegalStateException("xdotool " + String.join(" ", args) + " failed: " + out);
			}
		} catch (IOException e) {
			throw new IllegalStateException("xdotool is needed for the UI tests (Debian package xdotool)", e);
		}
	}

	/**
	 * Types text with real key events into the focused editor (newlines as Return). xdotool types a character
	 * that has no key (every CJK character) by mapping a spare keycode to it for one keystroke; GTK sometimes
	 * drops such a keystroke, or reads it with the previous mapping. So each CJK character is one xdotool call,
	 * checked in the document before the next: one that did not arrive, or arrived as another character (then
	 * erased with BackSpace), is typed again, at most four times. ASCII runs go in one call, and typing goes on
	 * only once they have all arrived.
	 */
	static void type(IDocument document, String text) {
		StringBuilder ascii = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < 128) {
				ascii.append(c);
				continue;
			}
			flushAscii(document, ascii);
			for (int attempt = 0; attempt < 4; attempt++) {
				int before = document.getLength();
				xdotool("type", String.valueOf(c));
				if (!waitUntil(() -> document.getLength() > before, 500)) {
					continue;
				}
				if (characterBeforeCaret(document) == c) {
					break;
				}
				xdotool("key", "BackSpace");
				waitUntil(() -> document.getLength() == before, 500);
			}
		}
		flushAscii(document, ascii);
		spin(100);
	}

	private static char characterBeforeCaret(IDocument document) {
		if (Display.getCurrent().getFocusControl() instanceof org.eclipse.swt.custom.StyledText text) {
			int caret = text.getCaretOffset();
			return caret > 0 && caret <= document.getLength() ? document.get().charAt(caret - 1) : 0;
		}
		return 0;
	}

	private static void flushAscii(IDocument document, StringBuilder ascii) {
		if (ascii.length() > 0) {
			int expected = document.getLength() + ascii.length();
			xdotool("type", "--delay", "20", ascii.toString());
			waitUntil(() -> document.getLength() >= expected, 2_000);
			ascii.setLength(0);
			spin(60);
		}
	}
}
