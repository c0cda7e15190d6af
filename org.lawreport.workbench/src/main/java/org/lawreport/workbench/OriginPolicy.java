package org.lawreport.workbench;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.regex.Pattern;

/**
 * Which pages may change the folder or talk to the language server: the workbench's own. A browser sends its page's
 * origin with every WebSocket and every PUT; it must name this server: on loopback, 127.0.0.1 or localhost and our
 * port; bound to the network, an address of one of this machine's interfaces (written as an address, so that a
 * name re-pointed at us is not taken for us) or this machine's name, and our port.
 */
final class OriginPolicy {

	private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|\\[[0-9a-fA-F:.]+\\]");

	private final Set<String> exact = new CopyOnWriteArraySet<>();
	private volatile int port = -1;
	private volatile boolean network;

	/** Called once the server listens. */
	void listening(String host, int actualPort) {
		port = actualPort;
		network = !Workbench.isLoopback(host);
		exact.add("http://localhost:" + actualPort);
		exact.add("http://127.0.0.1:" + actualPort);
		exact.add("http://[::1]:" + actualPort);
		if (!host.equals("0.0.0.0") && !host.equals("::")) {
			exact.add("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + actualPort);
		}
	}

	boolean allows(String origin) {
		if (origin == null) {
			return false;
		}
		if (exact.contains(origin)) {
			return true;
		}
		if (!network) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			if (!"http".equals(uri.getScheme()) || uri.getPort() != port || uri.getHost() == null) {
				return false;
			}
			String host = uri.getHost();
			if (IP_LITERAL.matcher(host).matches()) {
				InetAddress address = InetAddress.getByName(host.replace("[", "").replace("]", ""));
				return NetworkInterface.getByInetAddress(address) != null;
			}
			return host.equalsIgnoreCase(InetAddress.getLocalHost().getHostName());
		} catch (IllegalArgumentException | UnknownHostException | java.net.SocketException e) {
			return false;
		}
	}
}
