package org.lawreport.core.fonts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lawreport.core.text.CoreTexts;


/**
 * Where {@link DocumentFonts} looks for fonts: a configuration file (roles mapped to font files) and the folders of
 * the system's fonts, searched for open substitutes.
 *
 * @param configuration the configuration file, or {@code null} when there is none
 * @param origin where the configuration file was named, for messages ("--fonts", "环境变量 LAWREPORT_FONTS", ...)
 * @param systemDirectories font folders to search (recursively), in order
 */
public record FontSearch(Path configuration, String origin, List<Path> systemDirectories) {

	/** The environment variable naming the font configuration file. */
	public static final String ENVIRONMENT_VARIABLE = "LAWREPORT_FONTS";
	/** The default configuration file, under the user's home. */
	public static final String DEFAULT_CONFIGURATION = ".config/lawreport/fonts.properties";

	public FontSearch {
		systemDirectories = List.copyOf(systemDirectories);
	}

	/**
	 * The usual search: the given configuration file, else the file named by LAWREPORT_FONTS, else
	 * ~/.config/lawreport/fonts.properties when it exists; then the system's font folders.
	 */
	public static FontSearch standard(Path configurationOrNull) {
		return standard(configurationOrNull, System.getenv(), Path.of(System.getProperty("user.home")));
	}

	/** {@link #standard(Path)} with the environment and the home folder given (for tests). */
	public static FontSearch standard(Path configurationOrNull, Map<String, String> environment, Path home) {
		Path configuration = configurationOrNull;
		String origin = CoreTexts.text("font.origin.option");
		if (configuration == null) {
			String named = environment.get(ENVIRONMENT_VARIABLE);
			if (named != null && !named.isBlank()) {
				configuration = Path.of(named.strip());
				origin = CoreTexts.text("font.origin.environment", ENVIRONMENT_VARIABLE);
			}
		}
		if (configuration == null) {
			Path fallback = home.resolve(DEFAULT_CONFIGURATION);
			if (Files.isRegularFile(fallback)) {
				configuration = fallback;
				origin = CoreTexts.text("font.origin.default");
			}
		}
		return new FontSearch(configuration, configuration == null ? null : origin, systemFontDirectories(environment, home));
	}

	/** The font folders of Linux (XDG), macOS and Windows systems. */
	public static List<Path> systemFontDirectories(Map<String, String> environment, Path home) {
		List<Path> dirs = new ArrayList<>();
		String dataHome = environment.get("XDG_DATA_HOME");
		dirs.add(dataHome != null && !dataHome.isBlank() ? Path.of(dataHome, "fonts") : home.resolve(".local/share/fonts"));
		dirs.add(home.resolve(".fonts"));
		dirs.add(Path.of("/usr/local/share/fonts"));
		dirs.add(Path.of("/usr/share/fonts"));
		dirs.add(home.resolve("Library/Fonts"));
		dirs.add(Path.of("/Library/Fonts"));
		dirs.add(Path.of("/System/Library/Fonts"));
		String windows = environment.get("WINDIR");
		if (windows != null && !windows.isBlank()) {
			dirs.add(Path.of(windows, "Fonts"));
		}
		return dirs;
	}
}
