package org.lawreport.core.fonts;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.lawreport.core.layout.FontMetrics;
import org.lawreport.core.layout.FontRole;
import org.lawreport.core.text.CoreTexts;

/**
 * The fonts of the PDF, one per {@link FontRole}: configured font files first, then fonts found on the system
 * (the customary Windows fonts if a user installed them, then the open substitutes Debian packages). Every
 * substitution is reported as a Chinese note. A character missing from a role's font is drawn with the next font
 * that has it (another candidate for the role, then the other roles' fonts).
 *
 * <p>Configuration file (UTF-8 properties): one line per role, the value a font file or {@code file#FaceName} for
 * a face of a .ttc collection; relative paths are resolved against the configuration file's folder.
 *
 * <pre>
 * 正文 = /opt/fonts/仿宋_GB2312.ttf
 * 标题 = /opt/fonts/方正小标宋简体.ttf
 * 黑体 = C:/Windows/Fonts/simhei.ttf
 * 楷体 = /opt/fonts/楷体_GB2312.ttf
 * 页码 = /opt/fonts/simsun.ttc#SimSun
 * </pre>
 *
 * Keys: 正文/仿宋/body, 标题/小标宋/title, 黑体/heiti, 楷体/kaiti, 页码/宋体/page-number.
 */
public final class DocumentFonts implements FontMetrics, AutoCloseable {

	/** A font file to look for on the system, with its face in a collection and the package that ships it. */
	private record Candidate(String fileName, String face, String packageHint) {
	}

	private static final Map<FontRole, List<Candidate>> CANDIDATES = new EnumMap<>(FontRole.class);
	/**
	 * Last in every role's chain: fonts for the rare characters (生僻字) of names and places, CJK Extension B and
	 * beyond, which the Song, Kai and Hei fonts lack. Never a role's own font.
	 */
	private static final List<Candidate> RARE_CHARACTERS = List.of(new Candidate("babelstonehan.ttf", null, "fonts-babelstone-han"));
	private static final Map<String, FontRole> KEYS = new LinkedHashMap<>();

	static {
		CANDIDATES.put(FontRole.BODY, List.of(new Candidate("simfang.ttf", null, null),
				new Candidate("uming.ttc", "UMingCN", "fonts-arphic-uming"),
				new Candidate("gbsn00lp.ttf", null, "fonts-arphic-gbsn00lp")));
		CANDIDATES.put(FontRole.TITLE, List.of(new Candidate("fzxbsjw.ttf", null, null),
				new Candidate("gbsn00lp.ttf", null, "fonts-arphic-gbsn00lp"),
				new Candidate("uming.ttc", "UMingCN", "fonts-arphic-uming")));
		CANDIDATES.put(FontRole.HEITI, List.of(new Candidate("simhei.ttf", null, null),
				new Candidate("wqy-zenhei.ttc", "WenQuanYiZenHei", "fonts-wqy-zenhei"),
				new Candidate("wqy-microhei.ttc", "WenQuanYiMicroHei", "fonts-wqy-microhei")));
		CANDIDATES.put(FontRole.KAITI, List.of(new Candidate("simkai.ttf", null, null),
				new Candidate("gkai00mp.ttf", null, "fonts-arphic-gkai00mp"),
				new Candidate("ukai.ttc", "UKaiCN", "fonts-arphic-ukai")));
		CANDIDATES.put(FontRole.PAGE_NUMBER, List.of(new Candidate("simsun.ttc", "SimSun", null),
				new Candidate("gbsn00lp.ttf", null, "fonts-arphic-gbsn00lp"),
				new Candidate("uming.ttc", "UMingCN", "fonts-arphic-uming")));
		for (String key : List.of("正文", "正文字体", "仿宋", "body")) {
			KEYS.put(key, FontRole.BODY);
		}
		for (String key : List.of("标题", "标题字体", "小标宋", "title")) {
			KEYS.put(key, FontRole.TITLE);
		}
		for (String key : List.of("黑体", "heiti")) {
			KEYS.put(key, FontRole.HEITI);
		}
		for (String key : List.of("楷体", "kaiti")) {
			KEYS.put(key, FontRole.KAITI);
		}
		for (String key : List.of("页码", "页码字体", "宋体", "page-number")) {
			KEYS.put(key, FontRole.PAGE_NUMBER);
		}
	}

	/** A font source: a file and a face, opened on first use. */
	private final class Source {
		final Path file;
		final String face;
		FontFace opened;
		boolean failed;

		Source(Path file, String face) {
			this.file = file;
			this.face = face;
		}

		/** The face, or {@code null} when the file cannot be used (then it is skipped, with a note). */
		synchronized FontFace face() {
			if (opened == null && !failed) {
				try {
					opened = shared(file, face);
				} catch (FontConfigurationException e) {
					failed = true;
					notes.accept(CoreTexts.text("font.fallbackUnusable", e.getMessage()));
				}
			}
			return opened;
		}
	}

	private final Consumer<String> notes;
	/** Every face opened, by file and face name: a file used for several roles is parsed once. */
	private final Map<String, FontFace> faces = new ConcurrentHashMap<>();
	private final Map<FontRole, FontFace> primary = new EnumMap<>(FontRole.class);
	private final Map<FontRole, List<Source>> chains = new EnumMap<>(FontRole.class);

	private DocumentFonts(Consumer<String> notes) {
		this.notes = notes;
	}

	/**
	 * Resolves a font for every role, opening the font files. Notes (in Chinese) say which substitution was made
	 * for each role that is not configured.
	 *
	 * @throws FontConfigurationException when the configuration cannot be read or names an unusable font, or when
	 *         no font at all is available for a role
	 */
	public static DocumentFonts open(FontSearch search, Consumer<String> notes) {
		DocumentFonts fonts = new DocumentFonts(notes);
		try {
			fonts.resolve(search);
			return fonts;
		} catch (RuntimeException e) {
			fonts.close();
			throw e;
		}
	}

	private void resolve(FontSearch search) {
		Map<FontRole, Source> configured = search.configuration() == null ? Map.of() : readConfiguration(search);
		Map<String, Path> system = index(search.systemDirectories());
		Map<FontRole, List<Source>> found = new EnumMap<>(FontRole.class);
		for (FontRole role : FontRole.values()) {
			List<Source> sources = new ArrayList<>();
			for (Candidate c : CANDIDATES.get(role)) {
				Path file = system.get(c.fileName());
				if (file != null) {
					sources.add(new Source(file, c.face()));
				}
			}
			found.put(role, sources);
		}
		for (FontRole role : FontRole.values()) {
			Source chosen = configured.get(role);
			if (chosen != null) {
				FontFace face = shared(chosen.file, chosen.face);
				chosen.opened = face;
				primary.put(role, face);
				continue;
			}
			for (Source s : found.get(role)) {
				FontFace face = s.face();
				if (face != null) {
					primary.put(role, face);
					notes.accept(CoreTexts.text("font.substitute", role.label(), role.customaryFont(), face.describe()));
					break;
				}
			}
			if (!primary.containsKey(role)) {
				throw new FontConfigurationException(missingMessage(role, search));
			}
		}
		List<Source> rare = new ArrayList<>();
		for (Candidate c : RARE_CHARACTERS) {
			Path file = system.get(c.fileName());
			if (file != null) {
				rare.add(new Source(file, c.face()));
			}
		}
		// fallback chains for characters a role's font lacks: the role's own candidates, then the other roles' fonts,
		// then the fonts for rare characters
		for (FontRole role : FontRole.values()) {
			List<Source> chain = new ArrayList<>();
			chain.add(sourceOf(primary.get(role)));
			chain.addAll(found.get(role));
			for (FontRole other : List.of(FontRole.BODY, FontRole.TITLE, FontRole.KAITI, FontRole.HEITI, FontRole.PAGE_NUMBER)) {
				chain.add(sourceOf(primary.get(other)));
			}
			for (FontRole other : FontRole.values()) {
				chain.addAll(found.get(other));
			}
			chain.addAll(rare);
			chains.put(role, chain);
		}
	}

	private Source sourceOf(FontFace face) {
		Source s = new Source(face.file(), face.faceName());
		s.opened = face;
		return s;
	}

	private Map<FontRole, Source> readConfiguration(FontSearch search) {
		Path file = search.configuration();
		if (!Files.isRegularFile(file)) {
			throw new FontConfigurationException(CoreTexts.text("font.config.missing", file, search.origin()));
		}
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(in);
		} catch (IOException | IllegalArgumentException e) {
			throw new FontConfigurationException(CoreTexts.text("font.config.unreadable", file, e.getMessage()), e);
		}
		Map<FontRole, Source> out = new EnumMap<>(FontRole.class);
		Path base = file.toAbsolutePath().getParent();
		for (String key : properties.stringPropertyNames()) {
			FontRole role = KEYS.get(key.strip().toLowerCase(Locale.ROOT));
			if (role == null) {
				throw new FontConfigurationException(CoreTexts.text("font.config.unknownRole", file, key, String.join("、", KEYS.keySet())));
			}
			String value = properties.getProperty(key).strip();
			if (value.isEmpty()) {
				continue;
			}
			String face = null;
			int hash = value.lastIndexOf('#');
			if (hash > 0) {
				face = value.substring(hash + 1).strip();
				value = value.substring(0, hash).strip();
			}
			if (value.startsWith("~/")) {
				value = System.getProperty("user.home") + value.substring(1);
			}
			Path path = Path.of(value);
			if (!path.isAbsolute() && base != null) {
				path = base.resolve(path);
			}
			if (!Files.isRegularFile(path)) {
				throw new FontConfigurationException(CoreTexts.text("font.config.fileMissing", file, key, path));
			}
			if (out.containsKey(role)) {
				throw new FontConfigurationException(CoreTexts.text("font.config.twice", file, role.label()));
			}
			out.put(role, new Source(path, face == null || face.isEmpty() ? null : face));
		}
		return out;
	}

	private static String missingMessage(FontRole role, FontSearch search) {
		List<String> files = new ArrayList<>();
		Set<String> packages = new LinkedHashSet<>();
		for (Candidate c : CANDIDATES.get(role)) {
			files.add(c.fileName());
			if (c.packageHint() != null) {
				packages.add(c.packageHint());
			}
		}
		List<String> dirs = search.systemDirectories().stream().map(Path::toString).toList();
		return CoreTexts.text("font.none", role.label(), role.customaryFont(),
				search.configuration() == null ? CoreTexts.text("font.none.noConfiguration")
						: CoreTexts.text("font.none.notInConfiguration", search.configuration()),
				String.join("、", files), String.join("、", dirs), String.join(" 或 ", packages), FontSearch.DEFAULT_CONFIGURATION,
				FontSearch.ENVIRONMENT_VARIABLE, exampleKey(role));
	}

	private static String exampleKey(FontRole role) {
		return switch (role) {
			case BODY -> "正文";
			case TITLE -> "标题";
			case HEITI -> "黑体";
			case KAITI -> "楷体";
			case PAGE_NUMBER -> "页码";
		};
	}

	/** Font files under the folders, by lower-case file name; the first folder wins. */
	private static Map<String, Path> index(List<Path> directories) {
		Map<String, Path> files = new LinkedHashMap<>();
		for (Path dir : directories) {
			if (!Files.isDirectory(dir)) {
				continue;
			}
			try (Stream<Path> walk = Files.walk(dir, 6, FileVisitOption.FOLLOW_LINKS)) {
				walk.filter(Files::isRegularFile).forEach(p -> files.putIfAbsent(FontFace.key(p), p));
			} catch (IOException | UncheckedIOException e) {
				// an unreadable folder holds no usable fonts
			}
		}
		return files;
	}

	/** The font chosen for a role. */
	public FontFace face(FontRole role) {
		return primary.get(role);
	}

	/**
	 * The font that draws a character in a role: the role's font when it has the glyph, else the first fallback
	 * that has it; {@code null} when no available font has it.
	 */
	public FontFace faceFor(FontRole role, int codePoint) {
		FontFace main = primary.get(role);
		if (main.hasGlyph(codePoint)) {
			return main;
		}
		for (Source s : chains.get(role)) {
			FontFace face = s.face();
			if (face != null && face.hasGlyph(codePoint)) {
				return face;
			}
		}
		return null;
	}

	@Override
	public double advance(FontRole role, int codePoint) {
		FontFace face = faceFor(role, codePoint);
		return face == null ? 0.5 : face.advance(codePoint);
	}

	/** Opens a face once for this set of fonts, whichever thread asks first (a file that fails is not kept). */
	private FontFace shared(Path file, String face) {
		return faces.computeIfAbsent(file.toAbsolutePath().normalize() + "#" + face, key -> FontFace.open(file, face));
	}

	/** Lets go of the fonts (their files are memory-mapped, and unmapped when no longer referenced). */
	@Override
	public void close() {
		faces.clear();
	}
}
