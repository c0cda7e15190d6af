package org.lawreport.importer;

import static org.lawreport.importer.ProseText.abbreviate;
import static org.lawreport.importer.ProseText.endsParagraph;
import static org.lawreport.importer.ProseText.findMarker;
import static org.lawreport.importer.ProseText.removeSpacesAroundNumbers;
import static org.lawreport.importer.ProseText.titleEnd;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lawreport.core.text.ChineseNumerals;
import org.lawreport.core.text.HeadingNumbers;
import org.lawreport.importer.ImportNote.Category;

/**
 * The body of an original as a numbered structure. Lines broken inside a sentence are joined and spaces around
 * numbers removed (both reported); headings are recognised by their numbers 一、（一）1.（1） or a Word heading style,
 * split from the sentence they run into (接排), and their numbering is checked against the one before them
 * (duplicated, skipped, running on across sections); paragraphs are split into run-in points 一是…二是…, counted
 * across the paragraphs of one heading as the language counts them.
 */
final class BodyStructure {

	/** A heading or paragraph of the body, after joining lines broken inside a sentence. */
	record Block(int line, String text, int styleLevel) {
	}

	private final ImportContext ctx;
	private final FigureScanner figures;
	private final Map<Object, Integer> runIns = new HashMap<>();
	private final int[] lastWritten = new int[5];
	private final Map<Object, int[]> writtenIn = new HashMap<>();
	private final Object reportKey = new Object();
	private final Object openingKey = new Object();

	BodyStructure(ImportContext ctx, FigureScanner figures) {
		this.ctx = ctx;
		this.figures = figures;
	}

	List<Block> blocks(List<ImportContext.Line> body) {
		List<Block> blocks = new ArrayList<>();
		StringBuilder text = null;
		int first = 0;
		int style = 0;
		int previousLine = 0;
		for (ImportContext.Line line : body) {
			boolean heading = line.styleLevel() > 0 || HeadingNumber.parse(line.text()).isPresent();
			if (text != null && !heading && style == 0 && continues(text.toString())) {
				ctx.notes.add(ImportNote.info(line.number(), Category.NORMALISED, "IMP-LINE-JOIN",
						ImporterTexts.text("body.lineJoin", previousLine, line.number())));
				text.append(line.text());
				previousLine = line.number();
				continue;
			}
			if (text != null) {
				blocks.add(block(first, text.toString(), style));
			}
			text = new StringBuilder(line.text());
			first = line.number();
			style = line.styleLevel();
			previousLine = line.number();
		}
		if (text != null) {
			blocks.add(block(first, text.toString(), style));
		}
		return blocks;
	}

	/** Whether a block goes on in the next line: it does not end a paragraph, and a heading runs into a sentence. */
	private boolean continues(String text) {
		if (endsParagraph(text)) {
			return false;
		}
		Optional<HeadingNumber> number = HeadingNumber.parse(text);
		if (number.isEmpty()) {
			return true;
		}
		int cut = titleEnd(number.get().rest());
		return cut > 0 && cut < number.get().rest().length();
	}

	private Block block(int line, String text, int style) {
		String spaced = removeSpacesAroundNumbers(text);
		if (spaced.length() != text.length()) {
			int at = 0;
			while (at < spaced.length() && spaced.charAt(at) == text.charAt(at)) {
				at++;
			}
			int from = Math.max(0, at - 6);
			int removed = text.length() - spaced.length();
			String was = text.substring(from, Math.min(text.length(), at + 8));
			String now = removeSpacesAroundNumbers(was);
			ctx.notes.add(ImportNote.info(line, Category.NORMALISED, "IMP-SPACE",
					ImporterTexts.text("body.spaces", removed, was.strip(), now.strip())));
		}
		return new Block(line, spaced, style);
	}

	void structure(List<Block> blocks) {
		int shift = 0;
		boolean anyPart = false;
		int minLevel = 5;
		for (Block b : blocks) {
			int level = levelOf(b);
			if (level == 1) {
				anyPart = true;
			}
			if (level > 0) {
				minLevel = Math.min(minLevel, level);
			}
		}
		if (!anyPart && minLevel < 5) {
			shift = minLevel - 1;
			ctx.notes.add(ImportNote.warning(0, Category.GUESSED, "IMP-LEVEL",
					ImporterTexts.text("body.noTopLevel", HeadingNumber.standard(minLevel, 1))));
		}
		Draft.Heading[] open = new Draft.Heading[5];
		for (Block b : blocks) {
			Optional<HeadingNumber> number = HeadingNumber.parse(b.text());
			int level = levelOf(b);
			if (level == 0) {
				addParagraph(b.text(), b.line(), deepest(open));
				continue;
			}
			level -= shift;
			if (b.styleLevel() > 0 && number.isPresent() && number.get().level() != b.styleLevel()) {
				ctx.notes.add(ImportNote.warning(b.line(), Category.GUESSED, "IMP-LEVEL",
						ImporterTexts.text("body.styleVersusNumber", b.styleLevel(), number.get().written().strip(), number.get().level())));
			} else if (b.styleLevel() > 0 && number.isEmpty()) {
				ctx.notes.add(ImportNote.info(b.line(), Category.GUESSED, "IMP-LEVEL",
						ImporterTexts.text("body.styleOnly", b.styleLevel())));
			}
			if (level >= 2 && open[1] == null) {
				ctx.notes.add(ImportNote.warning(b.line(), Category.GUESSED, "IMP-LEVEL",
						ImporterTexts.text("body.beforeFirstPart", abbreviate(b.text()))));
				addParagraph(b.text(), b.line(), deepest(open));
				continue;
			}
			if (level == 4 && open[3] == null) {
				ctx.notes.add(ImportNote.warning(b.line(), Category.GUESSED, "IMP-LEVEL",
						ImporterTexts.text("body.level4Orphan", number.map(HeadingNumber::written).orElse("").strip())));
				level = 3;
			}
			String rest = number.isPresent() ? number.get().rest() : b.text();
			int cut = titleEnd(rest);
			boolean runIn = cut > 0 && cut < rest.length();
			String titleText = runIn ? rest.substring(0, cut) : rest;
			Draft.Heading parent = level == 1 ? null : level == 2 ? open[1] : level == 3 ? (open[2] != null ? open[2] : open[1]) : open[3];
			int generated = (parent == null ? ctx.report.parts().size() : parent.count(level)) + 1;
			String written = number.map(HeadingNumber::written).orElse(null);
			if (number.isPresent() && number.get().level() == level + shift) {
				int[] previous = writtenIn.computeIfAbsent(parent == null ? reportKey : parent, k -> new int[5]);
				checkNumber(b.line(), level, number.get(), generated, previous[level]);
				previous[level] = number.get().number();
			}
			Draft.Heading heading = new Draft.Heading(level, b.line(), figures.scan(titleText, b.line()), written);
			if (parent == null) {
				ctx.report.parts().add(heading);
			} else {
				parent.children().add(heading);
			}
			open[level] = heading;
			for (int k = level + 1; k < open.length; k++) {
				open[k] = null;
			}
			if (runIn) {
				heading.setRunIn(true);
				addParagraph(rest.substring(cut), b.line(), heading);
			}
		}
	}

	private int levelOf(Block b) {
		if (b.styleLevel() > 0) {
			return b.styleLevel();
		}
		return HeadingNumber.parse(b.text()).map(HeadingNumber::level).orElse(0);
	}

	private Draft.Heading deepest(Draft.Heading[] open) {
		for (int k = open.length - 1; k >= 1; k--) {
			if (open[k] != null) {
				return open[k];
			}
		}
		return null;
	}

	/**
	 * Compares a heading's written number with the one before it at the same level in the same container
	 * ({@code previous}, 0 for the first) and, for a first heading, with the last one of that level anywhere.
	 */
	private void checkNumber(int line, int level, HeadingNumber number, int generated, int previous) {
		int n = number.number();
		String shown = number.written().strip();
		String expected = HeadingNumber.standard(level, generated);
		int last = lastWritten[level];
		lastWritten[level] = n;
		if (n == previous + 1) {
			return;
		}
		String what;
		if (previous == 0 && last >= 1 && n == last + 1) {
			what = ImporterTexts.text("numbering.continued", shown, HeadingNumber.standard(level, 1));
		} else if (previous == 0) {
			what = ImporterTexts.text("numbering.notFromOne", HeadingNumber.standard(level, 1), shown);
		} else if (n == previous) {
			what = ImporterTexts.text("numbering.repeated", shown);
		} else if (n > previous + 1) {
			what = ImporterTexts.text("numbering.skipped", shown, HeadingNumber.standard(level, previous),
					HeadingNumber.standard(level, previous + 1));
		} else {
			what = ImporterTexts.text("numbering.order", shown, HeadingNumber.standard(level, previous));
		}
		ctx.notes.add(ImportNote.warning(line, Category.DEFECT, "IMP-NUMBERING",
				ImporterTexts.text("numbering.renumbered", what, expected)));
	}

	/** Adds a paragraph to a heading (or the opening), split into its run-in points. */
	private void addParagraph(String text, int line, Draft.Heading container) {
		if (text.isBlank()) {
			return;
		}
		Object key = container == null ? openingKey : container;
		int count = runIns.getOrDefault(key, 0);
		List<int[]> cuts = new ArrayList<>();
		int from = 0;
		for (int expected = count + 1; expected <= 99; expected++) {
			String marker = ChineseNumerals.of(expected) + "是";
			int at = findMarker(text, marker, from, expected > 1 && (count > 0 || !cuts.isEmpty()));
			if (at < 0) {
				break;
			}
			cuts.add(new int[] { at, at + marker.length() });
			from = at + marker.length();
		}
		if (cuts.isEmpty() && count > 0 && findMarker(text, "一是", 0, false) >= 0) {
			ctx.notes.add(ImportNote.warning(line, Category.DEFECT, "IMP-RUN-IN",
					ImporterTexts.text("runIn.restarted", HeadingNumbers.runIn(count))));
		}
		String leadText = cuts.isEmpty() ? text : text.substring(0, cuts.get(0)[0]);
		Draft.Paragraph paragraph = new Draft.Paragraph(line, leadText.isEmpty() ? null : figures.scan(leadText, line));
		for (int k = 0; k < cuts.size(); k++) {
			int end = k + 1 < cuts.size() ? cuts.get(k + 1)[0] : text.length();
			paragraph.points().add(new Draft.Point(line, figures.scan(text.substring(cuts.get(k)[1], end), line)));
		}
		runIns.put(key, count + cuts.size());
		if (container == null) {
			ctx.report.opening().add(paragraph);
		} else {
			container.children().add(paragraph);
		}
	}
}
