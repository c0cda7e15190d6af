package org.lawreport.cli;

import org.lawreport.dsl.workspace.Finding;

/** When a run exits with 1 (for CI gates): on errors (default), on warnings too, or never. */
enum FailOn {
	error, warning, none;

	boolean fails(Finding finding) {
		return switch (this) {
			case error -> finding.isError();
			case warning -> finding.isError() || finding.isWarning();
			case none -> false;
		};
	}
}
