package bench.minimal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** One page, one template: what any Spring Boot webmvc + Thymeleaf app pays to start. */
@SpringBootApplication
@Controller
public class MinimalApplication {

	public static void main(String[] args) {
		SpringApplication.run(MinimalApplication.class, args);
	}

	@GetMapping("/")
	String index() {
		return "index";
	}

}
