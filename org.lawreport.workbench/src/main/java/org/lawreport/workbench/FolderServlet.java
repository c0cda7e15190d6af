package org.lawreport.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The folder over HTTP, as JSON: {@code GET /api/files}, {@code GET /api/file?path=}, {@code PUT /api/file?path=}
 * (text and the version it was edited from; 409 with the current text when the file changed meanwhile),
 * {@code GET /api/history?path=} and {@code GET /api/history?path=&id=}. A request that changes anything must come
 * from the workbench's own page (its Origin), and no GET changes anything. Every refusal is one Chinese sentence.
 */
final class FolderServlet extends HttpServlet {

	private static final long serialVersionUID = 1L;
	/** A report is under 1 MB; a save larger than this is not a report. */
	static final int MAX_BODY = 8 * 1024 * 1024;

	private final transient ReportFolder folder;
	private final transient OriginPolicy origins;
	private final transient Gson gson = new GsonBuilder().disableHtmlEscaping().create();

	FolderServlet(ReportFolder folder, OriginPolicy origins) {
		this.folder = folder;
		this.origins = origins;
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		try {
			switch (path(request)) {
				case "/api/files" -> {
					Map<String, Object> body = new LinkedHashMap<>();
					body.put("folder", folder.root().getFileName().toString());
					body.put("files", folder.list());
					json(response, 200, body);
				}
				case "/api/file" -> json(response, 200, folder.read(request.getParameter("path")));
				case "/api/history" -> {
					String path = request.getParameter("path");
					String id = request.getParameter("id");
					json(response, 200, id == null ? Map.of("versions", folder.history(path))
							: Map.of("path", path, "id", id, "text", folder.historical(path, id)));
				}
				default -> error(response, 404, WorkbenchTexts.text("http.notFound"));
			}
		} catch (FolderException e) {
			refuse(response, e);
		}
	}

	@Override
	protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (!fromOurPage(request)) {
			error(response, 403, WorkbenchTexts.text("http.origin"));
			return;
		}
		if (!"/api/file".equals(path(request))) {
			error(response, 404, WorkbenchTexts.text("http.notFound"));
			return;
		}
		try {
			JsonObject body = body(request);
			if (!body.has("text") || !body.get("text").isJsonPrimitive()) {
				throw new FolderException(FolderException.Kind.BAD_REQUEST, WorkbenchTexts.text("http.badBody"));
			}
			String version = body.has("version") && !body.get("version").isJsonNull() ? body.get("version").getAsString() : null;
			ReportFolder.SaveResult result = folder.save(request.getParameter("path"), body.get("text").getAsString(), version);
			if (result.saved()) {
				json(response, 200, Map.of("path", result.current().path(), "version", result.current().version()));
			} else {
				Map<String, Object> conflict = new LinkedHashMap<>();
				conflict.put("error", WorkbenchTexts.text("http.conflict", request.getParameter("path")));
				conflict.put("current", result.current());
				json(response, 409, conflict);
			}
		} catch (FolderException e) {
			refuse(response, e);
		}
	}

	@Override
	protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
		error(response, 405, WorkbenchTexts.text("http.method"));
	}

	@Override
	protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
		error(response, 405, WorkbenchTexts.text("http.method"));
	}

	/** The request's path below the context: /api/files, /api/file … */
	private static String path(HttpServletRequest request) {
		return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
	}

	/** Browsers send Origin with every PUT; a page of another site, or none at all, may not change the folder. */
	private boolean fromOurPage(HttpServletRequest request) {
		String origin = request.getHeader("Origin");
		return origins.allows(origin);
	}

	private JsonObject body(HttpServletRequest request) throws IOException, FolderException {
		if (request.getContentLengthLong() > MAX_BODY) {
			throw new FolderException(FolderException.Kind.BAD_REQUEST, WorkbenchTexts.text("http.tooLarge", MAX_BODY / 1024 / 1024));
		}
		try (InputStream in = request.getInputStream()) {
			byte[] bytes = in.readNBytes(MAX_BODY + 1);
			if (bytes.length > MAX_BODY) {
				throw new FolderException(FolderException.Kind.BAD_REQUEST, WorkbenchTexts.text("http.tooLarge", MAX_BODY / 1024 / 1024));
			}
			return JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
		} catch (JsonParseException | IllegalStateException e) {
			throw new FolderException(FolderException.Kind.BAD_REQUEST, WorkbenchTexts.text("http.badBody"), e);
		}
	}

	private void refuse(HttpServletResponse response, FolderException e) throws IOException {
		int status = switch (e.kind()) {
			case FORBIDDEN -> 403;
			case NOT_FOUND -> 404;
			case BAD_REQUEST -> 400;
			case FAILED -> 500;
		};
		error(response, status, e.getMessage());
	}

	private void error(HttpServletResponse response, int status, String message) throws IOException {
		json(response, status, Map.of("error", message));
	}

	private void json(HttpServletResponse response, int status, Object body) throws IOException {
		response.setStatus(status);
		response.setContentType("application/json;charset=utf-8");
		response.setHeader("Cache-Control", "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.getOutputStream().write(gson.toJson(body).getBytes(StandardCharsets.UTF_8));
	}
}
