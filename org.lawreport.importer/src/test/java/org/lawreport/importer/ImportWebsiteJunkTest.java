package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;
import org.lawreport.importer.WebsiteJunk;

/** Website navigation and footers are dropped from the body and listed, with their lines, in the import report. */
class ImportWebsiteJunkTest {

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "国务院部门网站", "地方政府网站", "区(县)政府网站", "版权所有:重庆市武隆区人民政府 主办单位:重庆市武隆区人民政府办公室",
			"网站标识码:5002320015 ICP备案:渝ICP备11006838号-1 渝公网安备 50023202000180号", "贛公網安備 36050202000078號",
			"版權所有：新余市人民政府", "当前位置：首页 > 政务公开 > 法治政府建设", "发布时间：2025-01-22 来源：区政务办", "【打印本页】 【关闭窗口】",
			"字号：[大] [中] [小]", "首页 | 政务公开 | 政务服务 | 互动交流", "Copyright © 2025 重庆市武隆区人民政府" })
	void websiteLinesAreJunk(String line) {
		assertTrue(WebsiteJunk.reason(line).isPresent(), line);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "重庆市武隆区政务服务管理办公室", "2025年1月22日", "（三）加强政府网站建设",
			"利用“新余市行政審批局”公眾號、機關網站等載體及時公開和更新政府信息公開網站,配合市政府做好依申請公開答復工作。",
			"二、存在的不足和原因", "政务服务管理办公室关于2024年度法治政府建设情况的报告", "来源于群众的意见建议，我们逐条办理。" })
	void reportLinesAreNotJunk(String line) {
		assertTrue(WebsiteJunk.reason(line).isEmpty(), line);
	}

	@Test
	void seed000sNavigationAndFooterAreListedWithTheirLines() {
		ImportResult result = ImportFixtures.importSeed("000");
		List<ImportNote> dropped = ImportFixtures.notes(result, "IMP-JUNK");
		assertEquals(List.of(18, 19, 20, 21, 22, 23, 24, 25), dropped.stream().map(ImportNote::line).toList());
		assertTrue(dropped.stream().allMatch(n -> n.category() == ImportNote.Category.DROPPED));
		assertTrue(dropped.get(0).message().contains("国务院部门网站"));
		assertTrue(dropped.get(7).message().contains("渝公网安备 50023202000180号"));
		String body = ImportFixtures.rendered(result.lawreport());
		assertFalse(body.contains("网站") || body.contains("版权所有") || body.contains("ICP"), body);
		// the signature and date before the footer are the report's own
		assertEquals("重庆市武隆区政务服务管理办公室", result.draft().meta(MetadataKey.SIGNATURE));
		assertEquals("2025年1月22日", result.draft().meta(MetadataKey.DATE));
	}

	@Test
	void seed001sTraditionalFooterIsListed() {
		ImportResult result = ImportFixtures.importSeed("001");
		List<ImportNote> dropped = ImportFixtures.notes(result, "IMP-JUNK");
		assertEquals(List.of(30), dropped.stream().map(ImportNote::line).toList());
		assertTrue(dropped.get(0).message().contains("贛公網安備 36050202000078號"));
		assertFalse(ImportFixtures.rendered(result.lawreport()).contains("公網安備"));
	}

	@Test
	void textAfterTheDateIsDroppedAndListed() {
		ImportResult result = ImportFixtures.importText("tail.txt", "一、2024年度推进法治政府建设的主要举措和成效\n全年办理事项12件。\n"
				+ "某市某局\n2025年1月20日\n本报告经局党组会议审议通过。\n");
		List<ImportNote> after = ImportFixtures.notes(result, "IMP-AFTER-END");
		assertEquals(List.of(5), after.stream().map(ImportNote::line).toList());
		assertFalse(ImportFixtures.rendered(result.lawreport()).contains("审议通过"));
	}
}
