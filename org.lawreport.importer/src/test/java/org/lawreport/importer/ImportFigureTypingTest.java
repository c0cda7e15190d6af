package org.lawreport.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.figures.Approximation;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.importer.Draft;
import org.lawreport.importer.FigureScanner;
import org.lawreport.importer.ImportResult;

/** Every number with a measure word, unit or % becomes a typed figure; years, titles and names stay prose. */
class ImportFigureTypingTest {

	private static List<Draft.Figure> figures(String text) {
		return FigureScanner.standard().scan(text, 1).figures();
	}

	private static Draft.Figure only(String text) {
		List<Draft.Figure> found = figures(text);
		assertEquals(1, found.size(), text + " → " + found.stream().map(Draft.Figure::literal).toList());
		return found.get(0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"总共受理行政审批服务事项71.33万件，|71.33万件|COUNT|713300",
			"当场办结率达96.77%，|96.77%|PERCENT|0.9677",
			"开展双向免费快递服务1200余件，|1200余件|COUNT|1200",
			"全年综合成绩排名全省第2位，|2位|RANK|2",
			"9-10月，先后与四川眉山市签订协议|9-10月|DATE|",
			"审批时间压缩至60个工作日，|60个工作日|DURATION|60",
			"今年全市已投入资金2010万元，|2010万元|MONEY|20100000",
			"提升了约10个百分点。|10个百分点|PERCENT|0.1",
			"建立2-3个政务服务自助工作站|2-3个|COUNT|2",
			"新增100平米自助服务厅|100平米|PLAIN|100",
			"專區辦理業務9萬余件，|9萬余件|COUNT|90000",
			"發布信息2564條，|2564條|COUNT|2564",
			"截至12月31日，|12月31日|DATE|",
			"举办2024年1月培训|2024年1月|DATE|" })
	void figureIsTyped(String text, String literal, QuantityKind kind, String value) {
		Draft.Figure figure = only(text);
		assertEquals(literal, figure.literal());
		assertEquals(kind, figure.quantity().kind());
		if (value != null) {
			assertEquals(0, new BigDecimal(value).compareTo(figure.quantity().value()), figure.quantity().value().toString());
		}
	}

	@Test
	void approximateAndRankFiguresCarryTheirMeaning() {
		assertEquals(Approximation.MORE_THAN, only("服务1200余件").quantity().approximation());
		assertTrue(only("全省第2位").afterOrdinal());
		List<Draft.Figure> dates = figures("网络安全周(9月5日至11日)举行");
		assertEquals(List.of("9月5日", "11日"), dates.stream().map(Draft.Figure::literal).toList());
		assertEquals(List.of("1", "1月", "9月"), figures("位列全省第1(1月、9月)").stream().map(Draft.Figure::literal).toList());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2024年,在区委的领导下", "2022年度会前学法", "《新余市行政许可事项清单(2023年版)》(共", "（潼南府办发〔2020〕65号）",
			"作风建设“18字”要求", "新增7x24小时自助服务厅", "渝ICP备11006838号-1", "12345政务服务热线", "统一编号1,000件以内",
			"第十三届区委第十二轮巡察", "《法治政府建设实施纲要(2021—2025年)》", "围绕“18个是否”", "涉及36部门" })
	void textWithoutFiguresStaysProse(String text) {
		assertEquals(List.of(), figures(text).stream().map(Draft.Figure::literal).toList());
	}

	@Test
	void growthRatesAndAveragesAreMarkedForTheValidator() {
		assertTrue(only("同比增长率仅11%").growth());
		assertTrue(only("同比下降27.81%").growth());
		assertTrue(only("利润总额平均增速达23.1%").growth());
		assertFalse(only("办结率达96.77%").growth());
		assertTrue(only("平均跑动次数0.16次").average());
		assertFalse(only("全年办理12次").average());
	}

	@Test
	void importedSeedHasTypedFiguresWrittenAsTheOriginal() {
		ImportResult result = ImportFixtures.importSeed("003");
		String source = result.lawreport();
		for (String figure : List.of("{12月31日}", "=71.33万件}", "=96.77%}", "{100余项}", "{9-10月}", "{2-3个}", "{17类}{100余项}",
				"{60余人次}")) {
			assertTrue(source.contains(figure), figure);
		}
		assertTrue(source.contains("“1+3”模式"));
		assertTrue(source.contains("7x24小时自助服务厅"));
		assertTrue(source.contains("（潼南府办发〔2020〕65号）"));
		assertTrue(source.contains("“18个是否”"));
		List<String> figureProblems = ImportFixtures.allCodes(source).stream().filter(c -> c.startsWith("LR-FIGURE")).toList();
		assertEquals(List.of(), figureProblems);
	}

	@Test
	void seed002RanksAreTypedAfterTheOrdinal() {
		String source = ImportFixtures.importSeed("002").lawreport();
		assertTrue(source.contains("位列全省第{1}({1月}、{9月})"), source);
		assertTrue(source.contains("排名全省第{2位}"), source);
	}
}
