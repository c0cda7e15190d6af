package org.lawreport.review.sarif;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.validation.RuleCode;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.ReviewTexts;

import com.google.gson.stream.JsonWriter;

/**
 * Writes findings as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the form code-scanning
 * services read: one run of the tool {@code LawReport} with every rule the validator has (code, Chinese name,
 * clause), then one result per finding, written as it comes so that memory does not grow with the number of
 * files. File locations are relative to the working directory ({@code %SRCROOT%}); columns count UTF-16 code
 * units, as the validator does. A waived finding carries an in-source suppression with its reason.
 */
public final class SarifLog implements AutoCloseable {

	public static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
	private static final String ROOT = "%SRCROOT%";

	private final JsonWriter json;
	private final Path workingDirectory;

	public SarifLog(Writer out, String toolVersion) throws IOException {
		this.workingDirectory = Path.of("").toAbsolutePath();
		this.json = new JsonWriter(out);
		json.setIndent("  ");
		json.setHtmlSafe(false);
		json.beginObject();
		json.name("$schema").value(SCHEMA);
		json.name("version").value("2.1.0");
		json.name("runs").beginArray().beginObject();
		json.name("tool").beginObject().name("driver").beginObject();
		json.name("name").value("LawReport");
		json.name("fullName").value(ReviewTexts.text("sarif.toolName"));
		json.name("version").value(toolVersion);
		json.name("semanticVersion").value(toolVersion);
		json.name("language").value("zh-CN");
		json.name("rules").beginArray();
		for (RuleCode code : RuleCode.values()) {
			json.beginObject();
			json.name("id").value(code.code());
			json.name("name").value(ruleName(code));
			json.name("shortDescription").beginObject().name("text").value(Messages.title(code)).endObject();
			String clause = staticClause(code);
			if (clause != null) {
				json.name("fullDescription").beginObject().name("text").value(ReviewTexts.text("sarif.ruleDescription", Messages.title(code), clause)).endObject();
			}
			json.name("defaultConfiguration").beginObject().name("level").value(level(code.defaultSeverity())).endObject();
			if (clause != null) {
				json.name("properties").beginObject().name("clause").value(clause).endObject();
			}
			json.endObject();
		}
		json.endArray();
		json.endObject().endObject();
		json.name("originalUriBaseIds").beginObject().name(ROOT).beginObject()
				.name("uri").value(workingDirectory.toUri().toString()).endObject().endObject();
		json.name("columnKind").value("utf16CodeUnits");
		json.name("results").beginArray();
	}

	/** Adds one finding as a result. */
	public void add(Finding finding) throws IOException {
		json.beginObject();
		json.name("ruleId").value(finding.code());
		RuleCode.byCode(finding.code()).ifPresent(code -> {
			try {
				json.name("ruleIndex").value(code.ordinal());
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		});
		json.name("level").value(switch (finding.severity()) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
		});
		json.name("message").beginObject().name("text").value(finding.message()).endObject();
		json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
		String uri = uriOf(finding.file());
		json.name("artifactLocation").beginObject().name("uri").value(uri);
		if (!uri.startsWith("file:")) {
			json.name("uriBaseId").value(ROOT); // relative to the working directory; an absolute URI stands alone
		}
		json.endObject();
		json.name("region").beginObject()
				.name("startLine").value(finding.line())
				.name("startColumn").value(finding.column())
				.name("endLine").value(Math.max(finding.line(), finding.endLine()))
				.name("endColumn").value(finding.endLine() > finding.line() || finding.endColumn() > finding.column()
						? finding.endColumn() : finding.column() + 1)
				.endObject();
		json.endObject().endObject().endArray();
		if (finding.waived()) {
			json.name("suppressions").beginArray().beginObject()
					.name("kind").value("inSource")
					.name("status").value("accepted")
					.name("justification").value(finding.waiver().reason())
					.endObject().endArray();
		}
		json.endObject();
	}

	@Override
	public void close() throws IOException {
		json.endArray();
		json.endObject().endArray();
		json.endObject();
		json.flush();
	}

	/** A relative URI reference for a file (percent-encoded, forward slashes), absolute when outside. */
	String uriOf(String file) {
		Path path = Path.of(file).toAbsolutePath().normalize();
		try {
			if (path.startsWith(workingDirectory)) {
				String relative = workingDirectory.relativize(path).toString().replace('\\', '/');
				return new URI(null, null, relative, null).toASCIIString();
			}
			return path.toUri().toASCIIString();
		} catch (URISyntaxException e) {
			return path.toUri().toASCIIString();
		}
	}

	/** A rule's name in the PascalCase form SARIF viewers show, from its code: LR-PART-MISSING → PartMissing. */
	static String ruleName(RuleCode code) {
		StringBuilder b = new StringBuilder();
		for (String word : code.name().split("_")) {
			b.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
		}
		return b.toString();
	}

	private static String staticClause(RuleCode code) {
		String clause = Messages.clause(code, "…", "…", "…", "…", "…", "…");
		return clause.contains("…") ? null : clause;
	}

	private static String level(org.lawreport.dsl.lawReport.Severity severity) {
		return switch (severity) {
			case ERROR -> "error";
			case WARNING -> "warning";
			case INFO -> "note";
			case OFF -> "none";
		};
	}
}
