package org.lawreport.dsl.ide.outline;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.xtext.ide.server.DocumentExtensions;
import org.eclipse.xtext.ide.server.symbol.DocumentSymbolMapper;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import org.lawreport.dsl.facts.RuleOutcomes;
import org.lawreport.dsl.lawReport.Part;
import org.lawreport.dsl.lawReport.Rule;
import org.lawreport.dsl.lawReport.Section;
import org.lawreport.dsl.lawReport.Template;
import org.lawreport.dsl.lawReport.TemplatePart;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The document symbols (outline) of a report: its parts, sections, items and sub-items, each named with the
 * number it is printed with and its title ("一、2020年工作情况", "（一）…", "1.…", "（1）…"), then its rules; of a
 * template, its parts. Everything else (paragraphs, figures, metadata) has no symbol.
 */
public final class LawReportSymbols {

	private LawReportSymbols() {
	}

	/** The outline label of an element, or null when it has no symbol. */
	public static String label(EObject object) {
		if (HeadingNumbering.isHeading(object)) {
			return HeadingNumbering.numberedTitle(object);
		}
		if (object instanceof Rule rule) {
			return "规则 " + RuleOutcomes.nameOf(rule);
		}
		if (object instanceof Template template) {
			return "模板 " + template.getName();
		}
		if (object instanceof TemplatePart part) {
			return "部分 " + part.getName();
		}
		return null;
	}

	/** Names symbols with {@link LawReportSymbols#label}; null (no symbol) for everything else. */
	@Singleton
	public static class NameProvider extends DocumentSymbolMapper.DocumentSymbolNameProvider {
		@Override
		public String getName(EObject object) {
			return label(object);
		}
	}

	/** Parts are modules, sections namespaces, items and sub-items structs, rules functions. */
	@Singleton
	public static class KindProvider extends DocumentSymbolMapper.DocumentSymbolKindProvider {
		@Override
		public SymbolKind getSymbolKind(EObject object) {
			if (object instanceof Part || object instanceof Template) {
				return SymbolKind.Module;
			}
			if (object instanceof Section || object instanceof TemplatePart) {
				return SymbolKind.Namespace;
			}
			if (object instanceof Rule) {
				return SymbolKind.Function;
			}
			return SymbolKind.Struct;
		}
	}

	/** The whole element is its range; its heading line (keyword to title) is what gets selected. */
	@Singleton
	public static class RangeProvider extends DocumentSymbolMapper.DocumentSymbolRangeProvider {
		@Inject
		private DocumentExtensions documents;

		@Override
		public Range getSelectionRange(EObject object) {
			if (HeadingNumbering.isHeading(object)) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(object);
				INode title = NodeModelUtils.findNodesForFeature(object, object.eClass().getEStructuralFeature("title"))
						.stream().findFirst().orElse(null);
				if (node != null && title != null && object.eResource() instanceof XtextResource r) {
					return documents.newRange(r, new TextRegion(node.getOffset(), title.getEndOffset() - node.getOffset()));
				}
			}
			return super.getSelectionRange(object);
		}
	}
}
