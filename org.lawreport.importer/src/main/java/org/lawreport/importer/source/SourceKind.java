package org.lawreport.importer.source;

/** What an original was saved as. */
public enum SourceKind {
	/** Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
	TEXT("纯文本"),
	/** A Word document (Office Open XML, .docx). */
	DOCX("Word 文档"),
	/** A web page saved from a government website. */
	HTML("网页");

	private final String chinese;

	SourceKind(String chinese) {
		this.chinese = chinese;
	}

	/** The kind as the import report names it. */
	public String chinese() {
		return chinese;
	}
}
