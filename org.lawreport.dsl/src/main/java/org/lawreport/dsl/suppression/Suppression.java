package org.lawreport.dsl.suppression;

import java.util.List;

/**
 * One waiver written in a report: {@code // 豁免 LR-PUNCT-HALFWIDTH：引用文件名称，保留原文}. It covers the findings
 * with one of {@code codes} that start on {@code targetLine} (the line the comment ends, when it follows code,
 * otherwise the next line with content), or the whole file for {@code // 豁免全文 …} ({@code targetLine} 0).
 *
 * @param line       1-based line of the comment
 * @param column     1-based column where the comment starts
 * @param length     length of the comment, in characters
 * @param offset     0-based offset of the comment in the text
 * @param targetLine the line whose findings it waives, 0 for the whole file
 * @param codes      the rule codes it waives, as written
 * @param reason     why, as written; empty when the author gave none (the waiver then does not apply)
 */
public record Suppression(int line, int column, int length, int offset, int targetLine, List<String> codes,
		String reason) {

	public boolean wholeFile() {
		return targetLine == 0;
	}

	public boolean hasReason() {
		return !reason.isBlank();
	}

	public boolean covers(String code, int findingLine) {
		return codes.contains(code) && (wholeFile() || findingLine == targetLine);
	}
}
