package org.lawreport.importer.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.lawreport.core.text.ChineseNumerals;
import org.lawreport.importer.ImporterTexts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * Reads a Word document (.docx) with Apache POI: one line per body paragraph, numbered by the paragraph's position
 * (empty paragraphs count). A heading level comes from the paragraph's style when Word marks it as one (标题 1–4,
 * Heading 1–4, or an outline level 1–4 on the paragraph or its style chain); the Title style marks the title.
 * Numbers that Word generates (automatic numbering: 一、（一）1.) are written into the line as Word shows them, so
 * that a heading numbered by Word reads like a typed one. Text in tables is read cell by cell; headers, footers
 * and pictures are not part of the report's text.
 */
public final class DocxSource {

	private static final Pattern HEADING_NAME = Pattern.compile("(?:heading|标题|標題)\\s*([1-9])");

	private DocxSource() {
	}

	/**
	 * What is wrong with a file POI cannot read, as one Chinese sentence: not an Office Open XML package at all,
	 * a package that inflates to far more than a report (a zip bomb), or a damaged one. POI's own text (English,
	 * naming its classes and settings) stays in the exception's cause.
	 */
	static String problem(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (t instanceof NotOfficeXmlFileException || message.contains("No valid entries or contents found")
					|| message.contains("not a valid OOXML") || t instanceof ZipException && !message.contains("bomb")) {
				return "read.docx.notDocx";
			}
			if (message.contains("Zip bomb") || message.contains("setByteArrayMaxOverride") || message.contains("exceeds the maximum")
					|| t instanceof RecordFormatException) {
				return "read.docx.tooLarge";
			}
		}
		return "read.docx.damaged";
	}

	/** Whether the bytes are a zip that holds a Word body ({@code word/document.xml}); entry names only, nothing inflated. */
	private static boolean hasWordBody(byte[] bytes) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
				if (entry.getName().equals("word/document.xml")) {
					return true;
				}
			}
			return false;
		} catch (IOException | IllegalArgumentException e) {
			return false;
		}
	}

	public static SourceDocument read(Path path, byte[] bytes) throws UnreadableSourceException {
		if (!hasWordBody(bytes)) {
			throw new UnreadableSourceException(ImporterTexts.text("read.docx.notDocx"), 0, 0);
		}
		List<SourceLine> lines = new ArrayList<>();
		List<SourceNote> notes = new ArrayList<>();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
			XWPFStyles styles = document.getStyles();
			Numbering numbering = new Numbering();
			int number = 0;
			boolean tableNoted = false;
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					add(lines, ++number, paragraph, styles, numbering.prefix(paragraph));
					if (numbering.first == 0 && numbering.used) {
						numbering.first = number;
					}
				} else if (element instanceof XWPFTable table) {
					int first = number + 1;
					for (XWPFTableRow row : table.getRows()) {
						for (XWPFTableCell cell : row.getTableCells()) {
							for (XWPFParagraph paragraph : cell.getParagraphs()) {
								lines.add(SourceLine.plain(++number, paragraph.getText()));
							}
						}
					}
					if (!tableNoted) {
						notes.add(new SourceNote(first, "IMP-TABLE", ImporterTexts.text("read.docxTable")));
						tableNoted = true;
					}
				}
			}
			if (numbering.used) {
				notes.add(new SourceNote(numbering.first, "IMP-WORD-NUMBERING",
						ImporterTexts.text("read.docxNumbering")));
			}
			if (!document.getHeaderList().isEmpty() || !document.getFooterList().isEmpty()) {
				notes.add(new SourceNote(0, "IMP-HEADER-FOOTER", ImporterTexts.text("read.docxHeaderFooter")));
			}
		} catch (IOException | RuntimeException e) {
			throw new UnreadableSourceException(ImporterTexts.text(problem(e)), e);
		}
		return new SourceDocument(path, SourceKind.DOCX, "OOXML", lines, notes);
	}

	private static void add(List<SourceLine> lines, int number, XWPFParagraph paragraph, XWPFStyles styles, String prefix) {
		String text = prefix + paragraph.getText();
		int level = 0;
		boolean title = false;
		String styleId = paragraph.getStyleID();
		XWPFStyle style = styleId == null || styles == null ? null : styles.getStyle(styleId);
		for (int depth = 0; style != null && depth < 8 && level == 0 && !title; depth++) {
			String name = style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT).strip();
			Matcher m = HEADING_NAME.matcher(name);
			if (name.equals("title") || name.equals("标题") || name.equals("標題")) {
				title = true;
			} else if (m.matches()) {
				level = Integer.parseInt(m.group(1));
			} else {
				level = outlineLevel(style.getCTStyle().getPPr());
			}
			String basis = style.getBasisStyleID();
			style = basis == null ? null : styles.getStyle(basis);
		}
		if (level == 0) {
			CTPPr ppr = paragraph.getCTP().getPPr();
			if (ppr != null && ppr.isSetOutlineLvl()) {
				level = ppr.getOutlineLvl().getVal().intValue() + 1;
			}
		}
		if (level > 4) {
			level = 0;
		}
		// a line break inside a paragraph (Shift+Enter) is a line of its own, as in a text file
		for (String part : text.split("\n", -1)) {
			lines.add(new SourceLine(number, part, level, title, false));
		}
	}

	private static int outlineLevel(CTPPrGeneral ppr) {
		if (ppr != null && ppr.isSetOutlineLvl()) {
			return ppr.getOutlineLvl().getVal().intValue() + 1;
		}
		return 0;
	}

	/** Word's automatic numbering: one counter per list and level, formatted as the level's format says. */
	private static final class Numbering {
		private final Map<BigInteger, int[]> counters = new HashMap<>();
		boolean used;
		int first;

		String prefix(XWPFParagraph p) {
			BigInteger id;
			String format;
			String levelText;
			BigInteger ilvl;
			try {
				id = p.getNumID();
				if (id == null) {
					return "";
				}
				format = p.getNumFmt();
				levelText = p.getNumLevelText();
				ilvl = p.getNumIlvl();
			} catch (RuntimeException e) {
				return "";
			}
			if (format == null || levelText == null || format.equals("bullet") || format.equals("none")) {
				return "";
			}
			int level = ilvl == null ? 0 : Math.max(0, Math.min(8, ilvl.intValue()));
			int[] counter = counters.computeIfAbsent(id, k -> new int[9]);
			counter[level]++;
			for (int k = level + 1; k < counter.length; k++) {
				counter[k] = 0;
			}
			StringBuilder out = new StringBuilder();
			for (int i = 0; i < levelText.length(); i++) {
				char c = levelText.charAt(i);
				if (c == '%' && i + 1 < levelText.length() && Character.isDigit(levelText.charAt(i + 1))) {
					int referenced = levelText.charAt(++i) - '1';
					int value = referenced >= 0 && referenced < 9 ? Math.max(1, counter[referenced]) : 1;
					out.append(referenced == level ? format(format, value) : String.valueOf(value));
				} else {
					out.append(c);
				}
			}
			used = true;
			return out.toString();
		}

		private static String format(String format, int value) {
			boolean chinese = format.startsWith("chinese") || format.startsWith("ideograph") || format.startsWith("taiwanese")
					|| format.startsWith("japaneseCounting");
			return chinese && value >= 1 && value <= 99 ? ChineseNumerals.of(value) : String.valueOf(value);
		}
	}
}
