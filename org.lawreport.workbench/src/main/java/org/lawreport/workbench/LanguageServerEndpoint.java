package org.lawreport.workbench;

import java.lang.reflect.Method;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.websocket.jakarta.WebSocketEndpoint;
import org.eclipse.xtext.ide.server.LanguageServerImpl;
import org.eclipse.xtext.util.DisposableRegistry;
import org.lawreport.dsl.ide.server.LawReportServerLauncher;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The project's own language server (the one Neovim and VS Code start over stdio), one per browser tab, over a
 * WebSocket. The browser may not widen what the server reads: {@code initialize} always gets the served folder as its
 * only workspace folder, and a document named outside the folder is answered as a document that is not open.
 */
public final class LanguageServerEndpoint extends WebSocketEndpoint<LanguageClient> {

	/** Where a document outside the folder is sent instead: a name the folder never has (hidden names are refused). */
	static final String OUTSIDE = ".outside-the-folder.lawreport";

	private final Path root;
	private LanguageServerImpl server;
	private Injector injector;

	public LanguageServerEndpoint(Path root) {
		this.root = root;
	}

	@Override
	protected void configure(Launcher.Builder<LanguageClient> builder) {
		injector = Guice.createInjector(LawReportServerLauncher.module());
		server = injector.getInstance(LanguageServerImpl.class);
		builder.setLocalService(server);
		builder.setRemoteInterface(LanguageClient.class);
		builder.wrapMessages(this::confined);
	}

	@Override
	protected void connect(Collection<Object> localServices, LanguageClient client) {
		server.connect(client);
	}

	@Override
	public void onClose(Session session, CloseReason reason) {
		// the tab is gone: its server stops and its injector lets go of what it holds (every save went through the
		// folder: nothing is lost)
		server.shutdown();
		injector.getInstance(DisposableRegistry.class).dispose();
	}

	/** Incoming messages, their workspace and document names kept inside the folder; {@code exit} never delivered. */
	private MessageConsumer confined(MessageConsumer next) {
		return message -> {
			if (message instanceof NotificationMessage n && "exit".equals(n.getMethod())) {
				// Xtext's server ends the process on exit: one tab must not stop the workbench for everyone
				return;
			}
			confine(message);
			next.consume(message);
		};
	}

	void confine(Message message) {
		Object params = message instanceof RequestMessage r ? r.getParams()
				: message instanceof NotificationMessage n ? n.getParams() : null;
		if (params instanceof InitializeParams init) {
			String folder = root.toUri().toString();
			init.setRootUri(folder);
			init.setRootPath(root.toString());
			init.setWorkspaceFolders(List.of(new WorkspaceFolder(folder, root.getFileName().toString())));
			return;
		}
		if (params != null) {
			Object document = call(params, "getTextDocument");
			if (document != null) {
				Object uri = call(document, "getUri");
				if (uri instanceof String s && !insideFolder(s)) {
					set(document, root.resolve(OUTSIDE).toUri().toString());
				}
			}
		}
	}

	/** A file in the folder, or a document never saved ({@code untitled:}), which reads nothing from disk. */
	boolean insideFolder(String uri) {
		try {
			URI u = URI.create(uri);
			if ("untitled".equals(u.getScheme())) {
				return true;
			}
			if (!"file".equals(u.getScheme())) {
				return false;
			}
			Path path = Path.of(u).normalize();
			return path.startsWith(root) && !path.equals(root);
		} catch (RuntimeException e) {
			return false;
		}
	}

	private static Object call(Object target, String getter) {
		try {
			Method m = target.getClass().getMethod(getter);
			return m.invoke(target);
		} catch (ReflectiveOperationException | RuntimeException e) {
			return null;
		}
	}

	private static void set(Object document, String uri) {
		try {
			document.getClass().getMethod("setUri", String.class).invoke(document, uri);
		} catch (ReflectiveOperationException | RuntimeException e) {
			// a parameter type without a settable URI: nothing to confine
		}
	}
}
