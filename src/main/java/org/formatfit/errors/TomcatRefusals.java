package org.formatfit.errors;

import org.formatfit.http.ApiPaths;
import org.formatfit.http.PrivacyHeaders;
import org.formatfit.http.SecurityHeaders;
import org.formatfit.language.LanguageConfiguration;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import jakarta.servlet.ServletContext;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.Adapter;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.http11.HeadersTooLargeException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.net.SocketEvent;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Everything Tomcat answers itself, before the app sees the request: a malformed request
 * line or header, a path with an encoded slash or a NUL byte, {@code OPTIONS *}. Its own
 * report page has inline styles and names the server; these answers are the app's own
 * error page or problem details ({@link RefusalPages}), with the app's security headers,
 * never cached nor indexed.
 */
@Configuration(proxyBeanMethods = false)
class TomcatRefusals {

	/**
	 * Tomcat's host adds an error report valve of the class it is told, unless one is in
	 * its pipeline already: this one, which can reach the app's pages. It is added as the
	 * host starts, after Spring Boot's own (which would write Tomcat's page without its
	 * details), so that it is the innermost and answers first.
	 */
	@Bean
	TomcatContextCustomizer refusalsWithTheAppsErrorPage(ObjectProvider<RefusalPages> pages) {
		return (context) -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(Valve.class.getName());
				host.addLifecycleListener((event) -> {
					if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
						host.getPipeline().addValve(new Valve(pages));
					}
				});
			}
		};
	}

	@Bean
	RefusalPages refusalPages(ThymeleafViewResolver views, MessageSource messages, JsonMapper json) {
		return new RefusalPages(views, messages, json);
	}

	@Bean
	static BeanPostProcessor linksOutsideRequests(ObjectProvider<ServletContext> servletContext) {
		return RefusalPages.linksOutsideRequests(servletContext);
	}

	/**
	 * A few requests Tomcat answers before any valve or filter: {@code OPTIONS *} (and
	 * any other method with {@code *}). Tomcat's connector hands every request to its
	 * adapter; ours sets the fixed security headers first, so these answers carry them
	 * too. HTTP/0.9 has no headers at all, so it cannot carry them: such a request is
	 * answered with nothing.
	 */
	@Bean
	TomcatConnectorCustomizer securityHeadersOnEveryAnswer() {
		return (connector) -> connector.addLifecycleListener((event) -> {
			ProtocolHandler handler = connector.getProtocolHandler();
			if ((Lifecycle.AFTER_INIT_EVENT.equals(event.getType())
					|| Lifecycle.BEFORE_START_EVENT.equals(event.getType())) && handler.getAdapter() != null
					&& !(handler.getAdapter() instanceof HeadersFirst)) {
				handler.setAdapter(new HeadersFirst(handler.getAdapter()));
			}
		});
	}

	/**
	 * Tomcat's adapter, with the fixed security headers set before it runs, and a 500
	 * with them when the answer's own headers are too large to send.
	 */
	record HeadersFirst(Adapter adapter) implements Adapter {

		private static final Log logger = LogFactory.getLog(TomcatRefusals.class);

		@Override
		public void service(org.apache.coyote.Request request, org.apache.coyote.Response response) throws Exception {
			if (request.protocol().equals("")) {
				// HTTP/0.9 (Tomcat's own test, Http11Processor.prepareRequestProtocol):
				// no status line, no headers; send no content. A request line whose
				// version Tomcat could not read leaves the protocol unset (null), not
				// empty: that one is answered in HTTP/1.1, headers and all.
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return;
			}
			// Whether the request came over HTTPS is not known yet: a proxy's headers
			// have not been read. The valve adds Strict-Transport-Security when it is.
			SecurityHeaders.set(response::setHeader, false);
			try {
				this.adapter.service(request, response);
			}
			catch (HeadersTooLargeException ex) {
				if (response.isCommitted()) {
					throw ex;
				}
				// The answer's headers did not fit (server.max-http-response-header-size)
				// when Tomcat committed it, after the app's filters. Tomcat would answer
				// a
				// bare 500 and log the stack trace; this is the same 500, with the
				// headers, and one line.
				logger.error("Request failed: %s %s: response headers too large to send".formatted(request.getMethod(),
						ex.getClass().getName()));
				response.reset();
				response.setStatus(HttpStatus.INTERNAL_SERVER_ERROR.value());
				SecurityHeaders.set(response::setHeader, false);
				PrivacyHeaders.set(response::setHeader);
				response.setHeader(HttpHeaders.CONNECTION, "close");
			}
		}

		@Override
		public boolean prepare(org.apache.coyote.Request request, org.apache.coyote.Response response)
				throws Exception {
			return this.adapter.prepare(request, response);
		}

		@Override
		public boolean asyncDispatch(org.apache.coyote.Request request, org.apache.coyote.Response response,
				SocketEvent status) throws Exception {
			return this.adapter.asyncDispatch(request, response, status);
		}

		@Override
		public void log(org.apache.coyote.Request request, org.apache.coyote.Response response, long time) {
			this.adapter.log(request, response, time);
		}

		@Override
		public void checkRecycled(org.apache.coyote.Request request, org.apache.coyote.Response response) {
			this.adapter.checkRecycled(request, response);
		}

		@Override
		public String getDomain() {
			return this.adapter.getDomain();
		}

	}

	/** Writes the app's error page, or problem details at the API's addresses. */
	static class Valve extends ErrorReportValve {

		private final ObjectProvider<RefusalPages> pages;

		Valve(ObjectProvider<RefusalPages> pages) {
			this.pages = pages;
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			HttpStatus resolved = HttpStatus.resolve(status);
			HttpStatus shown = (resolved != null) ? resolved : HttpStatus.BAD_REQUEST;
			Locale language = language(request);
			boolean api = ApiPaths.isApi(request.getRequestURI());
			try {
				SecurityHeaders.set(response::setHeader, request.isSecure());
				// A refused address may hold a share token: like results, never cached,
				// never indexed.
				PrivacyHeaders.set(response::setHeader);
				RefusalPages pages = this.pages.getObject();
				String answer = api ? pages.problem(shown, language) : pages.html(shown, language);
				response.setContentType(api ? ProblemJson.MEDIA_TYPE.toString() : "text/html;charset=UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(answer);
					response.finishResponse();
				}
			}
			catch (IOException | RuntimeException ex) {
				// The client is gone, the response already started, or the app is not
				// up yet: the status and headers are all there is to send.
			}
		}

		/**
		 * The first of the browser's languages we have words for. The request is one
		 * Tomcat refused, so only its Accept-Language is read, not the cookie.
		 */
		private static Locale language(Request request) {
			return LanguageConfiguration.fromAcceptLanguage(request);
		}

	}

}
