package org.lawreport.dsl.ide.editor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.ide.server.formatting.FormattingService;
import org.eclipse.xtext.ide.server.symbol.HierarchicalDocumentSymbolService;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.ide.LawReportIdeSetup;
import org.lawreport.dsl.ide.hover.LawReportHoverService;
import org.lawreport.dsl.ide.quickfix.QuickFixes;

import com.google.inject.Injector;

/**
 * The one editor facade of the language: one open report in an editor that is not a language-server client (the
 * Eclipse editor, the tests, the benchmarks), the text, its parsed {@link XtextResource}, and the IDE services on
 * it: the very services the language server calls, so every editor gets the same completion, hover, outline,
 * fixes and formatting.
 *
 * <p>Typical use from an editor's reconciler:
 *
 * <pre>{@code
 * EditorSession session = new EditorSession(EditorSession.sharedInjector(), URI.createFileURI(path));
 * session.update(editorText);                          // on every change (a full re-parse, ~1–4 ms)
 * List<Issue> issues = session.validate();             // annotations; Issue offsets are 0-based char offsets
 * List<ContentAssistEntry> proposals = session.complete(caretOffset);
 * String markdown = session.hoverMarkdown(offset);     // "" when nothing to show
 * List<QuickFixes.Fix> fixes = session.fixes(issue);   // apply with QuickFixes.apply or as document edits
 * List<LightweightPosition> colours = session.highlighting(); // ids: HighlightingStyles.* first
 * }</pre>
 *
 * <p>The standard template is found on the classpath without configuration; templates of the user's own
 * (province or city profiles) are added with {@link #addTemplate(URI)}. Offsets are UTF-16 character offsets
 * into the text, as in JFace documents; {@link #lineColumn(int)} and {@link #offset(int, int)} convert to
 * 0-based line and column. The LSP-typed Xtext services ({@code HoverService}, {@code DocumentSymbolService},
 * {@code ICodeActionService2}, {@code FormattingService}) can be called with {@link #document()} and
 * {@link #resource()}, and obtained with {@link #get(Class)}.
 *
 * <p>Not thread-safe: use one session per editor from one thread (e.g. the reconciler's), or
 * {@link #of(URI, String)} for one request on another thread.
 */
public final class EditorSession {

	private static Injector shared;
	private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
		Thread t = new Thread(r, "lawreport-content-assist");
		t.setDaemon(true);
		return t;
	});

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final XtextResource resource;
	private String text = "";
	private int version;

	/**
	 * The IDE injector, created once per JVM with {@code new LawReportIdeSetup().createInjectorAndDoEMFRegistration()}
	 * (about half a second).
	 */
	public static synchronized Injector sharedInjector() {
		if (shared == null) {
			shared = new LawReportIdeSetup().createInjectorAndDoEMFRegistration();
		}
		return shared;
	}

	/** A session on an in-memory report named {@code uri} (e.g. the file's URI); empty until {@link #update}. */
	public EditorSession(Injector injector, URI uri) {
		this.injector = injector;
		this.resourceSet = injector.getInstance(XtextResourceSet.class);
		// the injector's own factory: the global registry may hold another injector's (another grammar instance)
		this.resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		update("");
	}

	/** A session with the shared injector on {@code uri}, holding {@code text}: for one request on any thread. */
	public static EditorSession of(URI uri, String text) {
		EditorSession session = new EditorSession(sharedInjector(), uri);
		session.update(text);
		return session;
	}

	/** A session with the shared injector on {@code memory:/report.lawreport}. */
	public EditorSession() {
		this(sharedInjector(), URI.createURI("memory:/report.lawreport"));
	}

	/** Parses the editor's whole text again (as an editor does after a change) and returns the resource. */
	public XtextResource update(String newText) {
		this.text = newText == null ? "" : newText;
		version++;
		try {
			if (resource.isLoaded()) {
				resource.reparse(text);
			} else {
				resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Loads a template file (a profile that reports name after 依据) into this session's resource set. */
	public void addTemplate(URI templateUri) {
		resourceSet.getResource(templateUri, true);
	}

	/** The parsed report. */
	public XtextResource resource() {
		return resource;
	}

	/** The current text. */
	public String text() {
		return text;
	}

	/** The current text as Xtext's LSP document, for the LSP-typed services. */
	public Document document() {
		return new Document(version, text);
	}

	/** Every finding (syntax, linking and all checks), with Chinese messages and LR-… codes. */
	public List<Issue> validate() {
		return validate(CancelIndicator.NullImpl);
	}

	/** {@link #validate()}, stopping early when {@code cancel} says so (an editor's reconciler after a new keystroke). */
	public List<Issue> validate(CancelIndicator cancel) {
		return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, cancel);
	}

	/** The proposals at {@code offset}, best first (the language server's own path). */
	public List<ContentAssistEntry> complete(int offset) {
		ContentAssistContextFactory factory = injector.getInstance(ContentAssistContextFactory.class);
		factory.setPool(POOL);
		ContentAssistContext[] contexts = factory.create(text, new TextRegion(offset, 0), offset, resource);
		IdeContentProposalAcceptor acceptor = injector.getInstance(IdeContentProposalAcceptor.class);
		injector.getInstance(IdeContentProposalProvider.class).createProposals(Arrays.asList(contexts), acceptor);
		List<ContentAssistEntry> result = new ArrayList<>();
		acceptor.getEntries().forEach(result::add);
		return result;
	}

	/** The hover text (Chinese Markdown) at {@code offset}, or "" when the offset is on no figure or heading. */
	public String hoverMarkdown(int offset) {
		LawReportHoverService.Target target = LawReportHoverService.targetAt(resource, offset);
		return target == null ? "" : LawReportHoverService.markdown(target.element());
	}

	/** The quick fixes of one finding of {@link #validate()}. */
	public List<QuickFixes.Fix> fixes(Issue issue) {
		return QuickFixes.fixesFor(resource, issue);
	}

	/** The highlighted positions, sorted, not overlapping; each position's ids start with a HighlightingStyles id. */
	public List<LightweightPosition> highlighting() {
		return highlighting(CancelIndicator.NullImpl);
	}

	/** {@link #highlighting()}, stopping early when {@code cancel} says so. */
	public List<LightweightPosition> highlighting(CancelIndicator cancel) {
		ISemanticHighlightingCalculator calculator = injector.getInstance(ISemanticHighlightingCalculator.class);
		MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
		calculator.provideHighlightingFor(resource, acceptor, cancel);
		acceptor.mergePositions();
		return acceptor.getPositions();
	}

	/** The outline: the document symbols the language server sends, with the generated heading numbers. */
	public List<DocumentSymbol> symbols() {
		DocumentSymbolParams params = new DocumentSymbolParams(new TextDocumentIdentifier(resource.getURI().toString()));
		return injector.getInstance(HierarchicalDocumentSymbolService.class).getSymbols(document(), resource, params,
				CancelIndicator.NullImpl);
	}

	/** The formatter's edits for the whole text, in the document's lines and characters. */
	public List<? extends TextEdit> formatting() {
		DocumentFormattingParams params = new DocumentFormattingParams(
				new TextDocumentIdentifier(resource.getURI().toString()), new FormattingOptions(4, false));
		return injector.getInstance(FormattingService.class).format(document(), resource, params, CancelIndicator.NullImpl);
	}

	/** The quick fixes of one diagnostic as the language server sends them: code actions with workspace edits. */
	public List<CodeAction> codeActions(Diagnostic diagnostic) {
		CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(resource.getURI().toString()),
				diagnostic.getRange(), new CodeActionContext(List.of(diagnostic)));
		ICodeActionService2.Options options = new ICodeActionService2.Options();
		options.setDocument(document());
		options.setResource(resource);
		options.setURI(resource.getURI().toString());
		options.setCodeActionParams(params);
		options.setCancelIndicator(CancelIndicator.NullImpl);
		List<CodeAction> actions = new ArrayList<>();
		List<Either<Command, CodeAction>> found = injector.getInstance(ICodeActionService2.class).getCodeActions(options);
		if (found != null) {
			for (Either<Command, CodeAction> e : found) {
				if (e.isRight() && e.getRight().getEdit() != null) {
					actions.add(e.getRight());
				}
			}
		}
		return actions;
	}

	/** The diagnostic the language server publishes for a finding (code, data, range). */
	public Diagnostic diagnostic(Issue issue) {
		Diagnostic d = new Diagnostic();
		d.setCode(issue.getCode());
		d.setData(issue.getData());
		d.setMessage(issue.getMessage());
		d.setSeverity(switch (issue.getSeverity()) {
			case ERROR -> DiagnosticSeverity.Error;
			case WARNING -> DiagnosticSeverity.Warning;
			default -> DiagnosticSeverity.Information;
		});
		Document document = document();
		int start = issue.getOffset() == null ? 0 : issue.getOffset();
		int length = issue.getLength() == null ? 0 : issue.getLength();
		d.setRange(new Range(document.getPosition(start), document.getPosition(start + length)));
		return d;
	}

	/** A 0-based line and column (UTF-16 units). */
	public record LineColumn(int line, int column) {
	}

	/** The 0-based line and column of an offset. */
	public LineColumn lineColumn(int offset) {
		int line = 0;
		int lineStart = 0;
		int end = Math.min(offset, text.length());
		for (int i = 0; i < end; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new LineColumn(line, end - lineStart);
	}

	/** The offset of a 0-based line and column (clamped to the line's end and the text's end). */
	public int offset(int line, int column) {
		int current = 0;
		int i = 0;
		while (current < line && i < text.length()) {
			if (text.charAt(i++) == '\n') {
				current++;
			}
		}
		int lineEnd = text.indexOf('\n', i);
		if (lineEnd < 0) {
			lineEnd = text.length();
		}
		return Math.min(i + column, lineEnd);
	}

	/** Any service of the IDE injector (e.g. {@code HierarchicalDocumentSymbolService}, {@code FormattingService}). */
	public <T> T get(Class<T> type) {
		return injector.getInstance(type);
	}
}
