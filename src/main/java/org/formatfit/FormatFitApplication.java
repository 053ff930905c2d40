package org.formatfit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FormatFitApplication {

	public static void main(String[] args) {
		SpringApplication.run(FormatFitApplication.class, args);
	}

}
