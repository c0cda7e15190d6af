package org.lawreport.dsl.workspace;

import org.lawreport.dsl.validation.Messages;

/**
 * One finding about one file, as reviewers and CI see it: where (1-based line and column, end exclusive), how
 * serious, which rule (stable code) and what to do (Chinese message ending with the clause it enforces). A
 * finding the report waives ({@code // 豁免 代码：理由}) keeps its severity and carries the {@link Waiver}; it never
 * counts as an error or warning, and it is always shown.
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, Level severity, String code,
		String message, Waiver waiver) {

	public Finding(String file, int line, int column, int endLine, int endColumn, Level severity, String code,
			String message) {
		this(file, line, column, endLine, endColumn, severity, code, message, null);
	}

	/** Why a finding is waived, and the line of the comment that says so. */
	public record Waiver(String reason, int line) {
	}

	public enum Level {
		ERROR, WARNING, INFO;

		/** 错误, 警告, 提示. */
		public String chinese() {
			return Messages.text("level." + name());
		}
	}

	public boolean waived() {
		return waiver != null;
	}

	/** An error that is not waived: it blocks the report. */
	public boolean isError() {
		return severity == Level.ERROR && waiver == null;
	}

	/** A warning that is not waived. */
	public boolean isWarning() {
		return severity == Level.WARNING && waiver == null;
	}

	/** Whether it counts at {@code threshold} or above (waived findings never count). */
	public boolean atLeast(Level threshold) {
		return waiver == null && severity.ordinal() <= threshold.ordinal();
	}
}
