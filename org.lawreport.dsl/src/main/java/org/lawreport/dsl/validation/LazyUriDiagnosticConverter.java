package org.lawreport.dsl.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.DiagnosticConverterImpl;
import org.eclipse.xtext.validation.Issue;

/**
 * Turns validator diagnostics into issues like Xtext does, but computes the URI of the offending object only when
 * someone asks for it ({@link Issue#getUriToProblem()}: editors' quick fixes). The command line never does, and
 * building an interned URI for each of a report's thirty findings was a tenth of a batch's validation time.
 */
public class LazyUriDiagnosticConverter extends DiagnosticConverterImpl {

	@Override
	public void convertValidatorDiagnostic(Diagnostic diagnostic, IAcceptor<Issue> acceptor) {
		Severity severity = getSeverity(diagnostic);
		if (severity == null) {
			return;
		}
		CauserIssue issue = new CauserIssue(getCauser(diagnostic));
		issue.setSeverity(severity);
		IssueLocation where = getLocationData(diagnostic);
		if (where != null) {
			issue.setOffset(where.offset);
			issue.setLength(where.length);
			issue.setLineNumber(where.lineNumber);
			issue.setColumn(where.column);
			issue.setLineNumberEnd(where.lineNumberEnd);
			issue.setColumnEnd(where.columnEnd);
		}
		issue.setCode(getIssueCode(diagnostic));
		issue.setType(getIssueType(diagnostic));
		issue.setData(getIssueData(diagnostic));
		issue.setMessage(diagnostic.getMessage());
		acceptor.accept(issue);
	}

	/** An issue that knows its object and works out the object's URI on first request. */
	static final class CauserIssue extends Issue.IssueImpl {
		private EObject causer;

		CauserIssue(EObject causer) {
			this.causer = causer;
		}

		@Override
		public URI getUriToProblem() {
			if (causer != null) {
				setUriToProblem(EcoreUtil.getURI(causer));
				causer = null;
			}
			return super.getUriToProblem();
		}
	}
}
