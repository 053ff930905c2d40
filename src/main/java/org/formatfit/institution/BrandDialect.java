package org.formatfit.institution;

import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.springframework.stereotype.Component;

/**
 * The school's look as {@code #brand} in every template: in the pages Spring renders and
 * in those the app renders for Tomcat's own refusals, outside any request, where a bean
 * reference ({@code @brand}) would find no Spring context. Spring Boot adds every dialect
 * bean to the template engine.
 */
@Component
class BrandDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "brand";

	private final Brand brand;

	BrandDialect(Brand brand) {
		super(NAME);
		this.brand = brand;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? BrandDialect.this.brand : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}
