package org.lawreport.dsl.ui;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.ide.server.symbol.IDocumentSymbolService;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ide.LawReportIdeSetup;

import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Provider;

/**
 * The thin adapter between the Eclipse editor and the language's IDE-agnostic services in
 * {@code org.lawreport.dsl.ide}: the same calls the language server makes (Xtext's standard interfaces, lsp4j
 * parameters), on an {@link XtextResource} parsed from the editor's text. No language behaviour lives here.
 */
public final class LanguageServices {

	private static volatile LanguageServices instance;

	private final Injector injector;
	private final Provider<XtextResourceSet> resourceSets;
	private final ExecutorService contentAssistPool = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "LawReport content assist");
		t.setDaemon(true);
		return t;
	});

	private LanguageServices(Injector injector) {
		this.injector = injector;
		this.resourceSets = injector.getProvider(XtextResourceSet.class);
	}

	/** The services of the one language injector, created on first use (0.4–1 s). */
	public static LanguageServices get() {
		LanguageServices result = instance;
		if (result == null) {
			synchronized (LanguageServices.class) {
				result = instance;
				if (result == null) {
					result = new LanguageServices(new LawReportIdeSetup().createInjectorAndDoEMFRegistration());
					instance = result;
				}
			}
		}
		return result;
	}

	public Injector injector() {
		return injector;
	}

	/** The editor's text as a parsed and linked resource; {@code location} names it (its folder holds templates). */
	public XtextResource parse(String text, URI location) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(location);
		try {
			resource.load(new LazyStringInputStream(text, "UTF-8"), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new IllegalStateException("cannot parse in memory", e);
		}
		return resource;
	}

	/** Every finding of the validator (syntax, linking, the LR-* checks), as the command line reports them. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}

	/** Highlighted ranges with the calculator's style ids, in document order. */
	public List<StyledRange> semanticHighlighting(XtextResource resource, CancelIndicator cancel) {
		List<StyledRange> ranges = new ArrayList<>();
		injector.getInstance(ISemanticHighlightingCalculator.class).provideHighlightingFor(resource,
				(offset, length, ids) -> ranges.add(new StyledRange(offset, length, ids)), cancel);
		return ranges;
	}

	/** One highlighted range and its style ids (last one wins). */
	public record StyledRange(int offset, int length, String... styleIds) {
	}

	/** Completion at {@code offset}, as the language server computes it. */
	public List<ContentAssistEntry> complete(String text, int offset, URI location) {
		XtextResource resource = parse(text, location);
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(contentAssistPool);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(List.of(contexts), acceptor);
		List<ContentAssistEntry> entries = new ArrayList<>();
		acceptor.getEntries().forEach(entries::add);
		return entries;
	}

	/** Hover text (plain or Markdown) at {@code offset}, or null. */
	public String hover(String text, int offset, URI location) {
		XtextResource resource = parse(text, location);
		Document document = new Document(1, text);
		HoverParams params = new HoverParams(new TextDocumentIdentifier(location.toString()), document.getPosition(offset));
		Hover hover = injector.getInstance(IHoverService.class).hover(document, resource, params, CancelIndicator.NullImpl);
		if (hover == null || hover.getContents() == null) {
			return null;
		}
		Either<List<Either<String, org.eclipse.lsp4j.MarkedString>>, MarkupContent> contents = hover.getContents();
		if (contents.isRight()) {
			return contents.getRight().getValue();
		}
		StringBuilder b = new StringBuilder();
		for (Either<String, org.eclipse.lsp4j.MarkedString> part : contents.getLeft()) {
			b.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
		}
		String result = b.toString().strip();
		return result.isEmpty() ? null : result;
	}

	/** The outline: the document symbols the language server sends (with generated heading numbers). */
	public List<DocumentSymbol> symbols(String text, URI location) {
		XtextResource resource = parse(text, location);
		Document document = new Document(1, text);
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(location.toString()));
		return documentSymbolService().getSymbols(document, resource, params, CancelIndicator.NullImpl);
	}

	private IDocumentSymbolService documentSymbolService() {
		if (injector.getExistingBinding(Key.get(IDocumentSymbolService.class)) != null) {
			return injector.getInstance(IDocumentSymbolService.class);
		}
		if (injector.getExistingBinding(Key.get(DocumentSymbolService.class)) != null) {
			return injector.getInstance(DocumentSymbolService.class);
		}
		return injector.getInstance(HierarchicalDocumentSymbolService.class);
	}

	/** The quick fixes for one finding, as code actions; edits are in the document's lines and characters. */
	public List<CodeAction> codeActions(String text, URI location, Diagnostic diagnostic) {
		if (injector.getExistingBinding(Key.get(ICodeActionService2.class)) == null) {
			return List.of(); // the language binds no quick fixes
		}
		ICodeActionService2 service = injector.getInstance(ICodeActionService2.class);
		XtextResource resource = parse(text, location);
		Document document = new Document(1, text);
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(location.toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document);
		options.setResource(resource);
		options.setURI(location.toString());
		options.setCodeActionParams(params);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		List<CodeAction> actions = new ArrayList<>();
		List<Either<Command, CodeAction>> found = service.getCodeActions(options);
		if (found != null) {
			for (Either<Command, CodeAction> e : found) {
				if (e.isRight() && e.getRight().getEdit() != null) {
					actions.add(e.getRight());
				}
			}
		}
		return actions;
	}

	/** The diagnostic the language server would publish for an issue (code, data, range). */
	public static Diagnostic toDiagnostic(Issue issue, Document document) {
		Diagnostic d = new Diagnostic();
		d.setCode(issue.getCode());
		d.setData(issue.getData());
		d.setMessage(issue.getMessage());
		d.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		int start = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		d.setRange(new Range(document.getPosition(start), document.getPosition(start + length)));
		return d;
	}

	/** Formatting edits for the whole document. */
	public List<? extends TextEdit> format(String text, URI location) {
		XtextResource resource = parse(text, location);
		Document document = new Document(1, text);
		DocumentFormattingParams params = new DocumentFormattingParams(new TextDocumentIdentifier(location.toString()),
				new FormattingOptions(4, false));
		return injector.getInstance(FormattingService.class).format(document, resource, params, CancelIndicator.NullImpl);
	}
}
