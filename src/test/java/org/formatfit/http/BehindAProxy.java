package org.formatfit.http;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The app set up as a school runs it behind its proxy: links name the public address
 * ({@value #PUBLIC_URL}), forwarded headers are believed from the proxy's address alone
 * (here 127.0.0.2, so that a test can send from another loopback address), and a
 * connection that sends nothing is dropped after a second (ten in production), so that a
 * test of slow clients need not wait. The classes that test this edge share one context,
 * and so do {@code SchoolLinksTests} and {@code ProgramsPageTests}: the school's own
 * pages for a next step ({@code formatfit.institution.*}) and its catalog of programs are
 * set here too, as a school sets them, rather than in a context of their own: the unit
 * phase keeps within eight.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "formatfit.public-url=" + BehindAProxy.PUBLIC_URL + "/",
				"server.tomcat.remoteip.internal-proxies=" + BehindAProxy.PROXY_PATTERN,
				"server.tomcat.connection-timeout=1s",
				"formatfit.institution.advising-url=" + BehindAProxy.ADVISING_URL,
				"formatfit.institution.programs-url=" + BehindAProxy.PROGRAMS_URL,
				"formatfit.institution.orientation-url=" + BehindAProxy.ORIENTATION_URL,
				"formatfit.catalog.location=" + BehindAProxy.CATALOG })
@AutoConfigureMockMvc
@AutoConfigureRestTestClient
public @interface BehindAProxy {

	String PUBLIC_URL = "https://formatfit.example.org";

	/** Northfield College's sample catalog, in schema.org's words. */
	String CATALOG = "classpath:catalog/northfield-schema.jsonld";

	/** The proxy's address, as Tomcat's setting matches it. */
	String PROXY_PATTERN = "127\\.0\\.0\\.2";

	/** The school's page for booking a talk with an advisor, with a query of its own. */
	String ADVISING_URL = "https://school.example/advising?from=formatfit";

	/** The school's programs. */
	String PROGRAMS_URL = "https://school.example/programs";

	/** The school's orientation, with a fragment of its own. */
	String ORIENTATION_URL = "https://school.example/start#orientation";

}
