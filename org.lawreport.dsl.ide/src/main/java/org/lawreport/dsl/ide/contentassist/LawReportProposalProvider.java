package org.lawreport.dsl.ide.contentassist;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.UnitCatalog;
import org.lawreport.dsl.conversion.TextEscapes;
import org.lawreport.dsl.facts.Fulfilments;
import org.lawreport.dsl.facts.Headings;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.facts.Templates;
import org.lawreport.dsl.ide.IdeMessages;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;
import org.lawreport.dsl.services.LawReportGrammarAccess;

import com.google.inject.Inject;

/**
 * Content assist for reports:
 * <ul>
 * <li>where a part may start, the template parts still missing from the report come first, each as a skeleton
 * {@code 部分 名称 "规范标题"} with the canonical heading for the report year;</li>
 * <li>inside a figure, after a number, the measure words and units the template declares ({@code 指标类型 … 单位});</li>
 * <li>figure names where a figure is referenced, template parts after {@code 部分}/{@code 对应}, template names after
 * {@code 依据} (with Chinese descriptions, see {@link LawReportCrossrefProposals});</li>
 * <li>metadata keys not yet written, each with what it is for.</li>
 * </ul>
 * The Xtext default proposals of terminal placeholders (the feature's English name) are left out.
 */
public class LawReportProposalProvider extends IdeContentProposalProvider {

	/** Priorities above the defaults (cross references 500, keywords 300): missing parts first. */
	static final int MISSING_MANDATORY_PART = 900;
	static final int MISSING_OPTIONAL_PART = 850;
	static final int UNIT = 700;
	static final int METADATA_KEY = 600;

	/** The number a figure starts with, and its scale word if typed already: 12, 71.33万, 25余万. */
	private static final Pattern NUMBER_HEAD = Pattern.compile("^[0-9][0-9.]*(?:[余多])?(?:[万亿萬億])?(?:[余多])?");

	@Inject
	private LawReportGrammarAccess grammar;

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("部分".equals(keyword.getValue()) && GrammarUtil.containingRule(keyword) == grammar.getPartRule()) {
			missingParts(context, acceptor);
		}
		EnumLiteralDeclaration literal = keyword.eContainer() instanceof EnumLiteralDeclaration e ? e : null;
		if (literal != null && GrammarUtil.containingRule(literal) == grammar.getMetadataKeyRule()) {
			metadataKey(literal, context, acceptor);
			return;
		}
		super._createProposals(keyword, context, acceptor);
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if (assignment.getTerminal() instanceof RuleCall call) {
			AbstractRule rule = call.getRule();
			if (rule instanceof EnumRule enumRule) {
				for (EnumLiteralDeclaration literal : EcoreUtil2.getAllContentsOfType(enumRule, EnumLiteralDeclaration.class)) {
					if (enumRule == grammar.getMetadataKeyRule()) {
						metadataKey(literal, context, acceptor);
					} else {
						super._createProposals(literal.getLiteral(), context, acceptor);
					}
				}
				return;
			}
			if ("QUANTITY".equals(rule.getName()) && (assignment == grammar.getFigureAccess().getLiteralAssignment_1()
					|| assignment == grammar.getPrimaryAccess().getValueAssignment_1_1())) {
				units(context, acceptor);
			}
			return; // no placeholder proposals such as "literal" or "name"
		}
		super._createProposals(assignment, context, acceptor);
	}

	private void missingParts(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		Report report = reportOf(context);
		if (report == null || report.getTemplate() == null || report.getTemplate().eIsProxy()) {
			return;
		}
		Fulfilments fulfilments = Fulfilments.of(report);
		Integer year = Metadata.of(report).reportYear().orElse(null);
		int rank = 0;
		for (TemplatePart part : Templates.parts(report.getTemplate())) {
			rank++;
			if (fulfilments.topLevel(part).isPresent()) {
				continue;
			}
			String heading = Headings.canonical(part, year);
			String skeleton = "部分 " + part.getName() + " \"" + TextEscapes.escape(heading) + "\"";
			String key = part.isMandatory() ? "assist.missingPart" : "assist.missingPart.optional";
			ContentAssistEntry entry = getProposalCreator().createProposal(skeleton, context, ContentAssistEntry.KIND_SNIPPET,
					e -> {
						e.setLabel("部分 " + part.getName());
						e.setDescription(IdeMessages.text(key, part.getName(), heading));
						if (part.getClause() != null) {
							e.setDocumentation(part.getClause());
						}
					});
			if (entry != null) {
				int base = part.isMandatory() ? MISSING_MANDATORY_PART : MISSING_OPTIONAL_PART;
				acceptor.accept(entry, base - rank);
			}
		}
	}

	private void metadataKey(EnumLiteralDeclaration literal, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		MetadataKey key = MetadataKey.getByName(literal.getEnumLiteral().getName());
		Report report = reportOf(context);
		if (key == null) {
			return;
		}
		if (report != null) {
			Metadatum current = EcoreUtil2.getContainerOfType(context.getCurrentModel(), Metadatum.class);
			boolean written = report.getMetadata().stream().anyMatch(m -> m.getKey() == key && m != current);
			if (written) {
				return; // a key written twice is an error (LR-META-DUPLICATE)
			}
		}
		String word = literal.getLiteral().getValue();
		ContentAssistEntry entry = getProposalCreator().createProposal(word, context, ContentAssistEntry.KIND_PROPERTY,
				e -> e.setDescription(IdeMessages.text("assist.metadata", IdeMessages.text("meta." + key.getName()))));
		if (entry != null) {
			acceptor.accept(entry, METADATA_KEY - key.getValue());
		}
	}

	private void units(ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String prefix = context.getPrefix();
		Matcher head = NUMBER_HEAD.matcher(prefix);
		if (!head.find()) {
			return;
		}
		String number = head.group();
		Report report = reportOf(context);
		Template template = report == null ? null : report.getTemplate();
		UnitCatalog catalog = template == null || template.eIsProxy() ? UnitCatalog.standard() : Templates.units(template);
		Map<String, QuantityKind> units = new LinkedHashMap<>(catalog.asMap());
		int order = 0;
		for (Map.Entry<String, QuantityKind> unit : units.entrySet()) {
			order++;
			String proposal = number + unit.getKey();
			ContentAssistEntry entry = getProposalCreator().createProposal(proposal, context, ContentAssistEntry.KIND_UNIT,
					e -> {
						e.setLabel(proposal);
						e.setDescription(IdeMessages.text("assist.unit", IdeMessages.text("kind." + unit.getValue().name())));
					});
			if (entry != null) {
				acceptor.accept(entry, UNIT - Math.min(order, 99));
			}
		}
	}

	/** The report being edited, or null in a template. */
	static Report reportOf(ContentAssistContext context) {
		EObject model = context.getCurrentModel();
		if (model == null && context.getResource() != null && !context.getResource().getContents().isEmpty()) {
			model = context.getResource().getContents().get(0);
		}
		Report report = model == null ? null : EcoreUtil2.getContainerOfType(model, Report.class);
		if (report == null && context.getRootModel() instanceof Report root) {
			report = root;
		}
		return report;
	}
}
