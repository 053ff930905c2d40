package org.formatfit.api;

import org.junit.jupiter.api.Test;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocumentTest {

	@Test
	void leavesSpringdocsBeansToTheFirstRequestForTheDocumentAndOnlyThose() {
		DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
		RootBeanDefinition springdoc = new RootBeanDefinition(OpenApiWebMvcResource.class);
		springdoc.setLazyInit(false);
		beans.registerBeanDefinition("openApiResource", springdoc);
		beans.registerBeanDefinition("controller", new RootBeanDefinition(RecommendationsController.class));

		ApiDocument.springdocOnFirstUse().postProcessBeanFactory(beans);

		assertThat(beans.getBeanDefinition("openApiResource").isLazyInit()).isTrue();
		assertThat(beans.getBeanDefinition("controller").isLazyInit()).isFalse();
	}

}
