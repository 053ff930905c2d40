package org.formatfit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class FormatFitApplication {

	public static void main(String[] args) {
		SpringApplication.run(FormatFitApplication.class, args);
	}

}
