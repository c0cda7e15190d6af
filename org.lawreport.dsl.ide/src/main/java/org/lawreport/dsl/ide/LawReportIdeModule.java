package org.lawreport.dsl.ide;

import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.IdeCrossrefProposalProvider;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.resource.IResourceServiceProvider;
import org.lawreport.dsl.ide.contentassist.LawReportCrossrefProposals;
import org.lawreport.dsl.ide.editor.LawReportFormattingService;
import org.lawreport.dsl.ide.contentassist.LawReportProposalProvider;
import org.lawreport.dsl.ide.highlighting.LawReportHighlighter;
import org.lawreport.dsl.ide.hover.LawReportHoverService;
import org.lawreport.dsl.ide.outline.LawReportSymbols;
import org.lawreport.dsl.ide.quickfix.LawReportCodeActionService;
import org.lawreport.dsl.ide.server.UnsavedDocuments;

/**
 * The editor services of LawReport, IDE-agnostic: the language server and the Eclipse editor both get them from
 * this module (through {@code new LawReportIdeSetup().createInjectorAndDoEMFRegistration()}) under Xtext's
 * standard types:
 * <ul>
 * <li>{@code IdeContentProposalProvider} → {@link LawReportProposalProvider} (with {@code IdeCrossrefProposalProvider}
 * → {@link LawReportCrossrefProposals});</li>
 * <li>{@code ISemanticHighlightingCalculator} → {@link LawReportHighlighter} (style ids in
 * {@link org.lawreport.dsl.ide.highlighting.HighlightingStyles});</li>
 * <li>{@code HoverService} and {@code IHoverService} → {@link LawReportHoverService};</li>
 * <li>{@code DocumentSymbolMapper.DocumentSymbolNameProvider}, {@code …KindProvider}, {@code …RangeProvider} →
 * {@link LawReportSymbols} (used by {@code HierarchicalDocumentSymbolService} and {@code DocumentSymbolService});</li>
 * <li>{@code ICodeActionService2} → {@link LawReportCodeActionService} (fixes from
 * {@link org.lawreport.dsl.ide.quickfix.QuickFixes});</li>
 * <li>{@code FormattingService}: Xtext's, driving the runtime's {@code LawReportFormatter}, with nothing to do on an
 * empty document ({@code LawReportFormattingService}).</li>
 * </ul>
 */
public class LawReportIdeModule extends AbstractLawReportIdeModule {

	public Class<? extends IdeContentProposalProvider> bindIdeContentProposalProvider() {
		return LawReportProposalProvider.class;
	}

	@Override
	public Class<? extends org.eclipse.xtext.ide.editor.contentassist.IProposalConflictHelper> bindIProposalConflictHelper() {
		return org.lawreport.dsl.ide.contentassist.SerialProposalConflictHelper.class;
	}

	public Class<? extends IdeCrossrefProposalProvider> bindIdeCrossrefProposalProvider() {
		return LawReportCrossrefProposals.class;
	}

	public Class<? extends ISemanticHighlightingCalculator> bindISemanticHighlightingCalculator() {
		return LawReportHighlighter.class;
	}

	public Class<? extends HoverService> bindHoverService() {
		return LawReportHoverService.class;
	}

	public Class<? extends IHoverService> bindIHoverService() {
		return LawReportHoverService.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolNameProvider> bindDocumentSymbolNameProvider() {
		return LawReportSymbols.NameProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolKindProvider> bindDocumentSymbolKindProvider() {
		return LawReportSymbols.KindProvider.class;
	}

	public Class<? extends DocumentSymbolMapper.DocumentSymbolRangeProvider> bindDocumentSymbolRangeProvider() {
		return LawReportSymbols.RangeProvider.class;
	}

	public Class<? extends ICodeActionService2> bindICodeActionService2() {
		return LawReportCodeActionService.class;
	}

	/** Unsaved documents (no file extension yet) are served too. */
	public Class<? extends IResourceServiceProvider> bindIResourceServiceProvider() {
		return UnsavedDocuments.class;
	}

	/** Formatting that has nothing to do on a document with no model, instead of failing. */
	public Class<? extends FormattingService> bindFormattingService() {
		return LawReportFormattingService.class;
	}
}
