package org.lawreport.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.lawreport.dsl.document.DocumentBuilder;
import org.lawreport.dsl.lawReport.Report;
import org.lawreport.testing.TestSupport;
import org.lawreport.generator.PlainTextGenerator;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.Importer;
import org.lawreport.importer.source.SourceReader;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Originals for the importer's tests: the seeds, small text fixtures, and DOCX and HTML made from them. */
public final class ImportFixtures {

	public static final Importer IMPORTER = new Importer(TestSupport.INJECTOR);

	/** The codes the round trip compares: structure, metadata, dates, document number, punctuation. */
	private static final Pattern STRUCTURAL = Pattern.compile(
			"LR-(PART|TITLE|META|SIGNATURE|SIGNER|DATE|DOCNO|YEAR|PUNCT|PERCENT)-.*|LR-DEADLINE");

	public static final List<String> SEEDS = List.of("000", "001", "002", "003", "004");

	private ImportFixtures() {
	}

	public static Path seed(String prefix, String extension) {
		try (Stream<Path> files = Files.list(TestSupport.projectRoot().resolve("seeds"))) {
			return files.filter(p -> p.getFileName().toString().startsWith(prefix) && p.toString().endsWith(extension))
					.findFirst().orElseThrow();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static String resource(String name) {
		try (InputStream in = ImportFixtures.class.getResourceAsStream("/importer/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Imports an original given as bytes; {@code name} decides its kind by extension. */
	public static ImportResult importBytes(String name, byte[] bytes) {
		try {
			return IMPORTER.importDocument(SourceReader.read(Path.of(name), bytes));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static ImportResult importText(String name, String text) {
		return importBytes(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public static ImportResult importSeed(String prefix) {
		try {
			return IMPORTER.importFile(seed(prefix, ".txt"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The plain-text rendering of a report source, white space removed (as the round trip compares it). */
	public static String rendered(String lawreport) {
		Report report = TestSupport.report(lawreport);
		return PlainTextGenerator.render(DocumentBuilder.build(report)).replaceAll("[\\s\\u3000]+", "");
	}

	/** The structural finding codes on a report source. */
	public static Set<String> structuralCodes(String lawreport) {
		return TestSupport.validate(lawreport).stream().map(Issue::getCode).filter(c -> c != null && STRUCTURAL.matcher(c).matches())
				.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Every finding code on a report source. */
	public static List<String> allCodes(String lawreport) {
		return TestSupport.validate(lawreport).stream().map(Issue::getCode).collect(Collectors.toList());
	}

	/** The source laid out by the language's formatter. */
	public static String format(String text) {
		XtextResource resource = TestSupport.load(text);
		ITextRegionAccess regions = TestSupport.INJECTOR.getProvider(TextRegionAccessBuilder.class).get().forNodeModel(resource).create();
		FormatterRequest request = TestSupport.INJECTOR.getInstance(FormatterRequest.class);
		request.setTextRegionAccess(regions);
		return regions.getRewriter().renderToString(TestSupport.INJECTOR.getInstance(IFormatter2.class).format(request));
	}

	public static List<ImportNote> notes(ImportResult result, String code) {
		return result.notes().stream().filter(n -> n.code().equals(code)).collect(Collectors.toList());
	}

	/**
	 * A Word document with one paragraph per line; {@code styleLevel} gives the heading style of line i (1-based:
	 * 1–4 for 标题 1–4, -1 for the Title style, 0 for none). Styles are named as Word names them internally.
	 */
	public static byte[] docx(List<String> lines, IntUnaryOperator styleLevel) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFStyles styles = document.createStyles();
			for (int level = 1; level <= 4; level++) {
				styles.addStyle(style(styles, "Heading" + level, "heading " + level));
			}
			styles.addStyle(style(styles, "Title", "Title"));
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph p = document.createParagraph();
				int level = styleLevel.applyAsInt(i + 1);
				if (level > 0) {
					p.setStyle("Heading" + level);
				} else if (level < 0) {
					p.setStyle("Title");
				}
				if (!lines.get(i).isEmpty()) {
					p.createRun().setText(lines.get(i));
				}
			}
			document.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A Word document whose headings are numbered by Word itself (a multi-level list 一、/（一）/1.), not by their
	 * text: {@code listLevels[i]} is the list level of line i+1 (0–2), or -1 for a plain paragraph.
	 */
	public static byte[] docxWithWordNumbering(List<String> lines, int[] listLevels) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XWPFNumbering numbering = document.createNumbering();
			CTAbstractNum list = CTAbstractNum.Factory.newInstance();
			list.setAbstractNumId(java.math.BigInteger.ZERO);
			String[][] levels = { { "%1、", "chineseCounting" }, { "（%2）", "chineseCounting" }, { "%3.", "decimal" } };
			for (int i = 0; i < levels.length; i++) {
				CTLvl level = list.addNewLvl();
				level.setIlvl(java.math.BigInteger.valueOf(i));
				level.addNewStart().setVal(java.math.BigInteger.ONE);
				level.addNewNumFmt().setVal(STNumberFormat.Enum.forString(levels[i][1]));
				level.addNewLvlText().setVal(levels[i][0]);
			}
			java.math.BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
			java.math.BigInteger numId = numbering.addNum(abstractId);
			for (int i = 0; i < lines.size(); i++) {
				XWPFParagraph p = document.createParagraph();
				if (listLevels[i] >= 0) {
					p.setNumID(numId);
					p.setNumILvl(java.math.BigInteger.valueOf(listLevels[i]));
				}
				p.createRun().setText(lines.get(i));
			}
			document.write(out);
			return out.toByteArray();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static XWPFStyle style(XWPFStyles styles, String id, String name) {
		CTStyle ct = CTStyle.Factory.newInstance();
		ct.setStyleId(id);
		ct.setType(STStyleType.PARAGRAPH);
		CTString n = CTString.Factory.newInstance();
		n.setVal(name);
		ct.setName(n);
		return new XWPFStyle(ct, styles);
	}

	/**
	 * A page of a government website with the article's paragraphs in its content area: the site's header,
	 * navigation, breadcrumb, the article's date and source line, print and share links, the "国务院部门网站" link
	 * list and the footer with 版权所有, ICP and 公网安备 numbers.
	 */
	public static byte[] governmentPage(String title, List<String> articleLines, Charset charset) {
		StringBuilder article = new StringBuilder();
		for (String line : articleLines) {
			if (!line.isBlank()) {
				article.append("      <p style=\"text-indent: 2em;\">").append(escape(line.strip())).append("</p>\n");
			}
		}
		String page = resource("gov-site-page.html")
				.replace("${CHARSET}", charset.name())
				.replace("${SITE}", "重庆市江北区人民政府")
				.replace("${PAGE_TITLE}", title == null ? "法治政府建设年度报告" : escape(title))
				.replace("${TITLE_BLOCK}", title == null ? "" : "<h1 class=\"article-title\">" + escape(title) + "</h1>")
				.replace("${DATE}", "2025-01-24")
				.replace("${SOURCE}", "区司法局")
				.replace("${ARTICLE}", article.toString());
		return page.getBytes(charset);
	}

	private static String escape(String s) {
		return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
