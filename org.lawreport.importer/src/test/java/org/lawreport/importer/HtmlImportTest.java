package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.source.SourceKind;
import org.lawreport.testing.PublishedText;

/**
 * A report saved as a page of a government website: only the article's text is imported; the site's header,
 * navigation, breadcrumb, date and source line, print and share links, the "国务院部门网站" link lists and the footer
 * (版权所有, ICP备案, 公网安备) are dropped and every one of them is listed in the import report.
 */
class HtmlImportTest {

	private static final String TITLE = "重庆市江北区人民政府关于2024年法治政府建设情况的报告";

	private static List<String> seedLines(String seed) {
		return ImportFixtures.read(ImportFixtures.seed(seed, ".txt")).lines().toList();
	}

	@Test
	void gbkPageWithTheArticleTitleImportsSeed004WithItsTitle() {
		byte[] page = ImportFixtures.governmentPage(TITLE, seedLines("004"), Charset.forName("GBK"));
		ImportResult result = ImportFixtures.importBytes("jiangbei.html", page);
		assertEquals(SourceKind.HTML, result.source().kind());
		assertEquals("GB18030", result.source().encoding()); // read with GB18030, the superset of the declared GBK
		assertEquals(TITLE, result.draft().meta(MetadataKey.TITLE));
		String original = PublishedText.canonical(TITLE + "\n" + ImportFixtures.read(ImportFixtures.seed("004", ".txt")));
		SeedImportRoundTripTest.assertSameText(original, ImportFixtures.rendered(result.lawreport()));
		// the page gives the title the published text lacks; every other structural finding is the seed's
		Set<String> expected = new TreeSet<>(ImportFixtures.structuralCodes(ImportFixtures.read(ImportFixtures.seed("004", ".lawreport"))));
		assertTrue(expected.remove("LR-TITLE-MISSING"));
		assertEquals(expected, ImportFixtures.structuralCodes(result.lawreport()));
	}

	@Test
	void utf8PageOfSeed000ImportsLikeTheSeedAndListsTheWebsiteJunk() {
		List<String> article = seedLines("000").subList(0, 17); // the report; the page itself carries the footer
		ImportResult result = ImportFixtures.importBytes("wulong.htm", ImportFixtures.governmentPage(null, article, StandardCharsets.UTF_8));
		String original = PublishedText.canonical(ImportFixtures.read(ImportFixtures.seed("000", ".txt")));
		SeedImportRoundTripTest.assertSameText(original, ImportFixtures.rendered(result.lawreport()));
		assertEquals(ImportFixtures.structuralCodes(ImportFixtures.read(ImportFixtures.seed("000", ".lawreport"))),
				ImportFixtures.structuralCodes(result.lawreport()));

		List<String> dropped = ImportFixtures.notes(result, "IMP-JUNK").stream().map(ImportNote::message).collect(Collectors.toList());
		for (String junk : List.of("首页", "当前位置：首页 > 政务公开 > 法治政府建设", "发布时间：2025-01-24", "【打印本页】",
				"国务院部门网站", "地方政府网站", "外交部", "版权所有：重庆市江北区人民政府", "渝ICP备05003300号-1",
				"渝公网安备 50010502000120号", "欢迎访问重庆市江北区人民政府网站！")) {
			assertTrue(dropped.stream().anyMatch(m -> m.contains(junk)), junk + " not listed in " + dropped);
		}
		String body = ImportFixtures.rendered(result.lawreport());
		for (String junk : List.of("首页", "版权所有", "ICP备", "公网安备", "国务院部门网站", "打印本页", "外交部", "统计代码")) {
			assertFalse(body.contains(junk), junk + " kept in the body");
		}
	}

	@Test
	void gbkPageThatDeclaresNoCharsetIsStillReadCorrectly() {
		byte[] declared = ImportFixtures.governmentPage(TITLE, seedLines("004"), Charset.forName("GBK"));
		String page = new String(declared, Charset.forName("GBK")).replaceFirst("<meta http-equiv=\"Content-Type\"[^>]*>", "");
		ImportResult result = ImportFixtures.importBytes("saved.htm", page.getBytes(Charset.forName("GBK")));
		assertEquals(TITLE, result.draft().meta(MetadataKey.TITLE));
		assertEquals(List.of("举措成效", "不足原因", "下年安排"), result.draft().parts().stream().map(p -> p.fulfils()).toList());
		assertTrue(ImportFixtures.notes(result, "IMP-ENCODING").get(0).message().contains("GB18030"));
	}

	@Test
	void droppedPageLinesCarryTheirLineInTheHtmlSource() {
		byte[] page = ImportFixtures.governmentPage(TITLE, seedLines("004"), StandardCharsets.UTF_8);
		ImportResult result = ImportFixtures.importBytes("jiangbei.html", page);
		String html = new String(page, StandardCharsets.UTF_8);
		List<String> htmlLines = html.lines().toList();
		ImportNote copyright = ImportFixtures.notes(result, "IMP-JUNK").stream()
				.filter(n -> n.message().contains("版权所有")).findFirst().orElseThrow();
		assertTrue(htmlLines.get(copyright.line() - 1).contains("版权所有"), htmlLines.get(copyright.line() - 1));
		ImportNote part = ImportFixtures.notes(result, "IMP-PART").get(0);
		assertTrue(htmlLines.get(part.line() - 1).contains("一、2024年法治政府建设主要工作举措和成效"), htmlLines.get(part.line() - 1));
	}
}
