package org.lawreport.dsl.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.lawreport.dsl.facts.Profiles;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Severity;
import org.lawreport.dsl.lawReport.Template;

/**
 * What every group of checks shares: a finding is reported with its stable code, the severity the report's
 * template (or profile) sets for that code, a Chinese message ending with the clause it enforces, and the exact
 * range in the source. Issue data carries what a quick fix needs.
 */
public abstract class LawReportCheckBase extends AbstractDeclarativeValidator {

	protected static final LawReportPackage PKG = LawReportPackage.eINSTANCE;

	private static final String SEVERITIES = LawReportCheckBase.class.getName() + ".severities";

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(LawReportPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// checks are registered through LawReportValidator's @ComposedChecks
	}

	/** Starts a finding of {@code code} about {@code object}. */
	protected Finding finding(RuleCode code, EObject object) {
		return new Finding(code, object);
	}

	/** The severity for {@code code} in the template of the report containing {@code object}. */
	protected Severity severityOf(RuleCode code, EObject object) {
		return severityOf(code, object, null);
	}

	/** As {@link #severityOf(RuleCode, EObject)}, with {@code fallback} (if not null) in place of the code's default. */
	private Severity severityOf(RuleCode code, EObject object, Severity fallback) {
		Map<String, Severity> overrides = severities(object);
		Severity s = overrides.get(code.code());
		return s != null ? s : fallback != null ? fallback : code.defaultSeverity();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Severity> severities(EObject object) {
		Map<Object, Object> context = getContext();
		Report report = EcoreUtil2.getContainerOfType(object, Report.class);
		Object key = report == null ? SEVERITIES : List.of(SEVERITIES, report);
		if (context != null && context.get(key) instanceof Map<?, ?> cached) {
			return (Map<String, Severity>) cached;
		}
		Map<String, Severity> result = Map.of();
		if (report != null) {
			Template template = Profiles.effectiveTemplate(report);
			if (template != null && !template.eIsProxy()) {
				result = Templates.severities(template);
			}
		}
		if (context != null) {
			context.put(key, result);
		}
		return result;
	}

	/** A finding under construction. */
	protected final class Finding {
		private final RuleCode code;
		private final EObject object;
		private EStructuralFeature feature;
		private int index = -1;
		private int offset = -1;
		private int length;
		private Object[] args = new Object[0];
		private String[] data = new String[0];
		private Severity fallback;

		private Finding(RuleCode code, EObject object) {
			this.code = code;
			this.object = object;
		}

		public Finding on(EStructuralFeature f) {
			this.feature = f;
			return this;
		}

		public Finding on(EStructuralFeature f, int i) {
			this.feature = f;
			this.index = i;
			return this;
		}

		public Finding at(int sourceOffset, int sourceLength) {
			this.offset = sourceOffset;
			this.length = sourceLength;
			return this;
		}

		/** The first line of the object only (for a part or section that spans many lines). */
		public Finding firstLine() {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
			if (node != null) {
				String text = node.getText();
				int start = node.getOffset() - node.getTotalOffset();
				int lineEnd = text.indexOf('\n', Math.max(0, start));
				int end = lineEnd < 0 ? text.length() : lineEnd;
				this.offset = node.getOffset();
				this.length = Math.max(1, end - start);
			}
			return this;
		}

		public Finding args(Object... values) {
			this.args = Arrays.stream(values).map(String::valueOf).toArray();
			return this;
		}

		/** The severity when the template sets none for the code (an entry's own, as a term's), not the code's default. */
		public Finding severityUnlessSet(Severity severity) {
			this.fallback = severity;
			return this;
		}

		public Finding data(String... values) {
			this.data = values;
			return this;
		}

		public void emit() {
			Severity severity = severityOf(code, object, fallback);
			if (severity == Severity.OFF) {
				return;
			}
			String message = Messages.withClause(code, args);
			String[] issueData = data;
			var acceptor = getMessageAcceptor();
			if (offset >= 0) {
				switch (severity) {
					case ERROR -> acceptor.acceptError(message, object, offset, length, code.code(), issueData);
					case WARNING -> acceptor.acceptWarning(message, object, offset, length, code.code(), issueData);
					default -> acceptor.acceptInfo(message, object, offset, length, code.code(), issueData);
				}
			} else {
				switch (severity) {
					case ERROR -> acceptor.acceptError(message, object, feature, index, code.code(), issueData);
					case WARNING -> acceptor.acceptWarning(message, object, feature, index, code.code(), issueData);
					default -> acceptor.acceptInfo(message, object, feature, index, code.code(), issueData);
				}
			}
		}
	}
}
