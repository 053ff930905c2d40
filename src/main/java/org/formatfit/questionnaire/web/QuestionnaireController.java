package org.formatfit.questionnaire.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Validator;
import org.formatfit.questionnaire.AnswerProblem;
import org.formatfit.questionnaire.AnswerViolations;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.Invitations.Invitation;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.questionnaire.QuestionnaireText;
import org.formatfit.questionnaire.ResultLinks;
import org.formatfit.http.FramedAddresses;
import org.formatfit.http.Framing;
import org.formatfit.language.LanguageSwitch;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The questionnaire: one page, one field per question named by its id. A GET may carry
 * answers to pre-fill (as fields, or as {@code from}, a result's token); a POST either
 * shows the page again with every answer kept and each problem pointed out, or moves on
 * to the result's own address.
 */
@Controller
@RequestMapping(QuestionnairePath.PATH)
class QuestionnaireController {

	/**
	 * The model attribute that names a form for the layout's language switch: there, the
	 * other language is a button that sends the form's answers as they stand (a GET,
	 * which pre-fills them), so that switching language midway loses none, with or
	 * without JavaScript.
	 */
	static final String LANGUAGE_FORM = "languageForm";

	/**
	 * The model attribute with the fragment the language switch's button sends the
	 * student back to: the section they are on.
	 */
	static final String LANGUAGE_FORM_FRAGMENT = "languageFormFragment";

	/** The questionnaire form's id on the page. */
	static final String FORM_ID = "questionnaire-form";

	private final QuestionnaireText words;

	private final ResultLinks links;

	private final Validator validator;

	private final MessageSource messages;

	private final Invitations invitations;

	QuestionnaireController(QuestionnaireText words, ResultLinks links, Validator validator, MessageSource messages,
			Invitations invitations) {
		this.words = words;
		this.links = links;
		this.validator = validator;
		this.messages = messages;
		this.invitations = invitations;
	}

	@GetMapping
	String show(@RequestParam MultiValueMap<String, String> fields, Model model, Locale locale) {
		Map<String, String> answers = QuestionnaireForm.from(fields).answers();
		String from = fields.getFirst("from");
		if (from != null) {
			answers = answersFromToken(from, answers);
		}
		QuestionnairePage page = QuestionnairePage.of(this.words.questionnaire(locale), answers, Map.of());
		model.addAttribute("page", page);
		model.addAttribute(LANGUAGE_FORM, FORM_ID);
		model.addAttribute(LANGUAGE_FORM_FRAGMENT, page.resumeFragment());
		addInvitation(fields, model);
		return "questionnaire";
	}

	/**
	 * The page again with its problems, or, with every answer valid, on to the result
	 * (post/redirect/get: Spring's redirect in its HTTP/1.1 form answers 303 See Other,
	 * to a path within the app, so that a reload never posts the form twice).
	 */
	@PostMapping
	ModelAndView submit(@RequestParam MultiValueMap<String, String> fields, Model model, Locale locale,
			HttpServletRequest request) {
		QuestionnaireForm form = QuestionnaireForm.from(fields);
		Invitation invitation = addInvitation(fields, model);
		var violations = this.validator.validate(form);
		if (!violations.isEmpty()) {
			Map<String, String> problems = new LinkedHashMap<>();
			for (AnswerProblem problem : AnswerViolations.problems(violations)) {
				// The form's fields are questions only (QuestionnaireForm), so at most
				// one problem per question: the page's cost stays that of the
				// questionnaire.
				problems.put(problem.questionId(), this.messages.getMessage(problem.kind().messageKey(),
						new Object[] { problem.count() }, locale));
			}
			model.addAttribute(LANGUAGE_FORM, FORM_ID);
			model.addAttribute("page",
					QuestionnairePage.of(this.words.questionnaire(locale), form.answers(), problems));
			LanguageSwitch.carryQuery(request,
					Stream.of(form.optionsChosenAsQuery(), invitationQuery(invitation))
						.filter((part) -> !part.isEmpty())
						.collect(Collectors.joining("&")));
			return new ModelAndView("questionnaire", model.asMap());
		}
		String resultPath = this.links.resultPath(Answers.of(form.answers()));
		// Inside a school's frame the result stays framed, in the language of the page.
		String result = Framing.of(request)
			.link((invitation != null) ? resultPath + "?" + invitationQuery(invitation) : resultPath);
		return new ModelAndView(new RedirectView(result, true, false));
	}

	/**
	 * A school's own pages may show the questionnaire in a frame, when the operator
	 * allows the school's site ({@code formatfit.embed.allowed-origins}).
	 */
	@Bean
	static FramedAddresses framedQuestionnaire() {
		return FramedAddresses.of(QuestionnairePath.PATH);
	}

	/**
	 * The group the student was invited by through its join link, if any, for the page to
	 * name and to carry along to the result.
	 */
	private Invitation addInvitation(MultiValueMap<String, String> fields, Model model) {
		String code = fields.getFirst(Invitations.PARAMETER);
		Invitation invitation = (code != null) ? this.invitations.find(code).orElse(null) : null;
		if (invitation != null) {
			model.addAttribute("invitation", invitation);
		}
		return invitation;
	}

	/**
	 * The invitation as a query parameter ({@code group=…}; a join code needs no
	 * encoding), or nothing.
	 */
	private static String invitationQuery(Invitation invitation) {
		return (invitation != null) ? Invitations.PARAMETER + "=" + invitation.code() : "";
	}

	/**
	 * A pre-fill link that went stale still opens the form; the answers just start empty.
	 */
	private Map<String, String> answersFromToken(String token, Map<String, String> otherwise) {
		return this.links.answersIn(token).map(Answers::asMap).orElse(otherwise);
	}

}
