package org.formatfit.web;

import org.formatfit.scoring.Format;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: the three formats in a few words, and the way in. */
@Controller
class HomeController {

	@GetMapping("/")
	String home(Model model) {
		model.addAttribute("formats", Format.values());
		return "home";
	}

}
