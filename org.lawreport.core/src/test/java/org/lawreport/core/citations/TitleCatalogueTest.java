package org.lawreport.core.citations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A cited title against the catalogue: equal or a short form is fine, close is a near miss, far is not ours. */
class TitleCatalogueTest {

	private static final TitleCatalogue CATALOGUE = new TitleCatalogue(List.of(
			new CitedWork("法治政府建设与责任落实督察工作规定", List.of("督察工作规定"), "新华社"),
			new CitedWork("法治政府建设实施纲要（2021—2025年）", List.of(), "新华社"),
			new CitedWork("法治政府建设实施纲要（2015—2020年）", List.of(), "新华社"),
			new CitedWork("优化营商环境条例", List.of(), "国务院令"),
			new CitedWork("中华人民共和国行政许可法", List.of("行政许可法"), "数据库"),
			new CitedWork("中华人民共和国国家赔偿法", List.of("国家赔偿法"), "数据库")));

	@ParameterizedTest
	@ValueSource(strings = { "法治政府建设与责任落实督察工作规定", "督察工作规定", "法治政府建设实施纲要（2021—2025年）",
			"法治政府建设实施纲要(2021—2025年)", "法治政府建设实施纲要（2015—2020年）", "行政许可法", "中华人民共和国行政许可法",
			"中华人民共和国 行政许可法" })
	void theTitleOrAShortFormIsFineWhateverTheWidthOfItsParentheses(String cited) {
		assertEquals(Optional.empty(), CATALOGUE.judge(cited));
	}

	@ParameterizedTest
	@CsvSource({
			"法治政府建设与责任落实督查工作规定, 法治政府建设与责任落实督察工作规定", // 督查 for 督察
			"法治政府建设实施纲要（2021-2025年）, 法治政府建设实施纲要（2021—2025年）", // a hyphen for the dash
			"法治政府建设实施纲要（2021—2024年）, 法治政府建设实施纲要（2021—2025年）", // a wrong year
			"中华人民共和国优化营商环境条例, 优化营商环境条例", // a prefix the title does not have
			"华人民共和国行政许可法, 中华人民共和国行政许可法", // a prefix misspelt
			"中华人民共和国行政许可发, 中华人民共和国行政许可法" })
	void aNearMissNamesTheFormItShouldHaveBeen(String cited, String expected) {
		assertEquals(expected, CATALOGUE.judge(cited).orElseThrow().expected());
	}

	@ParameterizedTest
	@ValueSource(strings = { "行政法", // not a misspelt 行政许可法: short forms must be exact
			"中华人民共和国国家安全法", // another law, two characters from 国家赔偿法 after the prefix
			"重庆市政务服务管理办法", "法治政府建设实施纲要", "某市法治政府建设实施方案（2021—2025年）" })
	void aTitleFarFromEveryEntryIsNotJudged(String cited) {
		assertEquals(Optional.empty(), CATALOGUE.judge(cited));
	}

	@Test
	void anEmptyCatalogueJudgesNothing() {
		TitleCatalogue empty = new TitleCatalogue(List.of());
		assertTrue(empty.isEmpty());
		assertEquals(Optional.empty(), empty.judge("法治政府建设与责任落实督查工作规定"));
	}

	@Test
	void citedTitlesAreFoundBetweenTheirBracketsWithTitlesQuotedInside() {
		List<CitedTitles.Citation> found = CitedTitles.in("贯彻《关于贯彻〈条例〉的意见》和《行政许可法》，未闭合《标题");
		assertEquals(List.of("关于贯彻〈条例〉的意见", "行政许可法"), found.stream().map(CitedTitles.Citation::title).toList());
		assertEquals(3, found.get(0).offset());
	}
}
