package org.lawreport.dsl.library;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.lawreport.dsl.lawReport.Template;

/**
 * The templates that ship inside the language jar (the standard 法治政府建设年度报告 template). They are found
 * without configuration: any resource set that links a report gets them loaded on first use, from the jar's own
 * resources, so editors can navigate to them like any other file.
 */
public final class LibraryTemplates {

	/** Name of the standard template, as reports write it after {@code 报告 依据}. */
	public static final String STANDARD_TEMPLATE = "法治政府建设年度报告";

	private static final String FOLDER = "/org/lawreport/dsl/library/";

	private static final List<URI> LOCATIONS = locate();

	private LibraryTemplates() {
	}

	/** The URIs of the library templates (inside the jar, or the build output in development). */
	public static List<URI> locations() {
		return LOCATIONS;
	}

	/** Returns the library templates, loading them into {@code resourceSet} if they are not there yet. */
	public static List<Template> in(ResourceSet resourceSet) {
		List<Template> templates = new ArrayList<>();
		for (URI uri : LOCATIONS) {
			Resource resource = resourceSet.getResource(uri, false);
			if (resource == null) {
				resource = resourceSet.getResource(uri, true);
			}
			resource.getContents().stream()
					.filter(Template.class::isInstance)
					.map(Template.class::cast)
					.forEach(templates::add);
		}
		return templates;
	}

	/** True if the URI names one of the library's own files. */
	public static boolean isLibrary(URI uri) {
		return LOCATIONS.contains(uri);
	}

	private static List<URI> locate() {
		List<URI> uris = new ArrayList<>();
		try (InputStream index = LibraryTemplates.class.getResourceAsStream(FOLDER + "index.txt")) {
			if (index == null) {
				throw new IllegalStateException("library index missing: " + FOLDER + "index.txt");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(index, StandardCharsets.UTF_8));
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String name = line.strip();
				if (name.isEmpty() || name.startsWith("#")) {
					continue;
				}
				URL url = LibraryTemplates.class.getResource(FOLDER + name);
				if (url == null) {
					throw new IllegalStateException("library template missing: " + FOLDER + name);
				}
				uris.add(URI.createURI(url.toString()));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return Collections.unmodifiableList(uris);
	}
}
