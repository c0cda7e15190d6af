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
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.ide.editor.contentassist.antlr.ContentAssistContextFactory;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.ide.editor.syntaxcoloring.LightweightPosition;
import org.eclipse.xtext.ide.editor.syntaxcoloring.MergingHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.server.Document;
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
 * One open report in an editor, for editors that are not language-server clients (the Eclipse editor): the
 * text, its parsed {@link XtextResource}, and the IDE services on it, without LSP types in the API.
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
 * <p>Not thread-safe: use one session per editor from one thread (e.g. the reconciler's).
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
		return injector.getInstance(IResourceValidator.class).validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
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
		ISemanticHighlightingCalculator calculator = injector.getInstance(ISemanticHighlightingCalculator.class);
		MergingHighlightedPositionAcceptor acceptor = new MergingHighlightedPositionAcceptor(calculator);
		calculator.provideHighlightingFor(resource, acceptor, CancelIndicator.NullImpl);
		acceptor.mergePositions();
		return acceptor.getPositions();
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
