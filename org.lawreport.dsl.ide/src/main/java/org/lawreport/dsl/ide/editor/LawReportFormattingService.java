package org.lawreport.dsl.ide.editor;

import java.util.List;

import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.preferences.ITypedPreferenceValues;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.ITextRegion;

/**
 * Xtext's formatting service, which fails (an index out of bounds in the region access) on a document with no
 * model at all: an empty one, or one of only blanks and comments. Such a document has nothing to format. Found by
 * {@code LanguageServerFuzzTest}.
 */
public class LawReportFormattingService extends FormattingService {

	@Override
	protected List<ITextReplacement> format2(XtextResource resource, ITextRegion region, ITypedPreferenceValues preferences) {
		if (resource.getContents().isEmpty() || resource.getParseResult() == null
				|| resource.getParseResult().getRootASTElement() == null) {
			return List.of();
		}
		return super.format2(resource, region, preferences);
	}
}
