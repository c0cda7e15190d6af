package org.lawreport.dsl.suppression;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * A finding waived by a {@code // 豁免} comment. It is kept (a reviewer must see what was waived) with the
 * severity of a note, so that it never fails a check, and remembers the severity it had and the reason given.
 */
public final class SuppressedIssue extends Issue.IssueImpl {

	private final Severity originalSeverity;
	private final String reason;
	private final int waiverLine;

	public SuppressedIssue(Issue original, String reason, int waiverLine) {
		this.originalSeverity = original.getSeverity();
		this.reason = reason;
		this.waiverLine = waiverLine;
		setCode(original.getCode());
		setData(original.getData());
		setMessage(original.getMessage());
		setOffset(original.getOffset());
		setLength(original.getLength());
		setLineNumber(original.getLineNumber());
		setColumn(original.getColumn());
		setLineNumberEnd(original.getLineNumberEnd());
		setColumnEnd(original.getColumnEnd());
		setUriToProblem(original.getUriToProblem());
		setType(original.getType());
		setSyntaxError(original.isSyntaxError());
		setSeverity(Severity.INFO);
	}

	public Severity originalSeverity() {
		return originalSeverity;
	}

	public String reason() {
		return reason;
	}

	/** The line of the {@code // 豁免} comment that waived it. */
	public int waiverLine() {
		return waiverLine;
	}
}
