package org.lawreport.dsl.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.lawreport.core.document.OfficialDocument.Run;
import org.lawreport.dsl.conversion.TextEscapes;
import org.lawreport.dsl.lawReport.Figure;
import org.lawreport.dsl.lawReport.FigureReference;
import org.lawreport.dsl.lawReport.RichText;
import org.lawreport.dsl.lawReport.TextChunk;

/**
 * The printed text of a piece of prose: its chunks and its figures exactly as written (a reference prints the
 * literal of the figure it names), and the way back from a position in that text to the source file.
 */
public final class Prose {

	private Prose() {
	}

	/** One segment of prose with its printed text. */
	public record Piece(EObject segment, String text, boolean figure) {
	}

	public static List<Piece> pieces(RichText text) {
		List<Piece> pieces = new ArrayList<>();
		if (text == null) {
			return pieces;
		}
		for (EObject segment : text.getSegments()) {
			if (segment instanceof TextChunk chunk) {
				pieces.add(new Piece(chunk, chunk.getValue() == null ? "" : chunk.getValue(), false));
			} else if (segment instanceof Figure figure) {
				pieces.add(new Piece(figure, figure.getLiteral() == null ? "" : figure.getLiteral(), true));
			} else if (segment instanceof FigureReference ref) {
				Figure target = ref.getFigure();
				String printed = target == null || target.eIsProxy() || target.getLiteral() == null
						? linkText(ref) : target.getLiteral();
				pieces.add(new Piece(ref, printed, true));
			}
		}
		return pieces;
	}

	public static List<Run> runs(RichText text) {
		List<Run> runs = new ArrayList<>();
		for (Piece piece : pieces(text)) {
			if (!piece.text().isEmpty()) {
				runs.add(new Run(piece.text(), piece.figure() ? Run.Kind.FIGURE : Run.Kind.TEXT));
			}
		}
		return runs;
	}

	/** The whole printed text. */
	public static String text(RichText text) {
		StringBuilder out = new StringBuilder();
		for (Piece piece : pieces(text)) {
			out.append(piece.text());
		}
		return out.toString();
	}

	private static final String ORDINAL_KEY = Prose.class.getName() + ".ordinal";

	/**
	 * Whether the printed text right before a figure ends with {@code 第}, to tell 第{2位} (a rank) from {2位} (two
	 * persons). The figures so preceded are found once per paragraph: asking each figure for all the text before it
	 * cost time quadratic in the figures of one paragraph.
	 */
	public static boolean afterOrdinalMark(EObject figure) {
		if (!(figure.eContainer() instanceof RichText text)) {
			return false;
		}
		Map<RichText, Set<EObject>> byText = ResourceFacts.get(figure, ORDINAL_KEY, HashMap::new);
		Set<EObject> marked;
		synchronized (byText) {
			marked = byText.computeIfAbsent(text, Prose::figuresAfterOrdinalMark);
		}
		return marked.contains(figure);
	}

	private static Set<EObject> figuresAfterOrdinalMark(RichText text) {
		Set<EObject> marked = new HashSet<>();
		String last = ""; // the printed text so far ends with this (the last non-empty piece)
		for (Piece piece : pieces(text)) {
			if (piece.figure() && last.endsWith("第")) {
				marked.add(piece.segment());
			}
			if (!piece.text().isEmpty()) {
				last = piece.text();
			}
		}
		return marked;
	}

	/** The offset in the source file of character {@code index} of a text chunk's value. */
	public static int sourceOffset(TextChunk chunk, int index) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(chunk);
		if (node == null) {
			return 0;
		}
		return node.getOffset() + TextEscapes.tokenOffset(NodeModelUtils.getTokenText(node), index);
	}

	private static String linkText(FigureReference ref) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(ref);
		return node == null ? "" : NodeModelUtils.getTokenText(node);
	}
}
