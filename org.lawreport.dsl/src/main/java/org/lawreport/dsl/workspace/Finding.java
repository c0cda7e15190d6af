package org.lawreport.dsl.workspace;

/**
 * One finding about one file, as reviewers and CI see it: where (1-based line and column, end exclusive), how
 * serious, which rule (stable code) and what to do (Chinese message ending with the clause it enforces).
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, Level severity, String code,
		String message) {

	public enum Level {
		ERROR("错误"), WARNING("警告"), INFO("提示");

		private final String chinese;

		Level(String chinese) {
			this.chinese = chinese;
		}

		public String chinese() {
			return chinese;
		}
	}

	public boolean isError() {
		return severity == Level.ERROR;
	}
}
