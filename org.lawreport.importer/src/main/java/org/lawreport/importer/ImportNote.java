package org.lawreport.importer;

import java.util.Objects;

import org.lawreport.dsl.workspace.Finding;

/**
 * One entry of the import report: something about the original that did not fit the template as it stood, and
 * what the importer did about it.
 *
 * @param line     the line of the original it concerns (1-based; the Word paragraph for a .docx, the HTML source
 *                 line for a web page); 0 when it concerns the whole document
 * @param severity how much it matters
 * @param category what the importer did
 * @param code     a stable code: IMP-… for the importer's own entries, LR-… for the validator's findings on the
 *                 imported report
 * @param message  what was found and done, in Chinese
 */
public record ImportNote(int line, Finding.Level severity, Category category, String code, String message) {

	/** What the importer did about something in the original. */
	public enum Category {
		/** Left out of the report: website navigation and footers, text after the end. */
		DROPPED,
		/** Kept, written in the standard way: brackets, line breaks inside a sentence, spaces around numbers. */
		NORMALISED,
		/** Decided without the original saying so explicitly: a part's meaning, the report year, a rule. */
		GUESSED,
		/** A defect of the original, kept as it is and reported: numbering, arithmetic. */
		DEFECT,
		/** A finding of the validator on the imported report. */
		FINDING;

		/** 删去, 规范, 推断, 原文问题, 校验. */
		public String chinese() {
			return ImporterTexts.text("category." + name());
		}
	}

	public ImportNote {
		Objects.requireNonNull(severity, "severity");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(message, "message");
	}

	static ImportNote info(int line, Category category, String code, String message) {
		return new ImportNote(line, Finding.Level.INFO, category, code, message);
	}

	static ImportNote warning(int line, Category category, String code, String message) {
		return new ImportNote(line, Finding.Level.WARNING, category, code, message);
	}

	public boolean isError() {
		return severity == Finding.Level.ERROR;
	}
}
