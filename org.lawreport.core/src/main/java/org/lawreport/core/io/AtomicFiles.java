package org.lawreport.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.lawreport.core.text.CoreTexts;

/**
 * Writes an output file completely or not at all: a temporary file next to the target, then a move. A process stopped
 * politely (SIGTERM, Ctrl-C) removes its temporary files; one killed outright (SIGKILL) may leave a hidden
 * {@code .name.*.tmp}, never a partial file under the document's own name.
 */
public final class AtomicFiles {

	/** Temporary files being written now: removed if the process is stopped (SIGTERM, Ctrl-C) before they are moved. */
	private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> IN_FLIGHT.forEach(temp -> {
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				// the process is ending: nothing more to do
			}
		}), "lawreport-temporary-files"));
	}

	private AtomicFiles() {
	}

	/**
	 * Writes {@code content} to {@code target}, or leaves the target as it was.
	 *
	 * @throws OutputException with a Chinese message naming the file and the reason (not a folder, no permission,
	 *         disk full)
	 */
	public static void write(Path target, byte[] content) throws OutputException {
		try {
			writeOrFail(target, content);
		} catch (OutputException e) {
			throw e;
		} catch (IOException e) {
			throw new OutputException(explain(target, content.length, e), e);
		}
	}

	private static String explain(Path target, long bytes, IOException e) {
		Path dir = target.toAbsolutePath().getParent();
		for (Path p = dir; p != null; p = p.getParent()) {
			if (Files.exists(p) && !Files.isDirectory(p)) {
				return CoreTexts.text("output.notAFolder", p);
			}
		}
		if (Files.isDirectory(target)) {
			return CoreTexts.text("output.isAFolder", target);
		}
		if (e instanceof AccessDeniedException || (Files.isDirectory(dir) && !Files.isWritable(dir))) {
			return CoreTexts.text("output.denied", dir);
		}
		try {
			if (Files.isDirectory(dir) && Files.getFileStore(dir).getUsableSpace() < bytes + 4096) {
				return CoreTexts.text("output.diskFull", target, (bytes + 1023) / 1024);
			}
		} catch (IOException unknown) {
			// fall through to the general sentence
		}
		return CoreTexts.text("output.failed", target);
	}

	private static void writeOrFail(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		if (Files.isDirectory(target)) {
			throw new OutputException(CoreTexts.text("output.isAFolder", target), null);
		}
		Files.createDirectories(dir);
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
		IN_FLIGHT.add(temp);
		try {
			Files.write(temp, content);
			// createTempFile makes the file private (0600); a generated document is for others to read
			if (temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(temp, Files.exists(target)
						? Files.getPosixFilePermissions(target)
						: PosixFilePermissions.fromString("rw-r--r--"));
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} finally {
			Files.deleteIfExists(temp);
			IN_FLIGHT.remove(temp);
		}
	}
}
