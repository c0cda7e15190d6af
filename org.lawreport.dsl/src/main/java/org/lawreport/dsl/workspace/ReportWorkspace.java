package org.lawreport.dsl.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.core.io.SourceText;
import org.lawreport.dsl.LawReportStandaloneSetup;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.library.LibraryTemplates;
import org.lawreport.dsl.profile.ProfileChoice;
import org.lawreport.dsl.profile.ProfileException;
import org.lawreport.dsl.suppression.SuppressedIssue;
import org.lawreport.dsl.validation.ChineseSyntaxErrorMessages;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.validation.RuleCode;

import com.google.inject.Injector;
import com.google.inject.Provider;

/**
 * Validates report files the way a reviewer needs it: the user's templates in the given folders are loaded once
 * and stay; each report is loaded, linked, validated and unloaded again, so memory does not grow with the
 * number of reports. Source files are only read, never written.
 */
public final class ReportWorkspace {

	private final Injector injector;
	private final XtextResourceSet resourceSet;
	private final IResourceValidator validator;
	private final IResourceFactory resourceFactory;
	private Template profile;

	public ReportWorkspace() {
		this(new LawReportStandaloneSetup().createInjectorAndDoEMFRegistration());
	}

	public ReportWorkspace(Injector injector) {
		this.injector = injector;
		Provider<XtextResourceSet> provider = injector.getProvider(XtextResourceSet.class);
		this.resourceSet = provider.get();
		this.validator = injector.getInstance(IResourceValidator.class);
		this.resourceFactory = injector.getInstance(IResourceFactory.class);
	}

	public Injector injector() {
		return injector;
	}

	private static int codeOrder(Finding finding) {
		return RuleCode.byCode(finding.code()).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
	}

	/** The {@code .lawreport} files under the given paths (folders recursively), sorted; missing paths throw. */
	public static List<Path> collect(List<Path> paths) throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.exists(path)) {
				throw new NoSuchFileException(path.toString(), null, Messages.text("file.notFound"));
			}
			if (Files.isDirectory(path)) {
				try (Stream<Path> walk = Files.walk(path)) {
					walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".lawreport"))
							.sorted(Comparator.comparing(Path::toString))
							.forEach(files::add);
				}
			} else {
				files.add(path);
			}
		}
		return files;
	}

	/**
	 * The template files among {@code files} (first word 模板), found from the beginning of each file only, so
	 * that a folder of thousands of reports is not read twice.
	 */
	public static List<Path> templateFiles(List<Path> files) {
		List<Path> templates = new ArrayList<>();
		for (Path file : files) {
			try (InputStream in = Files.newInputStream(file)) {
				byte[] head = in.readNBytes(4096);
				String text = new String(head, StandardCharsets.UTF_8);
				boolean template = isTemplate(text);
				boolean undecided = !template && (text.indexOf('\uFFFD') >= 0 && text.indexOf('\uFFFD') < text.length() - 4
						|| head.length == 4096 && onlyComments(text));
				if (template || undecided && isTemplate(SourceText.read(file).text())) {
					templates.add(file);
				}
			} catch (IOException e) {
				// reported when the file is validated
			}
		}
		return templates;
	}

	private static boolean onlyComments(String text) {
		return !isTemplate(text) && text.strip().startsWith("/");
	}

	/**
	 * Applies a review profile (a template building on the reports' template) to every report this workspace
	 * validates from now on; returns the applied template. A profile with errors is refused.
	 */
	public Template applyProfile(ProfileChoice choice) throws ProfileException {
		Template profile;
		if (choice.file() != null) {
			Path file = choice.file();
			String origin = choice.origin() == null ? "" : choice.origin() + "：";
			if (!Files.isRegularFile(file)) {
				throw new ProfileException(Messages.text("profile.fileMissing", origin, file));
			}
			SourceText source;
			try {
				source = SourceText.read(file);
			} catch (SourceText.UnreadableException e) {
				throw new ProfileException(file + ":" + e.line() + ":" + e.column() + ": " + e.getMessage());
			} catch (IOException e) {
				throw new ProfileException(Messages.text("profile.unreadable", file, e.getMessage()));
			}
			if (!isTemplate(source.text())) {
				throw new ProfileException(Messages.text("profile.notTemplate", file));
			}
			XtextResource resource = existing(file);
			if (resource == null) {
				resource = load(file, source);
			}
			for (Issue issue : validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl)) {
				if (issue.getSeverity() == Severity.ERROR) {
					Finding f = toFinding(file.toString(), issue);
					throw new ProfileException(Messages.text("profile.hasErrors", f.file(), f.line(), f.column(), f.message()));
				}
			}
			profile = (Template) resource.getContents().get(0);
		} else {
			List<Template> known = new ArrayList<>();
			for (Resource r : List.copyOf(resourceSet.getResources())) {
				if (!r.getContents().isEmpty() && r.getContents().get(0) instanceof Template t) {
					known.add(t);
				}
			}
			known.addAll(LibraryTemplates.in(resourceSet));
			profile = known.stream().filter(t -> choice.name().equals(t.getName())).findFirst().orElse(null);
			if (profile == null) {
				throw new ProfileException(Messages.text("profile.unknown", choice.origin() == null ? "" : choice.origin() + "：",
						choice.name(), known.stream().map(Template::getName).distinct().collect(Collectors.joining("、"))));
			}
		}
		Profiles.apply(resourceSet, profile);
		this.profile = profile;
		return profile;
	}

	/** The profile applied with {@link #applyProfile}, or {@code null}. */
	public Template profile() {
		return profile;
	}

	/** Loads user templates (files whose first word 模板) so that reports can name them. */
	public void loadTemplates(List<Path> files) {
		for (Path file : files) {
			try {
				SourceText source = SourceText.read(file);
				if (isTemplate(source.text())) {
					load(file, source);
				}
			} catch (IOException e) {
				// reported when the file is validated
			}
		}
	}

	/** The outcome of one file: its findings, and the parsed report when there is one (for generators). */
	public record Outcome(Path file, List<Finding> findings, Report report) {
		public boolean hasErrors() {
			return findings.stream().anyMatch(Finding::isError);
		}
	}

	/** Validates one file; the report stays loaded until {@link #release(Outcome)}. */
	public Outcome validate(Path file) throws IOException {
		SourceText source = SourceText.read(file);
		String shown = file.toString();
		List<Finding> findings = new ArrayList<>();
		if (source.hadByteOrderMark()) {
			findings.add(synthetic(shown, RuleCode.FILE_BOM, Finding.Level.INFO));
		}
		if (source.notUtf8()) {
			findings.add(synthetic(shown, RuleCode.FILE_ENCODING, Finding.Level.WARNING, source.encoding()));
		}
		if (source.text().isBlank()) {
			findings.add(synthetic(shown, RuleCode.FILE_EMPTY, Finding.Level.ERROR));
			return new Outcome(file, findings, null);
		}
		XtextResource resource = existing(file);
		if (resource == null) {
			try {
				resource = load(file, source);
			} catch (RuntimeException | StackOverflowError e) {
				if (!tooDeep(e)) {
					throw e;
				}
				// the parser descends once per bracket: thousands of nested brackets exhaust the stack
				resourceSet.getResources().removeIf(r -> uriOf(file).equals(r.getURI()));
				findings.add(tooDeep(shown, source.text()));
				return new Outcome(file, findings, null);
			}
		}
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		for (Issue issue : issues) {
			findings.add(toFinding(shown, issue));
		}
		// at one position, in the order of the rule codes: the validator's own order there is not fixed from run to run
		findings.sort(Comparator.comparingInt(Finding::line).thenComparingInt(Finding::column).thenComparingInt(ReportWorkspace::codeOrder));
		EObject root = resource.getContents().isEmpty() ? null : resource.getContents().get(0);
		return new Outcome(file, findings, root instanceof Report r ? r : null);
	}

	/** Unloads a validated report, unless it is a template other reports use. */
	public void release(Outcome outcome) {
		XtextResource resource = existing(outcome.file());
		if (resource != null && !(resource.getContents().size() > 0
				&& resource.getContents().get(0) instanceof org.lawreport.dsl.lawReport.Template)) {
			// removing is enough: nothing else refers to a report, and unloading (turning every object into a
			// proxy) would cost more than the validation of a small report
			resourceSet.getResources().remove(resource);
		}
	}

	private XtextResource existing(Path file) {
		Resource r = resourceSet.getResource(uriOf(file), false);
		return r instanceof XtextResource x ? x : null;
	}

	private XtextResource load(Path file, SourceText source) {
		// a file named on the command line is a report whatever its extension (EMF knows *.lawreport only)
		XtextResource resource = (XtextResource) resourceFactory.createResource(uriOf(file));
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(source.text().getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

	static boolean isTemplate(String text) {
		String t = text.strip();
		while (t.startsWith("//") || t.startsWith("/*")) {
			int end = t.startsWith("//") ? t.indexOf('\n') : t.indexOf("*/") + 1;
			if (end <= 0) {
				return false;
			}
			t = t.substring(end + 1).strip();
		}
		return t.startsWith("模板");
	}

	private static Finding toFinding(String file, Issue issue) {
		Severity severity = issue instanceof SuppressedIssue waived
				? waived.originalSeverity() : issue.getSeverity();
		Finding.Level level = switch (severity) {
			case ERROR -> Finding.Level.ERROR;
			case WARNING -> Finding.Level.WARNING;
			default -> Finding.Level.INFO;
		};
		String code = issue.getCode() == null ? RuleCode.SYNTAX.code() : issue.getCode();
		String message = issue.getMessage();
		if (issue.isSyntaxError() && (message == null || !message.startsWith("语法错误"))) {
			message = ChineseSyntaxErrorMessages.translate(message);
			code = RuleCode.SYNTAX.code();
		}
		if (code.startsWith("org.eclipse.xtext")) {
			code = issue.isSyntaxError() ? RuleCode.SYNTAX.code() : code;
		}
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		int column = issue.getColumn() == null ? 1 : issue.getColumn();
		int endLine = issue.getLineNumberEnd() == null ? line : issue.getLineNumberEnd();
		int endColumn = issue.getColumnEnd() == null ? column + 1 : issue.getColumnEnd();
		Finding.Waiver waiver = issue instanceof SuppressedIssue waived
				? new Finding.Waiver(waived.reason(), waived.waiverLine()) : null;
		return new Finding(file, line, column, endLine, endColumn, level, code, message, waiver);
	}

	/** How deep brackets may nest before the report is refused as unreadable (far beyond any real rule). */
	static final int MAX_DEPTH = org.lawreport.dsl.parsing.NestingLimit.MAX_DEPTH;

	private static boolean tooDeep(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof StackOverflowError) {
				return true;
			}
		}
		return false;
	}

	/** The syntax error for a report nested too deep, at the first bracket past {@link #MAX_DEPTH}. */
	private static Finding tooDeep(String file, String text) {
		int depth = 0;
		int line = 1;
		int column = 1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				line++;
				column = 1;
				continue;
			}
			if (c == '(' || c == '（' || c == '{' || c == '[') {
				if (++depth > MAX_DEPTH) {
					break;
				}
			} else if (c == ')' || c == '）' || c == '}' || c == ']') {
				depth = Math.max(0, depth - 1);
			}
			column++;
		}
		String message = Messages.withClause(RuleCode.SYNTAX, Messages.text("syntax.tooDeep", line, column, MAX_DEPTH));
		return new Finding(file, line, column, line, column + 1, Finding.Level.ERROR, RuleCode.SYNTAX.code(), message);
	}

	private static Finding synthetic(String file, RuleCode code, Finding.Level level, Object... args) {
		String message = Messages.withClause(code, args);
		return new Finding(file, 1, 1, 1, 2, level, code.code(), message);
	}
}
