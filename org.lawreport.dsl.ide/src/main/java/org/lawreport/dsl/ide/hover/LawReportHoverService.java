package org.lawreport.dsl.ide.hover;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Hover;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.ide.server.hover.IHoverService;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.lawreport.dsl.ide.outline.HeadingNumbering;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureOperand;
import org.lawreport.dsl.lawReport.FigureReference;
import org.lawreport.dsl.lawReport.RichText;

import com.google.inject.Singleton;

/**
 * Hover in Chinese Markdown: on a figure (where it is defined, referenced in prose or named in a rule) its type,
 * value and every rule it takes part in, with the computed result; on a heading (部分, 节, 条, 款) its number,
 * the template part it fulfils and the legal source of that part. The text comes from {@link HoverTexts}.
 */
@Singleton
public class LawReportHoverService extends HoverService {

	/** What the pointer rests on, for {@link HoverTexts}: a figure or a heading, and the source region to mark. */
	public record Target(EObject element, int offset, int length) {
	}

	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		Target target = targetAt(resource, offset);
		if (target == null) {
			return null;
		}
		return new HoverContext(document, resource, offset, new TextRegion(target.offset(), target.length()),
				target.element());
	}

	@Override
	protected Hover hover(HoverContext context) {
		if (context == null || getContents(context.getElement()).isEmpty()) {
			return IHoverService.EMPTY_HOVER;
		}
		return super.hover(context);
	}

	@Override
	public String getContents(EObject element) {
		return markdown(element);
	}

	/** The hover text of a target element, or "" when there is none. */
	public static String markdown(EObject element) {
		if (element instanceof Figure figure) {
			return HoverTexts.figure(figure);
		}
		if (HeadingNumbering.isHeading(element)) {
			return HoverTexts.heading(element);
		}
		return "";
	}

	/** The figure or heading at a source offset, or null when the offset is on neither. */
	public static Target targetAt(XtextResource resource, int offset) {
		if (resource.getParseResult() == null) {
			return null;
		}
		ICompositeNode root = resource.getParseResult().getRootNode();
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset);
		if (leaf != null && leaf.isHidden() && offset > 0) {
			leaf = NodeModelUtils.findLeafNodeAtOffset(root, offset - 1);
		}
		if (leaf == null || leaf.isHidden()) {
			return null;
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		if (owner instanceof Figure figure) {
			return at(figure, NodeModelUtils.findActualNodeFor(figure));
		}
		if (owner instanceof FigureReference ref && ref.getFigure() != null && !ref.getFigure().eIsProxy()) {
			return at(ref.getFigure(), NodeModelUtils.findActualNodeFor(ref));
		}
		if (owner instanceof FigureOperand operand && operand.getFigure() != null && !operand.getFigure().eIsProxy()) {
			return at(operand.getFigure(), NodeModelUtils.findActualNodeFor(operand));
		}
		EObject heading = owner;
		if (heading != null && heading.eContainer() instanceof RichText) {
			heading = heading.eContainer(); // a chunk of a title
		}
		if (heading instanceof RichText text) {
			heading = text.eContainer();
		}
		if (HeadingNumbering.isHeading(heading)) {
			ICompositeNode node = NodeModelUtils.findActualNodeFor(heading);
			INode title = NodeModelUtils.findNodesForFeature(heading, heading.eClass().getEStructuralFeature("title"))
					.stream().findFirst().orElse(null);
			int end = title == null ? leaf.getEndOffset() : Math.max(title.getEndOffset(), leaf.getEndOffset());
			for (INode n : NodeModelUtils.findNodesForFeature(heading, heading.eClass().getEStructuralFeature("fulfils"))) {
				end = Math.max(end, n.getEndOffset());
			}
			return new Target(heading, node.getOffset(), end - node.getOffset());
		}
		return null;
	}

	private static Target at(EObject element, INode node) {
		return node == null ? null : new Target(element, node.getOffset(), node.getLength());
	}
}
