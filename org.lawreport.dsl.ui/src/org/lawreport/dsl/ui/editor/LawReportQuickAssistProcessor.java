package org.lawreport.dsl.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.lawreport.dsl.ui.LawReportUiPlugin;
import org.lawreport.dsl.ui.markers.ProblemMarkers;
import org.lawreport.dsl.ui.markers.QuickFixes;

/** Ctrl+1 in the editor: the quick fixes of the findings on the caret's line. */
public final class LawReportQuickAssistProcessor implements IQuickAssistProcessor {

	private final LawReportEditor editor;

	public LawReportQuickAssistProcessor(LawReportEditor editor) {
		this.editor = editor;
	}

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		try {
			return annotation instanceof MarkerAnnotation m && m.getMarker().exists() && m.getMarker().isSubtypeOf(ProblemMarkers.TYPE);
		} catch (CoreException e) {
			return false;
		}
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext invocationContext) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IFile file = editor.file();
		if (file == null) {
			return new ICompletionProposal[0];
		}
		List<ICompletionProposal> proposals = new ArrayList<>();
		try {
			IDocument document = context.getSourceViewer().getDocument();
			int line = document.getLineOfOffset(context.getOffset()) + 1;
			// two findings of one kind on a line (two missing metadata lines, say) offer the same fixes: each once
			Set<QuickFixes.Fix> offered = new LinkedHashSet<>();
			for (IMarker marker : file.findMarkers(ProblemMarkers.TYPE, false, IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(IMarker.LINE_NUMBER, -1) == line) {
					offered.addAll(QuickFixes.forMarker(marker));
				}
			}
			for (QuickFixes.Fix fix : offered) {
				proposals.add(new FixProposal(file, fix));
			}
		} catch (Exception e) {
			LawReportUiPlugin.log(e);
		}
		return proposals.toArray(ICompletionProposal[]::new);
	}

	private static final class FixProposal implements ICompletionProposal {
		private final IFile file;
		private final QuickFixes.Fix fix;

		FixProposal(IFile file, QuickFixes.Fix fix) {
			this.file = file;
			this.fix = fix;
		}

		@Override
		public void apply(IDocument document) {
			QuickFixes.applyEdits(document, fix.edits());
		}

		@Override
		public Point getSelection(IDocument document) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return fix.title();
		}

		@Override
		public String getDisplayString() {
			return fix.title();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public IContextInformation getContextInformation() {
			return null;
		}
	}
}
