package org.formatfit.site;

import java.util.Locale;

import org.formatfit.recommendation.words.Explainer;
import org.formatfit.recommendation.words.ModelExplainer;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.QrCode;
import org.formatfit.http.PublicAddresses;
import org.formatfit.http.PublicUrls;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.Question;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.questionnaire.QuestionnaireTime;

import org.springframework.http.ResponseEntity;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The pages around the questionnaire: home, the advisors' guide, how FormatFit decides,
 * privacy and the accessibility statement.
 */
@Controller
class HomeController {

	static final String HOME = "/";

	static final String ADVISORS = "/advisors";

	static final String QUESTIONNAIRE_QR = ADVISORS + "/questionnaire-qr.png";

	static final String METHOD = "/method";

	static final String PRIVACY = "/privacy";

	static final String ACCESSIBILITY = "/accessibility";

	private final Explainer explainer;

	private final ModelExplainer modelExplainer;

	private final PublicUrls publicUrls;

	private final Invitations invitations;

	HomeController(Explainer explainer, ModelExplainer modelExplainer, PublicUrls publicUrls, Invitations invitations) {
		this.explainer = explainer;
		this.modelExplainer = modelExplainer;
		this.publicUrls = publicUrls;
		this.invitations = invitations;
	}

	@GetMapping(HOME)
	String home(Model model) {
		model.addAttribute("formats", Format.values());
		model.addAttribute("questionCount", Question.values().length);
		model.addAttribute("questionnaireMinutes", QuestionnaireTime.MINUTES);
		return "home";
	}

	@GetMapping(ADVISORS)
	String advisors(Model model, Locale locale) {
		String questionnaireUrl = this.publicUrls.absolute(QuestionnairePath.PATH);
		model.addAttribute("questionnaireUrl", questionnaireUrl);
		model.addAttribute("questionnaireMinutes", QuestionnaireTime.MINUTES);
		model.addAttribute("qr", QrCode.of(questionnaireUrl));
		model.addAttribute("tradeOffs", this.explainer.tradeOffs(locale));
		model.addAttribute("formats", Format.values());
		return "advisors";
	}

	/** The questionnaire's QR code, for a flyer or a slide. */
	@GetMapping(QUESTIONNAIRE_QR)
	ResponseEntity<byte[]> questionnaireQrCode() {
		return QrCode.of(this.publicUrls.absolute(QuestionnairePath.PATH)).pngResponse();
	}

	/**
	 * How FormatFit decides: the current scoring model, read from its data, and every
	 * released version.
	 */
	@GetMapping(METHOD)
	String method(Model model, Locale locale) {
		model.addAttribute("method", this.modelExplainer.describe(ScoringModels.current().data(), locale));
		model.addAttribute("versions", this.modelExplainer.versions(ScoringModels.released(), locale));
		return "method";
	}

	/**
	 * The privacy page names how long advisor groups are kept, as configured (groups'
	 * settings, read through the questionnaire's {@link Invitations}).
	 */
	@GetMapping(PRIVACY)
	String privacy(Model model) {
		model.addAttribute("retentionMonths", this.invitations.retention().toTotalMonths());
		return "privacy";
	}

	/**
	 * The accessibility statement: the standard, how it is tested, its known limits and
	 * where to report a problem. Words only, the same for every school.
	 */
	@GetMapping(ACCESSIBILITY)
	String accessibility() {
		return "accessibility";
	}

	/**
	 * These pages hold nothing of a reader's: anyone may keep them and find them. Every
	 * other address is private by default.
	 */
	@Bean
	static PublicAddresses sitePages() {
		return PublicAddresses.of(HOME, ADVISORS, QUESTIONNAIRE_QR, METHOD, PRIVACY, ACCESSIBILITY);
	}

}
