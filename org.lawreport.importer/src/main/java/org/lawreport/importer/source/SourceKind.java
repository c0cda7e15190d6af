package org.lawreport.importer.source;

import org.lawreport.importer.ImporterTexts;

/** What an original was saved as. */
public enum SourceKind {
	/** Plain text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK. */
	TEXT,
	/** A Word document (Office Open XML, .docx). */
	DOCX,
	/** A web page saved from a government website. */
	HTML;

	/** The kind as the import report names it: 纯文本, Word 文档, 网页. */
	public String chinese() {
		return ImporterTexts.text("source." + name());
	}
}
