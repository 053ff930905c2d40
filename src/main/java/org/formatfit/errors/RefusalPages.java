package org.formatfit.errors;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The answers to requests Tomcat refuses itself, which never reach the app: the app's own
 * error page ({@link ErrorPages#VIEW}), rendered by the same template engine with the
 * same variables as every page (the content-hashed asset links among them), and for the
 * API the same problem details. Each page is rendered once per kind and language, the
 * first time it is needed, and kept: a refusal then costs no more than copying it out.
 * They carry no language switch and no request id, since the request was never read.
 */
class RefusalPages {

	private final ThymeleafViewResolver views;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Map<Page, String> rendered = new ConcurrentHashMap<>();

	RefusalPages(ThymeleafViewResolver views, MessageSource messages, JsonMapper json) {
		this.views = views;
		this.messages = messages;
		this.json = json;
	}

	/** The error page for a status, in a language. */
	String html(HttpStatus status, Locale language) {
		return this.rendered.computeIfAbsent(new Page(ErrorKind.of(status), language, false), (page) -> {
			Map<String, Object> variables = new HashMap<>(this.views.getStaticVariables());
			variables.putAll(ErrorPages.model(status));
			return this.views.getTemplateEngine().process(ErrorPages.VIEW, new Context(language, variables));
		});
	}

	/** Problem details for a status, in a language, as JSON. */
	String problem(HttpStatus status, Locale language) {
		return this.rendered.computeIfAbsent(new Page(ErrorKind.of(status), language, true), (page) -> {
			ProblemDetail problem = ErrorPages.problem(status, this.messages, language);
			// No type: "about:blank", as RFC 9457 reads a problem without one.
			Map<String, Object> members = new LinkedHashMap<>();
			members.put("title", problem.getTitle());
			members.put("status", problem.getStatus());
			members.put("detail", problem.getDetail());
			return this.json.writeValueAsString(members);
		});
	}

	/** One rendered answer; pages of one kind differ only in their status line. */
	private record Page(ErrorKind kind, Locale language, boolean api) {

	}

	/**
	 * Links in pages rendered outside a request ({@code @{/…}}) start with the app's
	 * context path and name static files by their content-hashed address, as they do in a
	 * request, where Spring's {@code ResourceUrlEncodingFilter} does it; Thymeleaf's own
	 * link builder refuses them.
	 */
	static BeanPostProcessor linksOutsideRequests(ObjectProvider<ServletContext> servletContext,
			ObjectProvider<ResourceUrlProvider> staticFiles) {
		StandardLinkBuilder links = new StandardLinkBuilder() {

			@Override
			protected String computeContextPath(IExpressionContext context, String base,
					Map<String, Object> parameters) {
				return (context instanceof IWebContext) ? super.computeContextPath(context, base, parameters)
						: servletContext.getObject().getContextPath();
			}

			@Override
			protected String processLink(IExpressionContext context, String link) {
				if (context instanceof IWebContext) {
					return super.processLink(context, link);
				}
				String contextPath = servletContext.getObject().getContextPath();
				String hashed = staticFiles.getObject().getForLookupPath(link.substring(contextPath.length()));
				return (hashed != null) ? contextPath + hashed : link;
			}

		};
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof SpringTemplateEngine engine) {
					engine.setLinkBuilder(links);
				}
				return bean;
			}

		};
	}

}
