package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.dsl.facts.Metadata;
import org.lawreport.dsl.lawReport.MetadataKey;
import org.lawreport.testing.TestSupport;
import org.lawreport.importer.Draft;
import org.lawreport.importer.ImportNote;
import org.lawreport.importer.ImportResult;

/** The 公文 elements (GB/T 9704-2012) of the originals become the report's metadata, each from its line. */
class ImportOfficialElementsTest {

	@Test
	void seed003HasItsHeaderAndClosingRecognised() {
		ImportResult result = ImportFixtures.importSeed("003");
		Map<MetadataKey, Draft.Metadatum> meta = result.draft().metadata();
		assertEquals(List.of("标题", "报告年度", "层级", "发文机关", "发文机关标志", "发文字号", "签发人", "主送机关", "署名", "成文日期"),
				meta.keySet().stream().map(MetadataKey::getLiteral).toList());
		assertEquals(new Draft.Metadatum(MetadataKey.ISSUER_MARK, "重庆市潼南区政务服务管理办公室文件", null, 3), meta.get(MetadataKey.ISSUER_MARK));
		assertEquals(new Draft.Metadatum(MetadataKey.DOCUMENT_NUMBER, "潼政务办〔2021〕10号", null, 5), meta.get(MetadataKey.DOCUMENT_NUMBER));
		assertEquals(new Draft.Metadatum(MetadataKey.SIGNER, "黄西北", "签发：", 7), meta.get(MetadataKey.SIGNER));
		assertEquals(new Draft.Metadatum(MetadataKey.TITLE, "重庆市潼南区政务服务管理办公室 关于2020年度法治政府建设情况的报告", null, 9), meta.get(MetadataKey.TITLE));
		assertEquals(new Draft.Metadatum(MetadataKey.RECIPIENT, "区委依法治区办", null, 11), meta.get(MetadataKey.RECIPIENT));
		assertEquals(new Draft.Metadatum(MetadataKey.SIGNATURE, "重庆市潼南区政务服务管理办公室", null, 119), meta.get(MetadataKey.SIGNATURE));
		assertEquals(new Draft.Metadatum(MetadataKey.DATE, "2021年2月23日印", null, 121), meta.get(MetadataKey.DATE));
		assertEquals("2020", meta.get(MetadataKey.YEAR).value());
		assertEquals("部门", meta.get(MetadataKey.LEVEL).value());
		assertEquals("重庆市潼南区政务服务管理办公室", meta.get(MetadataKey.ISSUER).value());
		// and the language reads them as the hand-written seed has them
		Metadata parsed = Metadata.of(TestSupport.report(result.lawreport()));
		Metadata hand = Metadata.of(TestSupport.report(ImportFixtures.read(ImportFixtures.seed("003", ".lawreport"))));
		for (MetadataKey key : MetadataKey.values()) {
			assertEquals(hand.text(key), parsed.text(key), key.getLiteral());
		}
		assertEquals("签发：", parsed.labelOr(MetadataKey.SIGNER, null));
		// the opening paragraph is not mistaken for a header line
		assertTrue(result.draft().opening().get(0).plain().startsWith("根据《中共重庆市潼南区委"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "某局发【2025】3号", "某局发[2025]3号", "某局发［2025］3号", "某局发（2025）3号", "某局发(2025)3号",
			"某局发﹝2025﹞3号", "某局发〖2025〗3号" })
	void documentNumberBracketsAreNormalisedAndReported(String written) {
		ImportResult result = ImportFixtures.importText("n.txt", "某市某局文件\n\n" + written + "\n\n关于2024年度法治政府建设情况的报告\n\n"
				+ "一、2024年度推进法治政府建设的主要举措和成效\n全年办理事项12件。\n");
		assertEquals("某局发〔2025〕3号", result.draft().meta(MetadataKey.DOCUMENT_NUMBER));
		List<ImportNote> notes = ImportFixtures.notes(result, "IMP-DOCNO-BRACKETS");
		assertEquals(1, notes.size());
		assertEquals(3, notes.get(0).line());
		assertEquals(ImportNote.Category.NORMALISED, notes.get(0).category());
		assertTrue(notes.get(0).message().contains(written) && notes.get(0).message().contains("某局发〔2025〕3号"), notes.get(0).message());
		assertTrue(result.lawreport().contains("发文字号 \"某局发〔2025〕3号\""));
	}

	@Test
	void aStandardDocumentNumberIsNotReported() {
		ImportResult result = ImportFixtures.importText("n.txt", "某局发〔2025〕3号\n关于2024年度法治政府建设情况的报告\n"
				+ "一、2024年度推进法治政府建设的主要举措和成效\n全年办理事项12件。\n");
		assertEquals("某局发〔2025〕3号", result.draft().meta(MetadataKey.DOCUMENT_NUMBER));
		assertTrue(ImportFixtures.notes(result, "IMP-DOCNO-BRACKETS").isEmpty());
	}

	@Test
	void closingElementsAndATitleOverTwoLinesAreRecognised() {
		String original = ImportFixtures.resource("closing-elements.txt");
		ImportResult result = ImportFixtures.importText("closing.txt", original);
		Map<String, String> meta = result.draft().metadata().values().stream()
				.collect(Collectors.toMap(m -> m.key().getLiteral(), Draft.Metadatum::value));
		assertEquals("某市某局文件", meta.get("发文机关标志"));
		assertEquals("某局发〔2025〕3号", meta.get("发文字号"));
		assertEquals("张三", meta.get("签发人"));
		assertEquals("签发人:", result.draft().metadata().get(MetadataKey.SIGNER).label());
		assertEquals("某市某局关于2024年度法治政府建设情况的报告", meta.get("标题"));
		assertEquals("市委依法治市办", meta.get("主送机关"));
		assertEquals("2024年度法治政府建设工作台账", meta.get("附件说明"));
		assertEquals("某市某局", meta.get("署名"));
		assertEquals("2025年1月20日", meta.get("成文日期"));
		assertEquals("联系人：李四，电话：12345678", meta.get("附注"));
		assertEquals("市司法局，市政府办公室", meta.get("抄送机关"));
		assertEquals("某市某局办公室", meta.get("印发机关"));
		assertEquals("2025年1月21日", meta.get("印发日期"));
		assertEquals(1, ImportFixtures.notes(result, "IMP-TITLE-LINES").size());
		assertEquals(4, result.draft().parts().size());
		// rendered back, the whole document reads as the original (the bracket is the only character changed)
		String expected = original.replace("【2025】", "〔2025〕").replaceAll("[\\s\\u3000]+", "");
		SeedImportRoundTripTest.assertSameText(expected, ImportFixtures.rendered(result.lawreport()));
		assertEquals(List.of("LR-META-LABEL"), ImportFixtures.allCodes(result.lawreport()).stream()
				.filter(c -> c.startsWith("LR-META") || c.startsWith("LR-DOCNO") || c.startsWith("LR-DATE")).toList());
	}

	@Test
	void aReportWithoutHeaderOrClosingHasNoSuchMetadata() {
		ImportResult result = ImportFixtures.importSeed("001");
		assertNull(result.draft().meta(MetadataKey.DATE));
		assertNull(result.draft().meta(MetadataKey.SIGNATURE));
		assertNull(result.draft().meta(MetadataKey.TITLE));
		// the issuer is inferred from the opening's 市行政審批局 and the full name the text uses elsewhere
		assertEquals("新余市行政審批局", result.draft().meta(MetadataKey.ISSUER));
		assertEquals(0, result.draft().metadata().get(MetadataKey.ISSUER).line());
	}
}
