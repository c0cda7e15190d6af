import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * Build step for the command-line jar (run by Maven after shading, with ASM on the class path):
 * rewrites the classes compiled for Java 5 and older (EMF, picocli) as Java 6 class files with stack-map
 * frames. The JVM can then verify them with the fast type-checking verifier and, above all, keep them in the
 * class-data archive; as old class files they were loaded and verified from the jar at every start, with the
 * report model classes that implement EMF's interfaces. Nothing else changes: same bytecode, same names.
 * A class ASM cannot rewrite (e.g. one using JSR) is kept as it was.
 *
 * Usage: java -cp asm.jar UpgradeOldClasses.java the.jar
 */
public final class UpgradeOldClasses {

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path out = jar.resolveSibling(jar.getFileName() + ".upgrading");
		int upgraded = 0;
		int kept = 0;
		try (ZipFile zip = new ZipFile(jar.toFile());
				URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, null);
				ZipOutputStream target = new ZipOutputStream(Files.newOutputStream(out))) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				byte[] bytes;
				try (InputStream in = zip.getInputStream(entry)) {
					bytes = in.readAllBytes();
				}
				if (entry.getName().endsWith(".class") && majorVersion(bytes) < Opcodes.V1_6 && majorVersion(bytes) >= 45) {
					try {
						bytes = upgrade(bytes, loader);
						upgraded++;
					} catch (RuntimeException e) {
						kept++;
					}
				}
				ZipEntry copy = new ZipEntry(entry.getName());
				copy.setTime(entry.getTime());
				target.putNextEntry(copy);
				target.write(bytes);
				target.closeEntry();
			}
		}
		Files.move(out, jar, StandardCopyOption.REPLACE_EXISTING);
		System.out.println("UpgradeOldClasses: " + upgraded + " old class files rewritten with stack maps, " + kept
				+ " kept as they were, in " + jar.getFileName());
	}

	private static int majorVersion(byte[] classFile) {
		return classFile.length < 8 ? 0 : ((classFile[6] & 0xff) << 8) | (classFile[7] & 0xff);
	}

	private static byte[] upgrade(byte[] bytes, ClassLoader loader) {
		ClassReader reader = new ClassReader(bytes);
		ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
			@Override
			protected ClassLoader getClassLoader() {
				return loader;
			}
		};
		reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
			@Override
			public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
				super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
			}
		}, ClassReader.SKIP_FRAMES);
		return writer.toByteArray();
	}
}
