package org.lawreport.dsl.ui.markers;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ui.LawReportUiPlugin;
import org.lawreport.dsl.ui.Texts;

/**
 * The validator's findings as Problems-view markers on the report file: the Chinese message (which ends with
 * the clause it enforces, 依据：…), the stable rule code, and the issue data the quick fixes need.
 */
public final class ProblemMarkers {

	/** Marker type (a problem marker and a text marker). */
	public static final String TYPE = "org.lawreport.dsl.ui.problem";
	/** The rule code, e.g. LR-PART-MISSING. */
	public static final String CODE = "code";
	/** The issue data, joined by {@link #DATA_SEPARATOR}. */
	public static final String DATA = "data";
	public static final String DATA_SEPARATOR = "\u001f";

	private ProblemMarkers() {
	}

	/** Replaces the file's LawReport markers by markers for {@code issues} found in {@code text}. */
	public static void replace(IFile file, String text, List<Issue> issues) {
		IWorkspaceRunnable update = monitor -> {
			if (!file.exists()) {
				return;
			}
			file.deleteMarkers(TYPE, false, IResource.DEPTH_ZERO);
			for (Issue issue : issues) {
				file.createMarker(TYPE, attributes(text, issue));
			}
		};
		try {
			ResourcesPlugin.getWorkspace().run(update, file, IResource.NONE, null);
		} catch (CoreException e) {
			LawReportUiPlugin.log(e);
		}
	}

	static Map<String, Object> attributes(String text, Issue issue) {
		Map<String, Object> a = new HashMap<>();
		String code = issue.getCode() == null ? "" : issue.getCode();
		String message = issue.getMessage();
		a.put(IMarker.MESSAGE, code.startsWith("LR-") ? code + " " + message : message);
		a.put(IMarker.SEVERITY, issue.getSeverity() == Severity.ERROR ? IMarker.SEVERITY_ERROR
				: issue.getSeverity() == Severity.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
		int offset = issue.getOffset() == null ? 0 : Math.min(issue.getOffset(), text.length());
		int length = issue.getLength() == null ? 0 : issue.getLength();
		a.put(IMarker.CHAR_START, offset);
		a.put(IMarker.CHAR_END, Math.min(offset + Math.max(length, 0), text.length()));
		if (issue.getLineNumber() != null) {
			a.put(IMarker.LINE_NUMBER, issue.getLineNumber());
			a.put(IMarker.LOCATION, Texts.get("marker.location", issue.getLineNumber()));
		}
		a.put(CODE, code);
		if (issue.getData() != null && issue.getData().length > 0) {
			a.put(DATA, String.join(DATA_SEPARATOR, issue.getData()));
		}
		a.put(IMarker.SOURCE_ID, "LawReport");
		return a;
	}
}
