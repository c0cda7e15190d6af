package org.lawreport.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.lawreport.core.io.AtomicFiles;
import org.lawreport.core.io.OutputException;
import org.lawreport.core.io.SourceText;

/**
 * The folder of reports the workbench serves, and the only way the server touches files: a path from a request is a
 * relative path of {@code .lawreport} files inside the folder, or it is refused (absolute paths, {@code ..}, back
 * slashes, hidden names, links that lead outside). A save writes atomically, keeps the previous text in the folder's
 * history, and is refused when the file changed since the version the client had (another tab, another user).
 */
public final class ReportFolder {

	/** Where earlier versions are kept, inside the folder; never served as a report. */
	public static final String HISTORY = ".lawreport-history";
	static final String EXTENSION = ".lawreport";
	private static final int MAX_DEPTH = 8;
	private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

	/** A file's text and its version (the SHA-256 of its bytes), which a save must name. */
	public record Document(String path, String text, String version) {
	}

	/** An entry of the folder: its path (with / between names), and whether it is a template. */
	public record Entry(String path, boolean template) {
	}

	/** A kept earlier version: its id (a time stamp), and its size in bytes. */
	public record Version(String id, long size) {
	}

	/** What a save did: saved (the new version), or refused because the file changed (the text it has now). */
	public record SaveResult(boolean saved, Document current) {
	}

	private final Path root;
	private final Clock clock;
	private final ConcurrentHashMap<Path, Object> locks = new ConcurrentHashMap<>();

	public ReportFolder(Path folder) throws IOException {
		this(folder, Clock.systemUTC());
	}

	ReportFolder(Path folder, Clock clock) throws IOException {
		this.root = folder.toRealPath();
		this.clock = clock;
		if (!Files.isDirectory(root)) {
			throw new IOException(WorkbenchTexts.text("folder.notAFolder", folder));
		}
	}

	public Path root() {
		return root;
	}

	/** Every report and template in the folder and its sub-folders (not hidden ones), sorted by path. */
	public List<Entry> list() throws FolderException {
		List<Entry> entries = new ArrayList<>();
		try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
			for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
				String relative = relative(file);
				if (relative.endsWith(EXTENSION) && !hidden(relative) && inside(file)) {
					entries.add(new Entry(relative, isTemplate(file)));
				}
			}
		} catch (IOException | RuntimeException e) {
			throw new FolderException(FolderException.Kind.FAILED, WorkbenchTexts.text("folder.unlistable", root), e);
		}
		return entries;
	}

	/** The text of a report and its version. */
	public Document read(String path) throws FolderException {
		Path file = resolve(path);
		if (!Files.isRegularFile(file)) {
			throw new FolderException(FolderException.Kind.NOT_FOUND, WorkbenchTexts.text("folder.notFound", path));
		}
		try {
			byte[] bytes = Files.readAllBytes(file);
			return new Document(path, SourceText.decode(file, bytes).text(), version(bytes));
		} catch (SourceText.UnreadableException e) {
			throw new FolderException(FolderException.Kind.FAILED, e.getMessage(), e);
		} catch (IOException e) {
			throw new FolderException(FolderException.Kind.FAILED, WorkbenchTexts.text("folder.unreadable", path), e);
		}
	}

	/**
	 * Saves {@code text} if the file is still at {@code expectedVersion} (null: the file must not exist yet). The text
	 * it replaces is kept in the history first; the file is written whole or not at all.
	 */
	public SaveResult save(String path, String text, String expectedVersion) throws FolderException {
		Path file = resolve(path);
		synchronized (locks.computeIfAbsent(file, f -> new Object())) {
			byte[] previous = null;
			try {
				if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
					previous = Files.readAllBytes(file);
				}
			} catch (IOException e) {
				throw new FolderException(FolderException.Kind.FAILED, WorkbenchTexts.text("folder.unreadable", path), e);
			}
			String current = previous == null ? null : version(previous);
			if (current == null ? expectedVersion != null : !current.equals(expectedVersion)) {
				return new SaveResult(false, previous == null ? null : read(path));
			}
			byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
			try {
				if (previous != null && !version(bytes).equals(current)) {
					Path kept = historyFolder(path).resolve(STAMP.format(clock.instant()) + EXTENSION);
					Files.createDirectories(kept.getParent());
					AtomicFiles.write(kept, previous);
				}
				Files.createDirectories(file.getParent());
				AtomicFiles.write(file, bytes);
			} catch (OutputException e) {
				throw new FolderException(FolderException.Kind.FAILED, e.getMessage(), e);
			} catch (IOException e) {
				throw new FolderException(FolderException.Kind.FAILED, WorkbenchTexts.text("folder.unwritable", path), e);
			}
			return new SaveResult(true, new Document(path, text, version(bytes)));
		}
	}

	/** The kept earlier versions of a report, newest first. */
	public List<Version> history(String path) throws FolderException {
		resolve(path);
		Path folder = historyFolder(path);
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			List<Version> versions = new ArrayList<>();
			for (Path f : files.filter(Files::isRegularFile).toList()) {
				String name = f.getFileName().toString();
				if (name.endsWith(EXTENSION)) {
					versions.add(new Version(name.substring(0, name.length() - EXTENSION.length()), Files.size(f)));
				}
			}
			versions.sort(Comparator.comparing(Version::id).reversed());
			return versions;
		} catch (IOException e) {
			throw new FolderException(FolderException.Kind.FAILED, WorkbenchTexts.text("folder.unreadable", path), e);
		}
	}

	/** The text of one kept version. */
	public String historical(String path, String id) throws FolderException {
		resolve(path);
		if (id == null || !id.matches("\\d{8}T\\d{6}\\.\\d{3}Z")) {
			throw new FolderException(FolderException.Kind.BAD_REQUEST, WorkbenchTexts.text("folder.badVersion", id));
		}
		Path file = historyFolder(path).resolve(id + EXTENSION);
		try {
			return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new FolderException(FolderException.Kind.NOT_FOUND, WorkbenchTexts.text("folder.noSuchVersion", path, id), e);
		}
	}

	/**
	 * The file a request names, inside the folder: a relative path of names separated by /, ending in .lawreport,
	 * no name hidden or empty or "..", and no link on the way leading outside.
	 */
	public Path resolve(String path) throws FolderException {
		if (path == null || path.isEmpty() || path.length() > 512 || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0
				|| path.startsWith("/") || DRIVE.matcher(path).matches()) {
			throw forbidden(path);
		}
		for (String name : path.split("/", -1)) {
			if (name.isEmpty() || name.equals(".") || name.equals("..") || name.startsWith(".")) {
				throw forbidden(path);
			}
		}
		if (!path.endsWith(EXTENSION)) {
			throw forbidden(path);
		}
		Path file = root.resolve(path).normalize();
		if (!file.startsWith(root) || !inside(file)) {
			throw forbidden(path);
		}
		return file;
	}

	/** Whether the file, or the nearest folder of it that exists, is inside the folder once links are followed. */
	private boolean inside(Path file) {
		Path existing = file;
		while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
			existing = existing.getParent();
		}
		try {
			return existing != null && existing.toRealPath().startsWith(root);
		} catch (IOException e) {
			return false;
		}
	}

	private FolderException forbidden(String path) {
		return new FolderException(FolderException.Kind.FORBIDDEN, WorkbenchTexts.text("folder.forbidden", String.valueOf(path)));
	}

	private Path historyFolder(String path) {
		return root.resolve(HISTORY).resolve(path);
	}

	private String relative(Path file) {
		return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
	}

	private static boolean hidden(String relative) {
		for (String name : relative.split("/")) {
			if (name.startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	/** A template starts with 模板 (after comments and blank lines); everything else is a report. */
	private static boolean isTemplate(Path file) {
		try {
			String text = SourceText.read(file).text();
			for (String line : text.split("\n", 200)) {
				String s = line.strip();
				if (s.isEmpty() || s.startsWith("//")) {
					continue;
				}
				return s.startsWith("模板");
			}
		} catch (IOException | RuntimeException e) {
			return false;
		}
		return false;
	}

	static String version(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
