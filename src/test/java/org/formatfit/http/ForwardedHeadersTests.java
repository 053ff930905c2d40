package org.formatfit.http;

import java.io.IOException;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a proxy says of the reader ({@code X-Forwarded-Proto}, {@code -For},
 * {@code -Host}) counts only when it comes from a proxy the operator named
 * ({@code server.tomcat.remoteip.internal-proxies}): loopback by default, never a whole
 * private network. Here the app trusts 127.0.0.2 alone ({@link BehindAProxy}), and the
 * same request comes from 127.0.0.1 and from 127.0.0.2;
 * {@code Strict-Transport-Security}, sent only on HTTPS, shows whether the app believed
 * {@code X-Forwarded-Proto: https}.
 */
@BehindAProxy
class ForwardedHeadersTests {

	private static final String HTTPS_BY_A_PROXY = "GET / HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-Proto: https\r\n"
			+ "X-Forwarded-For: 203.0.113.9\r\nConnection: close\r\n\r\n";

	@LocalServerPort
	int port;

	@Test
	void believesTheProxyItWasToldOf() throws IOException {
		assertThat(RawHttp.sendFrom("127.0.0.2", this.port, HTTPS_BY_A_PROXY))
			.containsIgnoringCase("Strict-Transport-Security:");
	}

	@Test
	void ignoresForwardedHeadersFromAnyOtherAddress() throws IOException {
		String answer = RawHttp.sendFrom("127.0.0.1", this.port, HTTPS_BY_A_PROXY);
		assertThat(answer).startsWith("HTTP/1.1 200").doesNotContainIgnoringCase("Strict-Transport-Security:");
	}

	/**
	 * Tomcat's own default trusts every private range, where any machine on a campus
	 * network could claim to be anyone; the app's default trusts loopback only.
	 */
	@Test
	void trustsOnlyLoopbackByDefault() throws IOException {
		Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		Pattern proxies = Pattern.compile(defaults.getProperty("server.tomcat.remoteip.internal-proxies"));
		for (String loopback : new String[] { "127.0.0.1", "127.1.2.3", "0:0:0:0:0:0:0:1" }) {
			assertThat(proxies.matcher(loopback).matches()).as(loopback).isTrue();
		}
		for (String other : new String[] { "10.0.0.1", "192.168.1.20", "172.16.5.4", "100.64.0.1", "169.254.1.1",
				"fc00:0:0:0:0:0:0:1", "fe80:0:0:0:0:0:0:1", "8.8.8.8", "127.0.0.1.evil" }) {
			assertThat(proxies.matcher(other).matches()).as(other).isFalse();
		}
	}

}
