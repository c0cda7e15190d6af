package org.lawreport.dsl.cli;

import java.io.PrintWriter;
import java.util.List;

import org.lawreport.dsl.workspace.Finding;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** How findings are printed: one line each ({@code file:line:col: severity code message}) or a JSON array. */
enum FindingFormat {
	text {
		@Override
		void print(List<Finding> findings, PrintWriter out) {
			for (Finding f : findings) {
				out.println(f.file() + ":" + f.line() + ":" + f.column() + ": " + f.severity().chinese() + " " + f.code()
						+ " " + f.message());
			}
		}
	},
	json {
		@Override
		void print(List<Finding> findings, PrintWriter out) {
			JsonArray array = new JsonArray();
			for (Finding f : findings) {
				JsonObject o = new JsonObject();
				o.addProperty("file", f.file());
				o.addProperty("line", f.line());
				o.addProperty("column", f.column());
				o.addProperty("endLine", f.endLine());
				o.addProperty("endColumn", f.endColumn());
				o.addProperty("severity", f.severity().name().toLowerCase(java.util.Locale.ROOT));
				o.addProperty("code", f.code());
				o.addProperty("message", f.message());
				array.add(o);
			}
			out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(array));
		}
	};

	abstract void print(List<Finding> findings, PrintWriter out);
}
