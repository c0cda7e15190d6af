package org.lawreport.workbench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** The pages that may change the folder: the workbench's own, on loopback or from the network it is bound to. */
class OriginPolicyTest {

	@Test
	void onLoopbackOnlyThisMachinesOwnAddressesAndOurPort() {
		OriginPolicy policy = new OriginPolicy();
		policy.listening(Workbench.LOOPBACK, 8080);
		assertTrue(policy.allows("http://127.0.0.1:8080"));
		assertTrue(policy.allows("http://localhost:8080"));
		assertFalse(policy.allows("http://localhost:8081"), "another port is another site");
		assertFalse(policy.allows("http://evil.example"));
		assertFalse(policy.allows("null"), "a sandboxed page or a file");
		assertFalse(policy.allows(null));
	}

	@Test
	void boundToTheNetworkAPageOfThisMachinesAddressIsOursANameIsNot() throws Exception {
		OriginPolicy policy = new OriginPolicy();
		policy.listening("0.0.0.0", 8080);
		String address = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
				.flatMap(i -> Collections.list(i.getInetAddresses()).stream())
				.filter(a -> a instanceof java.net.Inet4Address).map(InetAddress::getHostAddress).findFirst().orElseThrow();
		assertTrue(policy.allows("http://" + address + ":8080"), address);
		assertFalse(policy.allows("http://" + address + ":9090"));
		assertFalse(policy.allows("http://203.0.113.7:8080"), "an address of another machine");
		assertFalse(policy.allows("http://rebound.example:8080"), "a name re-pointed at this machine");
	}
}
