package org.lawreport.generator.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lawreport.core.fonts.DocumentFonts;
import org.lawreport.core.fonts.FontConfigurationException;
import org.lawreport.core.fonts.FontSearch;
import org.lawreport.core.layout.FontRole;
import org.lawreport.testing.UsesExternalPrograms;

/**
 * Font resolution: configured files first (given, from LAWREPORT_FONTS, or the default file), then substitutes
 * found on the system, each substitution told in a Chinese note; Chinese errors when a role has no usable font or
 * the configuration cannot be followed. Uses the fonts installed on this machine.
 */
@UsesExternalPrograms
class PdfFontsTest {

	private static final Path SYSTEM = Path.of("/usr/share/fonts");
	private static final String UMING = "/usr/share/fonts/truetype/arphic/uming.ttc";
	private static final String SUNG = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf";
	private static final String ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";
	private static final String KAI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf";
	private static final String NOTO_CFF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

	@BeforeAll
	static void fontsInstalled() {
		PdfTestSupport.requireFonts();
		assertTrue(Files.isRegularFile(Path.of(NOTO_CFF)), NOTO_CFF + " is missing: install the Debian package fonts-noto-cjk");
	}

	@Test
	void withoutConfigurationEachRoleGetsAnOpenSubstituteAndSaysSo() {
		List<String> notes = new ArrayList<>();
		try (DocumentFonts fonts = DocumentFonts.open(new FontSearch(null, null, List.of(SYSTEM)), notes::add)) {
			assertEquals(Path.of(UMING), fonts.face(FontRole.BODY).file());
			assertEquals("UMingCN", fonts.face(FontRole.BODY).faceName());
			assertEquals(Path.of(SUNG), fonts.face(FontRole.TITLE).file());
			assertEquals(Path.of(ZENHEI), fonts.face(FontRole.HEITI).file());
			assertEquals(Path.of(KAI), fonts.face(FontRole.KAITI).file());
			assertEquals(Path.of(SUNG), fonts.face(FontRole.PAGE_NUMBER).file());
			assertTrue(fonts.face(FontRole.TITLE) == fonts.face(FontRole.PAGE_NUMBER), "one file is opened once");
		}
		assertEquals(List.of("正文字体：未配置 仿宋_GB2312，使用 AR PL UMing CN（" + UMING + "）",
				"标题字体：未配置 方正小标宋简体，使用 AR PL SungtiL GB（" + SUNG + "）",
				"黑体字体：未配置 黑体，使用 WenQuanYi Zen Hei（" + ZENHEI + "）",
				"楷体字体：未配置 楷体_GB2312，使用 AR PL KaitiM GB（" + KAI + "）",
				"页码字体：未配置 宋体，使用 AR PL SungtiL GB（" + SUNG + "）"), notes);
	}

	@Test
	void configuredFontsComeFirstWithoutANote(@TempDir Path dir) throws IOException {
		Path config = dir.resolve("fonts.properties");
		Files.writeString(config, """
				# 本机字体
				正文 = /usr/share/fonts/truetype/arphic/ukai.ttc#UKaiCN
				黑体 = /usr/share/fonts/truetype/arphic/uming.ttc#UMingTW
				""", StandardCharsets.UTF_8);
		List<String> notes = new ArrayList<>();
		try (DocumentFonts fonts = DocumentFonts.open(new FontSearch(config, "测试", List.of(SYSTEM)), notes::add)) {
			assertEquals("UKaiCN", fonts.face(FontRole.BODY).faceName());
			assertEquals("UMingTW", fonts.face(FontRole.HEITI).faceName());
			assertEquals(Path.of(KAI), fonts.face(FontRole.KAITI).file());
		}
		assertTrue(notes.stream().noneMatch(n -> n.startsWith("正文字体") || n.startsWith("黑体字体")), notes.toString());
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("楷体字体：未配置")), notes.toString());
	}

	@Test
	void relativePathsAreResolvedAgainstTheConfigurationFile(@TempDir Path dir) throws IOException {
		Files.copy(Path.of(KAI), dir.resolve("kai.ttf"));
		Path config = dir.resolve("fonts.properties");
		Files.writeString(config, "楷体=kai.ttf\n", StandardCharsets.UTF_8);
		try (DocumentFonts fonts = DocumentFonts.open(new FontSearch(config, "测试", List.of(SYSTEM)), n -> { })) {
			assertEquals(dir.resolve("kai.ttf"), fonts.face(FontRole.KAITI).file());
		}
	}

	@Test
	void noFontForARoleIsAChineseErrorThatSaysWhatToInstall(@TempDir Path empty) throws IOException {
		FontConfigurationException none = assertThrows(FontConfigurationException.class,
				() -> DocumentFonts.open(new FontSearch(null, null, List.of(empty)), n -> { }));
		assertTrue(none.getMessage().startsWith("没有可用的正文字体（仿宋_GB2312）"), none.getMessage());
		assertTrue(none.getMessage().contains("fonts-arphic-uming"), none.getMessage());
		assertTrue(none.getMessage().contains("正文 = /path/to/font.ttf"), none.getMessage());

		// the body configured, nothing on the system: the title font is the first one missing
		Path config = empty.resolve("fonts.properties");
		Files.writeString(config, "body=" + UMING + "#UMingCN\n", StandardCharsets.UTF_8);
		FontConfigurationException title = assertThrows(FontConfigurationException.class,
				() -> DocumentFonts.open(new FontSearch(config, "测试", List.of(empty)), n -> { }));
		assertTrue(title.getMessage().startsWith("没有可用的标题字体（方正小标宋简体）"), title.getMessage());
		assertTrue(title.getMessage().contains(config.toString() + " 没有指定"), title.getMessage());
	}

	@Test
	void unusableConfigurationsAreChineseErrors(@TempDir Path dir) throws IOException {
		Path config = dir.resolve("fonts.properties");
		Files.writeString(config, "正文=" + NOTO_CFF + "#NotoSerifCJKsc-Regular\n", StandardCharsets.UTF_8);
		assertMessage(config, "不是 TrueType 轮廓");

		Files.writeString(config, "正文=" + UMING + "#NoSuchFace\n", StandardCharsets.UTF_8);
		assertMessage(config, "中没有名为“NoSuchFace”的字体。可用的字体：UMingCN、UMingHK、UMingTW、UMingTWMBE");

		Files.writeString(config, "正文=" + dir.resolve("missing.ttf") + "\n", StandardCharsets.UTF_8);
		assertMessage(config, "指定的字体文件不存在");

		Files.writeString(config, "正文字号=" + UMING + "\n", StandardCharsets.UTF_8);
		assertMessage(config, "中的“正文字号”不是字体角色");

		Path dejavu = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
		if (Files.isRegularFile(dejavu)) {
			Files.writeString(config, "正文=" + dejavu + "\n", StandardCharsets.UTF_8);
			assertMessage(config, "不含中文字形");
		}

		FontConfigurationException missing = assertThrows(FontConfigurationException.class,
				() -> DocumentFonts.open(new FontSearch(dir.resolve("nowhere.properties"), "环境变量 LAWREPORT_FONTS", List.of(SYSTEM)),
						n -> { }));
		assertEquals("字体配置文件不存在：" + dir.resolve("nowhere.properties") + "（来自环境变量 LAWREPORT_FONTS）。",
				missing.getMessage());
	}

	private static void assertMessage(Path config, String part) {
		FontConfigurationException e = assertThrows(FontConfigurationException.class,
				() -> DocumentFonts.open(new FontSearch(config, "测试", List.of(SYSTEM)), n -> { }));
		assertTrue(e.getMessage().contains(part), e.getMessage());
	}

	@Test
	void theConfigurationIsTheGivenFileElseLawreportFontsElseTheDefaultFile(@TempDir Path home) throws IOException {
		Path given = home.resolve("given.properties");
		Path named = home.resolve("named.properties");
		assertEquals(given, FontSearch.standard(given, Map.of("LAWREPORT_FONTS", named.toString()), home).configuration());
		FontSearch fromEnvironment = FontSearch.standard(null, Map.of("LAWREPORT_FONTS", named.toString()), home);
		assertEquals(named, fromEnvironment.configuration());
		assertEquals("环境变量 LAWREPORT_FONTS", fromEnvironment.origin());
		assertNull(FontSearch.standard(null, Map.of(), home).configuration(), "no default file, no configuration");
		Path standard = home.resolve(".config/lawreport/fonts.properties");
		Files.createDirectories(standard.getParent());
		Files.writeString(standard, "", StandardCharsets.UTF_8);
		assertEquals(standard, FontSearch.standard(null, Map.of(), home).configuration());
		assertTrue(FontSearch.standard(null, Map.of(), home).systemDirectories().contains(Path.of("/usr/share/fonts")));
	}

	@Test
	void charactersMissingFromARoleFontComeFromTheNextFontThatHasThem() {
		try (DocumentFonts fonts = DocumentFonts.open(new FontSearch(null, null, List.of(SYSTEM)), n -> { })) {
			// AR PL KaitiM GB has no traditional characters; AR PL UKai has them
			assertTrue(!fonts.face(FontRole.KAITI).hasGlyph('審'));
			assertEquals("UKaiCN", fonts.faceFor(FontRole.KAITI, '審').faceName());
			assertTrue(fonts.faceFor(FontRole.KAITI, '审') == fonts.face(FontRole.KAITI));
		}
		List<String> notes = new ArrayList<>();
		PdfTestSupport.render(PdfTestSupport.document("001")); // seed 001 is written in traditional characters
		notes.addAll(PdfTestSupport.notes());
		assertTrue(notes.stream().anyMatch(n -> n.startsWith("楷体字体：AR PL KaitiM GB 没有“") && n.contains("改用 AR PL UKai CN")),
				notes.toString());
	}
}
