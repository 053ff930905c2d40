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
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Everything Tomcat answers itself, before the app sees the request: a malformed request
 * line or header, a path with an encoded slash or a NUL byte. Its own report page has
 * inline styles and names the server; these answers are the app's own error page or
 * problem details ({@link RefusalPages}), with the app's security headers, never cached
 * nor indexed.
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
	static BeanPostProcessor linksOutsideRequests(ObjectProvider<ServletContext> servletContext,
			ObjectProvider<ResourceUrlProvider> staticFiles) {
		return RefusalPages.linksOutsideRequests(servletContext, staticFiles);
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
