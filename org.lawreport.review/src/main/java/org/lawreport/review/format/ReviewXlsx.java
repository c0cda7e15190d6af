package org.lawreport.review.format;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lawreport.core.Version;
import org.lawreport.dsl.validation.Messages;
import org.lawreport.dsl.workspace.Finding;
import org.lawreport.review.ReportRow;
import org.lawreport.review.Review;
import org.lawreport.review.ReviewTexts;

/**
 * The review as the workbook reviewers keep: 报告 (one row per report, filterable, blocking rows marked), 发现
 * (every finding, waived ones with their reason), 检查项 and 发文机关 (totals), 说明 (profile, time, legend).
 * Written row by row (POI's streaming workbook), so a province's review does not need the memory of a province.
 */
final class ReviewXlsx {

	private final Review review;

	ReviewXlsx(Review review) {
		this.review = review;
	}

	void write(OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Styles styles = new Styles(book);
			reports(book.createSheet(ReviewTexts.text("xlsx.sheet.reports")), styles);
			findings(book.createSheet(ReviewTexts.text("xlsx.sheet.findings")), styles);
			rules(book.createSheet(ReviewTexts.text("xlsx.sheet.rules")), styles);
			issuers(book.createSheet(ReviewTexts.text("xlsx.sheet.issuers")), styles);
			notes(book.createSheet(ReviewTexts.text("xlsx.sheet.notes")), styles);
			book.write(out);
			book.dispose();
		}
	}

	private void reports(SXSSFSheet sheet, Styles styles) {
		List<String> header = ReviewColumns.header(review);
		header(sheet, header, styles);
		int r = 1;
		for (ReportRow row : review.rows()) {
			Row line = sheet.createRow(r++);
			List<Object> cells = ReviewColumns.cells(review, row);
			for (int c = 0; c < cells.size(); c++) {
				set(line, c, cells.get(c), null);
			}
			if (row.blocks()) {
				line.getCell(header.indexOf(ReviewColumns.name("blocks"))).setCellStyle(styles.blocking);
			}
		}
		finish(sheet, header.size(), r, new int[] { 30, 6, 8, 16, 12, 8, 24 });
	}

	private void findings(SXSSFSheet sheet, Styles styles) {
		List<String> header = ReviewColumns.names("file", "line", "column", "severity", "code", "rule", "message", "waived", "waiverReason");
		header(sheet, header, styles);
		int r = 1;
		for (ReportRow row : review.rows()) {
			for (Finding f : row.findings()) {
				Row line = sheet.createRow(r++);
				set(line, 0, f.file(), null);
				set(line, 1, (long) f.line(), null);
				set(line, 2, (long) f.column(), null);
				set(line, 3, f.severity().chinese(), f.severity() == Finding.Level.ERROR && !f.waived() ? styles.blocking : null);
				set(line, 4, f.code(), null);
				set(line, 5, Messages.title(f.code()), null);
				set(line, 6, f.message(), null);
				set(line, 7, ReviewTexts.text(f.waived() ? "yes" : "no"), null);
				set(line, 8, f.waived() ? f.waiver().reason() : "", null);
			}
		}
		finish(sheet, header.size(), r, new int[] { 40, 6, 6, 8, 22, 24, 90, 8, 40 });
	}

	private void rules(SXSSFSheet sheet, Styles styles) {
		List<String> header = ReviewColumns.names("code", "rule", "errors", "warnings", "infos", "waived", "reportsConcerned");
		header(sheet, header, styles);
		int r = 1;
		for (Map.Entry<String, Review.Tally> e : review.rulesByFrequency()) {
			Review.Tally t = e.getValue();
			Row line = sheet.createRow(r++);
			set(line, 0, e.getKey(), null);
			set(line, 1, Messages.title(e.getKey()), null);
			tally(line, 2, t);
			set(line, 6, (long) t.reports(), null);
		}
		finish(sheet, header.size(), r, new int[] { 22, 28, 8, 8, 8, 8, 10 });
	}

	private void issuers(SXSSFSheet sheet, Styles styles) {
		List<String> header = ReviewColumns.names("issuer", "reports", "errors", "warnings", "infos", "waived");
		header(sheet, header, styles);
		int r = 1;
		for (Map.Entry<String, Review.Tally> e : review.byIssuer().entrySet()) {
			Row line = sheet.createRow(r++);
			set(line, 0, e.getKey(), null);
			set(line, 1, (long) e.getValue().reports(), null);
			tally(line, 2, e.getValue());
		}
		finish(sheet, header.size(), r, new int[] { 36, 8, 8, 8, 8, 8 });
	}

	private void notes(SXSSFSheet sheet, Styles styles) {
		String[][] lines = {
				{ ReviewTexts.text("xlsx.note.profile"), review.profile() == null ? ReviewTexts.text("profile.reportsOwn") : review.profile() },
				{ ReviewTexts.text("xlsx.note.time"), review.time().toString() },
				{ ReviewTexts.text("xlsx.note.reports"), String.valueOf(review.rows().size()) },
				{ ReviewTexts.text("xlsx.note.blocking"), ReviewTexts.text("xlsx.note.blockingValue", review.blocking().size()) },
				{ ReviewTexts.text("xlsx.note.late"), ReviewTexts.text("xlsx.note.lateValue", review.late()) },
				{ ReviewTexts.text("xlsx.note.parts"), ReviewTexts.text("xlsx.note.partsValue") },
				{ ReviewTexts.text("xlsx.note.tool"), "LawReport " + Version.VERSION } };
		for (int i = 0; i < lines.length; i++) {
			Row line = sheet.createRow(i);
			set(line, 0, lines[i][0], styles.header);
			set(line, 1, lines[i][1], null);
		}
		sheet.setColumnWidth(0, 12 * 256);
		sheet.setColumnWidth(1, 90 * 256);
	}

	private static void tally(Row line, int first, Review.Tally t) {
		set(line, first, (long) t.count(Finding.Level.ERROR), null);
		set(line, first + 1, (long) t.count(Finding.Level.WARNING), null);
		set(line, first + 2, (long) t.count(Finding.Level.INFO), null);
		set(line, first + 3, (long) t.waived(), null);
	}

	private static void header(Sheet sheet, List<String> names, Styles styles) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < names.size(); i++) {
			set(row, i, names.get(i), styles.header);
		}
		sheet.createFreezePane(0, 1);
	}

	private static void finish(Sheet sheet, int columns, int rows, int[] widths) {
		if (rows > 1) {
			sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
		}
		for (int i = 0; i < columns; i++) {
			sheet.setColumnWidth(i, (i < widths.length ? widths[i] : 12) * 256);
		}
	}

	private static void set(Row row, int column, Object value, CellStyle style) {
		var cell = row.createCell(column);
		if (value instanceof Long number) {
			cell.setCellValue(number);
		} else {
			cell.setCellValue(String.valueOf(value));
		}
		if (style != null) {
			cell.setCellStyle(style);
		}
	}

	private static final class Styles {
		final CellStyle header;
		final CellStyle blocking;

		Styles(SXSSFWorkbook book) {
			Font bold = book.createFont();
			bold.setBold(true);
			header = book.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Font red = book.createFont();
			red.setBold(true);
			red.setColor(IndexedColors.DARK_RED.getIndex());
			blocking = book.createCellStyle();
			blocking.setFont(red);
		}
	}
}
