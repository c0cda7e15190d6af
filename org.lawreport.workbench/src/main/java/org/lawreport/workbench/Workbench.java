package org.lawreport.workbench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;

import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.ResourceFactory;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;

/**
 * The browser workbench's server on Jetty 12: the page and its scripts from the jar (nothing from outside), the
 * folder's reports over {@code /api/}, and the language server over a WebSocket at {@code /lsp}. Binds to 127.0.0.1
 * unless told otherwise.
 */
public final class Workbench implements AutoCloseable {

	/** The loopback address the workbench binds to by default. */
	public static final String LOOPBACK = "127.0.0.1";

	private final Server server;
	private final URI address;

	private Workbench(Server server, URI address) {
		this.server = server;
		this.address = address;
	}

	/** Starts the workbench over {@code folder} on {@code host}:{@code port} (port 0: any free port). */
	public static Workbench start(Path folder, String host, int port) throws Exception {
		ReportFolder reports = new ReportFolder(folder);
		Server server = new Server();
		HttpConfiguration http = new HttpConfiguration();
		http.setSendServerVersion(false);
		ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
		connector.setHost(host);
		connector.setPort(port);
		server.addConnector(connector);

		ServletContextHandler context = new ServletContextHandler();
		context.setContextPath("/");
		context.setBaseResource(ResourceFactory.of(context).newClassLoaderResource("org/lawreport/workbench/web/"));
		OriginPolicy origins = new OriginPolicy();
		context.addServlet(new ServletHolder("folder", new FolderServlet(reports, origins)), "/api/*");
		ServletHolder files = new ServletHolder("page", DefaultServlet.class);
		files.setInitParameter("dirAllowed", "false");
		files.setInitParameter("etags", "true");
		context.addServlet(files, "/");
		context.addFilter(securityHeaders(), "/*", java.util.EnumSet.of(DispatcherType.REQUEST));
		JakartaWebSocketServletContainerInitializer.configure(context, (servletContext, container) -> {
			container.setDefaultMaxTextMessageBufferSize(FolderServlet.MAX_BODY * 2);
			container.addEndpoint(ServerEndpointConfig.Builder.create(LanguageServerEndpoint.class, "/lsp")
					.configurator(new ServerEndpointConfig.Configurator() {
						@Override
						public boolean checkOrigin(String origin) {
							// a browser always sends its page's origin: only the workbench's own page may talk to the server
							return origin == null || origins.allows(origin);
						}

						@Override
						public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
							// nothing to add: the origin was checked above
						}

						@SuppressWarnings("unchecked")
						@Override
						public <T> T getEndpointInstance(Class<T> type) {
							return (T) new LanguageServerEndpoint(reports.root());
						}
					}).build());
		});
		server.setHandler(context);
		server.start();
		int actual = connector.getLocalPort();
		String shown = host.contains(":") ? "[" + host + "]" : host;
		URI address = URI.create("http://" + shown + ":" + actual + "/");
		origins.listening(host, actual);
		return new Workbench(server, address);
	}

	/** Whether {@code host} is this machine only. */
	public static boolean isLoopback(String host) {
		try {
			return InetAddress.getByName(host).isLoopbackAddress();
		} catch (IOException e) {
			return false;
		}
	}

	/**
	 * Headers of every answer: the page may load only what this server serves (no script, style, font or worker
	 * from anywhere else), may not be framed, and nothing is sniffed.
	 */
	private static Filter securityHeaders() {
		return (request, response, chain) -> {
			HttpServletResponse http = (HttpServletResponse) response;
			http.setHeader("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
					+ "img-src 'self' data: blob:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self' ws: wss:; "
					+ "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'");
			http.setHeader("X-Content-Type-Options", "nosniff");
			http.setHeader("Referrer-Policy", "no-referrer");
			chain.doFilter(request, response);
		};
	}

	/** Where a browser opens the workbench. */
	public URI address() {
		return address;
	}

	/** Blocks until the server stops. */
	public void join() throws InterruptedException {
		server.join();
	}

	@Override
	public void close() throws Exception {
		server.stop();
	}
}
