package org.lawreport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lawreport.dsl.workspace.ReportWorkspace;

/** The report files named on a command line (folders searched recursively); paths that fail are reported. */
record CommandInputs(List<Path> files, boolean unreadable) {

	static CommandInputs collect(List<Path> paths, PrintWriter err) {
		List<Path> files = new ArrayList<>();
		boolean unreadable = false;
		for (Path path : paths) {
			try {
				files.addAll(ReportWorkspace.collect(List.of(path)));
			} catch (NoSuchFileException e) {
				err.println(Texts.text("input.notFound", path));
				unreadable = true;
			} catch (IOException e) {
				err.println(Texts.text("input.unreadable", path, e.getMessage()));
				Debug.explain(err, e);
				unreadable = true;
			}
		}
		return new CommandInputs(files, unreadable);
	}
}
