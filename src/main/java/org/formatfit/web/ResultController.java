package org.formatfit.web;

import java.util.Locale;

import org.formatfit.explaining.Explainer;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.SharedRecommendation;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The results page at the share link: everything is in the token, nothing is looked up.
 */
@Controller
class ResultController {

	private final Explainer explainer;

	ResultController(Explainer explainer) {
		this.explainer = explainer;
	}

	@GetMapping("/r/{token}")
	String result(@PathVariable String token, Model model, Locale locale) {
		SharedRecommendation shared = ShareTokens.open(token);
		model.addAttribute("token", shared.token());
		model.addAttribute("shareUrl",
				ServletUriComponentsBuilder.fromCurrentContextPath().path("/r/{token}").build(shared.token()));
		model.addAttribute("result", this.explainer.explain(shared.recommendation(), locale));
		return "result";
	}

	/** A mistyped or cut-off link is a page that does not exist, not a failure. */
	@ExceptionHandler(ShareTokenCorrupt.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound(Model model) {
		model.addAttribute("status", HttpStatus.NOT_FOUND.value());
		return "error";
	}

}
