package org.lawreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.lawreport.core.Version;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.sarif.SarifLog;

import com.google.gson.stream.JsonWriter;

/**
 * How findings are printed, as they come: one line each ({@code file:line:col: severity code message}), a JSON
 * array, or a SARIF 2.1.0 log. A waived finding is printed too, marked 已豁免 with its reason.
 */
enum FindingFormat {
	text {
		@Override
		Sink open(PrintWriter out) {
			return new Sink() {
				@Override
				public void add(Finding f) {
					out.println(line(f));
				}

				@Override
				public void close() {
					out.flush();
				}
			};
		}
	},
	json {
		@Override
		Sink open(PrintWriter out) {
			JsonWriter json = new JsonWriter(out);
			json.setIndent("  ");
			json.setHtmlSafe(false);
			return new Sink() {
				{
					io(json::beginArray);
				}

				@Override
				public void add(Finding f) {
					io(() -> {
						json.beginObject();
						json.name("file").value(f.file());
						json.name("line").value(f.line());
						json.name("column").value(f.column());
						json.name("endLine").value(f.endLine());
						json.name("endColumn").value(f.endColumn());
						json.name("severity").value(f.severity().name().toLowerCase(Locale.ROOT));
						json.name("code").value(f.code());
						json.name("message").value(f.message());
						if (f.waived()) {
							json.name("waived").beginObject().name("reason").value(f.waiver().reason())
									.name("line").value(f.waiver().line()).endObject();
						}
						json.endObject();
					});
				}

				@Override
				public void close() {
					io(() -> {
						json.endArray();
						json.flush();
					});
					out.println();
					out.flush();
				}
			};
		}
	},
	sarif {
		@Override
		Sink open(PrintWriter out) {
			SarifLog log;
			try {
				log = new SarifLog(out, Version.VERSION);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			return new Sink() {
				@Override
				public void add(Finding f) {
					io(() -> log.add(f));
				}

				@Override
				public void close() {
					io(log::close);
					out.println();
					out.flush();
				}
			};
		}
	};

	/** Receives the findings of a run, file after file. */
	interface Sink extends AutoCloseable {
		void add(Finding finding);

		@Override
		void close();
	}

	abstract Sink open(PrintWriter out);

	/** Prints a list at once. */
	void print(List<Finding> findings, PrintWriter out) {
		try (Sink sink = open(out)) {
			findings.forEach(sink::add);
		}
	}

	static String line(Finding f) {
		String where = f.file() + ":" + f.line() + ":" + f.column() + ": ";
		if (f.waived()) {
			return Texts.text("finding.waived", where, f.severity().chinese(), f.code(), f.message(), f.waiver().reason());
		}
		return where + f.severity().chinese() + " " + f.code() + " " + f.message();
	}

	private interface IoAction {
		void run() throws IOException;
	}

	private static void io(IoAction action) {
		try {
			action.run();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
