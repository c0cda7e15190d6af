package org.lawreport.dsl.ui.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.lawreport.dsl.ui.LawReportUiPlugin;

/** Quick fixes in the Problems view and on the editor ruler, from the language's code actions. */
public final class LawReportMarkerResolutionGenerator implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return !QuickFixes.forMarker(marker).isEmpty();
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		return QuickFixes.forMarker(marker).stream().map(fix -> new Resolution(fix)).toArray(IMarkerResolution[]::new);
	}

	/** One fix as a marker resolution. */
	public static final class Resolution implements IMarkerResolution2 {
		private final QuickFixes.Fix fix;

		public Resolution(QuickFixes.Fix fix) {
			this.fix = fix;
		}

		@Override
		public String getLabel() {
			return fix.title();
		}

		@Override
		public String getDescription() {
			return fix.title();
		}

		@Override
		public Image getImage() {
			return null;
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				try {
					QuickFixes.apply(file, fix);
				} catch (CoreException e) {
					LawReportUiPlugin.log(e);
				}
			}
		}
	}
}
