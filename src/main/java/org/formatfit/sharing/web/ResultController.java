package org.formatfit.sharing.web;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import jakarta.servlet.http.HttpServletRequest;

import org.formatfit.catalog.FittingPrograms;
import org.formatfit.catalog.ProgramsThatFit;
import org.formatfit.institution.Brand;
import org.formatfit.institution.InstitutionLinks;
import org.formatfit.institution.SchoolLink;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.Invitations.Invitation;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.recommendation.words.Explainer;
import org.formatfit.sharing.QrCode;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokenCorrupt;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.SharedRecommendation;
import org.formatfit.errors.ErrorPages;
import org.formatfit.http.FramedAddresses;
import org.formatfit.http.Framing;
import org.formatfit.http.MailLinks;
import org.formatfit.http.PastedLinks;
import org.formatfit.http.PublicUrls;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UrlPathHelper;

/**
 * The result at its share link, the advisor's view of it, and its QR code. Everything is
 * in the token: nothing is looked up, nothing is stored.
 */
@Controller
public class ResultController {

	static final String RESULT = ShareTokens.LINK_PATH;

	static final String ADVISOR = ShareTokens.ADVISOR_PATH;

	static final String QR_PNG = RESULT + "/qr.png";

	/** Where a result is shared with a group ({@code groups} answers it). */
	static final String SHARE = ShareTokens.SHARE_PATH;

	private final Explainer explainer;

	private final MessageSource messages;

	private final PublicUrls publicUrls;

	private final Invitations invitations;

	/** The school's pages for a next step, the same on every page. */
	private final List<SchoolLink> schoolLinks;

	/** The school's programs that fit a student, when it gave a catalog. */
	private final FittingPrograms programs;

	/** The school's list of all its programs, or {@code null}. */
	private final String allProgramsUrl;

	private final Brand brand;

	ResultController(Explainer explainer, MessageSource messages, PublicUrls publicUrls, Invitations invitations,
			InstitutionLinks institution, FittingPrograms programs, Brand brand) {
		this.explainer = explainer;
		this.messages = messages;
		this.publicUrls = publicUrls;
		this.invitations = invitations;
		this.schoolLinks = institution.inOrder();
		this.allProgramsUrl = Objects.toString(institution.programsUrl(), null);
		this.programs = programs;
		this.brand = brand;
	}

	/**
	 * A result may be shown in a school's frame, as the questionnaire that led to it; its
	 * advisor view and its QR code never.
	 */
	@Bean
	static FramedAddresses framedResults() {
		return FramedAddresses.of(RESULT);
	}

	/**
	 * The result. Reached through a group's join link, it carries the group's code, and
	 * the page asks whether to share the result with the group ({@code groups} takes the
	 * answer).
	 */
	@GetMapping(RESULT)
	String result(@PathVariable ShareToken token,
			@RequestParam(name = Invitations.PARAMETER, required = false) String group, Model model, Locale locale,
			HttpServletRequest request) {
		SharedRecommendation shared = ShareTokens.open(token);
		Invitation invitation = (group != null) ? this.invitations.find(group).orElse(null) : null;
		UriComponentsBuilder change = UriComponentsBuilder.fromPath(QuestionnairePath.PATH)
			.queryParam("from", token.text());
		if (invitation != null) {
			// Changing an answer keeps the invitation, so the new result can be shared
			// too.
			change.queryParam(Invitations.PARAMETER, invitation.code());
		}
		String shareUrl = shareUrl(shared);
		// The pages link to each other by these paths, so the templates spell none.
		model.addAttribute("page", new ResultPage(this.explainer.explain(shared.recommendation(), locale),
				modelNote(shared, locale), invitation, shareUrl, mailto(shareUrl, locale), QrCode.of(shareUrl),
				Framing.of(request).link(change.build().toString()), path(ADVISOR, shared), path(QR_PNG, shared),
				path(SHARE, shared), this.schoolLinks, programs(shared), this.allProgramsUrl, this.brand.name()));
		return "result";
	}

	/**
	 * The school's programs that fit, picked as the page is shown from the lists worked
	 * out at startup: the result's link and its golden files do not change with the
	 * catalog.
	 */
	private ProgramsThatFit programs(SharedRecommendation shared) {
		return this.programs.forStudent(shared.recommendation());
	}

	@GetMapping(ADVISOR)
	String advisor(@PathVariable ShareToken token, Model model, Locale locale) {
		SharedRecommendation shared = ShareTokens.open(token);
		String shareUrl = shareUrl(shared);
		model.addAttribute("page",
				new AdvisorPage(this.explainer.explain(shared.recommendation(), locale),
						this.explainer.advise(shared.recommendation(), locale), modelNote(shared, locale), shareUrl,
						// On paper, the way back to the student's result.
						QrCode.of(shareUrl), path(RESULT, shared), this.schoolLinks, programs(shared),
						this.allProgramsUrl, this.brand.name()));
		return "advisor";
	}

	/**
	 * No {@code produces}: a browser asking for HTML with a broken link still gets the
	 * page.
	 */
	@GetMapping(QR_PNG)
	ResponseEntity<byte[]> qrCode(@PathVariable ShareToken token) {
		SharedRecommendation shared = ShareTokens.open(token);
		return QrCode.of(shareUrl(shared)).pngResponse();
	}

	/**
	 * A mistyped or cut-off link is a page that does not exist, not a failure. Found also
	 * as the cause of the failed conversion of a path variable. But a link pasted with
	 * the punctuation after it ("…/r/AQEOVSjXvCkD." or "(…/r/AQEOVSjXvCkD)"), as mail
	 * clients and chat apps take it, is sent on to the clean link.
	 */
	@ExceptionHandler(ShareTokenCorrupt.class)
	ModelAndView notFound(HttpServletRequest request) {
		String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
		if (path.startsWith(ShareTokens.LINK_PREFIX)) {
			String pasted = path.substring(ShareTokens.LINK_PREFIX.length());
			String trimmed = PastedLinks.withoutTrailingPunctuation(pasted);
			if (!trimmed.equals(pasted)) {
				try {
					ShareToken token = ShareToken.parse(trimmed);
					String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
					RedirectView clean = new RedirectView(ShareTokens.LINK_PREFIX + token.text() + query, true);
					clean.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
					// The query is the reader's, as sent: no template to fill in.
					clean.setExpandUriTemplateVariables(false);
					return new ModelAndView(clean);
				}
				catch (ShareTokenCorrupt notEvenThen) {
					// A broken link with punctuation after it: still not found.
				}
			}
		}
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	/**
	 * The format the current model would suggest, named, when the link is of an older
	 * model version that differs; otherwise {@code null}.
	 */
	private String modelNote(SharedRecommendation shared, Locale locale) {
		return shared.outdated() ? this.messages.getMessage(shared.currentModelSuggests().nameKey(), null, locale)
				: null;
	}

	private static String path(String template, SharedRecommendation shared) {
		return UriComponentsBuilder.fromPath(template).build(shared.token().text()).toString();
	}

	private String shareUrl(SharedRecommendation shared) {
		return this.publicUrls.absolute(ShareTokens.LINK_PATH, shared.token().text());
	}

	/** An e-mail with the link, addressed to no one: the student picks their advisor. */
	private String mailto(String shareUrl, Locale locale) {
		String subject = this.messages.getMessage("result.share.email.subject", null, locale);
		String body = this.messages.getMessage("result.share.email.body", new Object[] { shareUrl }, locale);
		return MailLinks.toAnyone(subject, body);
	}

}
