package org.lawreport.dsl.ide.highlighting;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.TerminalRule;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.FigureReference;
import org.lawreport.dsl.lawReport.Item;
import org.lawreport.dsl.lawReport.LawReportPackage;
import org.lawreport.dsl.lawReport.Metadatum;
import org.lawreport.dsl.lawReport.NumberOperand;
import org.lawreport.dsl.lawReport.Operation;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Point;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.SubItem;
import org.lawreport.dsl.lawReport.TextChunk;

/**
 * Semantic highlighting of reports and templates: keywords, metadata keys and values, headings, template-part
 * names, prose, typed figures (which must stand out in the prose), figure references and rule arithmetic. The
 * style ids are those of {@link HighlightingStyles}; no two positions overlap.
 */
public class LawReportHighlighter implements ISemanticHighlightingCalculator {

	private static final LawReportPackage PKG = LawReportPackage.eINSTANCE;

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor,
			CancelIndicator cancelIndicator) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		INode root = resource.getParseResult().getRootNode();
		EObject lastFigure = null;
		for (ILeafNode leaf : root.getLeafNodes()) {
			if (cancelIndicator.isCanceled()) {
				return;
			}
			if (leaf.isHidden()) {
				if (leaf.getGrammarElement() instanceof TerminalRule rule && rule.getName().endsWith("COMMENT")) {
					mark(acceptor, leaf, HighlightingStyles.COMMENT);
				}
				continue;
			}
			EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
			if (owner instanceof Figure || owner instanceof FigureReference) {
				// one position for the whole figure (name, =, literal, 增幅/平均), so that it stands out as one
				if (owner != lastFigure) {
					lastFigure = owner;
					mark(acceptor, NodeModelUtils.findActualNodeFor(owner),
							owner instanceof Figure ? HighlightingStyles.FIGURE : HighlightingStyles.FIGURE_REFERENCE);
				}
				continue;
			}
			styleOf(leaf).ifPresent(style -> mark(acceptor, leaf, style));
		}
	}

	/** The style of one token, decided by the grammar element that produced it and the object it belongs to. */
	private Optional<String> styleOf(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (owner instanceof Figure) {
			return Optional.of(HighlightingStyles.FIGURE);
		}
		if (owner instanceof FigureReference || owner instanceof FigureOperand) {
			return Optional.of(HighlightingStyles.FIGURE_REFERENCE);
		}
		if (owner instanceof TextChunk chunk) {
			boolean heading = chunk.eContainer() instanceof RichText text && isHeading(text.eContainer());
			return Optional.of(heading ? HighlightingStyles.HEADING : HighlightingStyles.TEXT);
		}
		if (grammar instanceof Keyword || grammar instanceof EnumLiteralDeclaration) {
			if (owner instanceof Metadatum && isMetadataKey(leaf)) {
				return Optional.of(HighlightingStyles.METADATA_KEY);
			}
			if (owner instanceof Rule || owner instanceof Operation || owner instanceof NumberOperand) {
				String text = leaf.getText();
				return Optional.of("规则".equals(text) ? HighlightingStyles.KEYWORD : HighlightingStyles.RULE_EXPRESSION);
			}
			if (owner instanceof Metadatum && isFeature(leaf, owner, PKG.getMetadatum_Level())) {
				return Optional.of(HighlightingStyles.METADATA_VALUE);
			}
			return Optional.of(HighlightingStyles.KEYWORD);
		}
		if (owner instanceof Metadatum) {
			return Optional.of(HighlightingStyles.METADATA_VALUE);
		}
		if (owner instanceof NumberOperand || (owner instanceof Rule && isFeature(leaf, owner, PKG.getRule_Tolerance()))) {
			return Optional.of(HighlightingStyles.RULE_EXPRESSION);
		}
		if (owner instanceof Rule && isFeature(leaf, owner, PKG.getRule_Name())) {
			return Optional.of(HighlightingStyles.RULE_NAME);
		}
		if (isHeading(owner) || owner instanceof Point) {
			if (isFeature(leaf, owner, owner.eClass().getEStructuralFeature("fulfils"))) {
				return Optional.of(HighlightingStyles.TEMPLATE_PART);
			}
		}
		return Optional.empty();
	}

	private static boolean isHeading(EObject object) {
		return object instanceof Part || object instanceof Section || object instanceof Item || object instanceof SubItem;
	}

	private static boolean isMetadataKey(ILeafNode leaf) {
		EObject element = leaf.getGrammarElement();
		if (element instanceof Keyword keyword && keyword.eContainer() instanceof EnumLiteralDeclaration) {
			element = keyword.eContainer();
		}
		return element instanceof EnumLiteralDeclaration literal
				&& "MetadataKey".equals(GrammarUtil.containingRule(literal).getName());
	}

	private static boolean isFeature(ILeafNode leaf, EObject owner, EStructuralFeature feature) {
		if (feature == null) {
			return false;
		}
		List<INode> nodes = NodeModelUtils.findNodesForFeature(owner, feature);
		for (INode node : nodes) {
			if (node.getOffset() <= leaf.getOffset() && leaf.getEndOffset() <= node.getEndOffset()) {
				return true;
			}
		}
		return false;
	}

	private static void mark(IHighlightedPositionAcceptor acceptor, INode node, String style) {
		if (node.getLength() > 0) {
			acceptor.addPosition(node.getOffset(), node.getLength(), style, HighlightingStyles.LSP_TOKEN_TYPES.get(style));
		}
	}
}
