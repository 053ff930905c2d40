package org.formatfit.groups.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups;
import org.formatfit.groups.Groups.Sharing;
import org.formatfit.http.PastedLinks;
import org.formatfit.http.PublicUrls;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.Invitations.Invitation;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.QrCode;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The student's side of a group: the join link, sharing a result with the group, and
 * taking it back. A result is shared only when the student presses the button on it.
 */
@Controller
class JoinController {

	/** The share form's field for the name or initials the student chose. */
	static final String NAME = "name";

	/** The share form's withdraw secret, drawn when the result page was made. */
	static final String WITHDRAW = "withdraw";

	private final Groups groups;

	private final Invitations invitations;

	private final GroupRateLimits limits;

	private final PublicUrls publicUrls;

	private final MessageSource messages;

	JoinController(Groups groups, Invitations invitations, GroupRateLimits limits, PublicUrls publicUrls,
			MessageSource messages) {
		this.groups = groups;
		this.invitations = invitations;
		this.limits = limits;
		this.publicUrls = publicUrls;
		this.messages = messages;
	}

	/**
	 * The join link opens the questionnaire with the group's code, whatever the case of
	 * its letters or the punctuation pasted after it. When groups are unavailable the
	 * student still answers; the questionnaire says that sharing must wait.
	 */
	@GetMapping(GroupPaths.JOIN)
	View join(@PathVariable String code, HttpServletRequest request) {
		return toTheQuestionnaire(
				lookUp(request, () -> this.invitations.find(PastedLinks.withoutTrailingPunctuation(code))));
	}

	/**
	 * The code typed by hand, from the home page or this page's own form: capitals,
	 * spaces and dashes as written on a whiteboard. A code that opens no group is said
	 * next to the field, which keeps what was typed.
	 */
	@GetMapping(GroupPaths.JOIN_BY_CODE)
	ModelAndView joinByCode(@RequestParam(name = GroupPaths.CODE, required = false) String code,
			HttpServletRequest request) {
		ModelAndView page = new ModelAndView("groups/join");
		page.addObject("code", (code != null) ? code : "");
		if (code == null || code.isBlank()) {
			page.addObject("problem", (code != null) ? "groups.join.code.missing" : null);
			return page;
		}
		if (!this.limits.mayLookUpCode(request)) {
			throw new TooManyRequests();
		}
		Invitation invitation = this.invitations.find(code.strip()).orElse(null);
		if (invitation != null) {
			return new ModelAndView(toTheQuestionnaire(invitation));
		}
		this.limits.missedCode(request);
		page.addObject("problem", "groups.join.code.unknown");
		page.setStatus(HttpStatus.NOT_FOUND);
		return page;
	}

	private static View toTheQuestionnaire(Invitation invitation) {
		return GroupController.seeOther(UriComponentsBuilder.fromPath(QuestionnairePath.PATH)
			.queryParam(Invitations.PARAMETER, invitation.code())
			.build()
			.toString());
	}

	/**
	 * The join link's QR code, to put on a slide or a flyer. A code that opens no group
	 * counts as a miss, as on the join link itself.
	 */
	@GetMapping(GroupPaths.JOIN_QR)
	ResponseEntity<byte[]> joinQr(@PathVariable String code, HttpServletRequest request) {
		AdvisorGroup group = lookUp(request, () -> this.groups.join(code));
		return QrCode.of(this.publicUrls.absolute(GroupPaths.JOIN, group.joinCode())).pngResponse();
	}

	/**
	 * What a join code in the address opens, within the limit on lookups from one
	 * address; a code that opens nothing counts as a miss.
	 */
	private <T> T lookUp(HttpServletRequest request, Supplier<Optional<T>> lookup) {
		if (!this.limits.mayLookUpCode(request)) {
			throw new TooManyRequests();
		}
		return lookup.get().orElseThrow(() -> {
			this.limits.missedCode(request);
			return new GroupAddressUnknown();
		});
	}

	/**
	 * Shares the result with the group, under the name the student typed, if any. A form
	 * sent again with the same withdraw secret is the same share.
	 */
	@PostMapping(ShareTokens.SHARE_PATH)
	ModelAndView share(@PathVariable ShareToken token, @RequestParam(name = Invitations.PARAMETER) String code,
			@RequestParam(name = NAME, defaultValue = "") String name,
			@RequestParam(name = WITHDRAW, required = false) String withdraw, HttpServletRequest request,
			Locale locale) {
		// Counted before the group is looked up, so that guessing join codes is limited
		// too.
		if (!this.limits.mayShare(request)) {
			throw new TooManyRequests();
		}
		AdvisorGroup group = this.groups.join(code).orElseThrow(GroupAddressUnknown::new);
		String resultPath = resultPath(token.text(), code);
		String studentName = TypedText.clean(name);
		if (TypedText.length(studentName) > Invitations.NAME_MAX) {
			// Only a form sent around the browser's own limit gets here.
			ModelAndView page = new ModelAndView("groups/share", HttpStatus.UNPROCESSABLE_CONTENT);
			page.addObject("invitation", new Invitation(group.joinCode(), group.label(), group.closed(),
					(withdraw != null) ? withdraw : this.groups.newWithdrawSecret()));
			page.addObject("sharePath", GroupPaths.path(ShareTokens.SHARE_PATH, token.text()));
			page.addObject("name", name);
			page.addObject("nameProblem", this.messages.getMessage("result.group.name.long",
					new Object[] { Invitations.NAME_MAX, TypedText.length(studentName) }, locale));
			page.addObject("resultPath", resultPath);
			return page;
		}
		Sharing sharing = this.groups.share(group, token, studentName.isEmpty() ? null : studentName, withdraw,
				this.groups.today());
		return switch (sharing.outcome()) {
			case SHARED -> new ModelAndView(
					GroupController.seeOther(GroupPaths.path(GroupPaths.WITHDRAW, sharing.withdrawSecret())));
			case GROUP_CLOSED -> GroupNotice.GROUP_CLOSED.page(resultPath);
			case GROUP_FULL -> GroupNotice.GROUP_FULL.page(resultPath);
			case NO_GROUP -> throw new GroupAddressUnknown();
		};
	}

	/**
	 * The result a share came from, with the code it carried, to go back to. Whatever the
	 * code holds, it is a value, never part of the address's template.
	 */
	static String resultPath(String token, String code) {
		return UriComponentsBuilder.fromPath(ShareTokens.LINK_PATH)
			.queryParam(Invitations.PARAMETER, "{code}")
			.build(token, code)
			.toString();
	}

	/**
	 * The page of a shared result: it says with whom, and its own address is the one link
	 * that takes the result back.
	 */
	@GetMapping(GroupPaths.WITHDRAW)
	ModelAndView shared(@PathVariable String secret) {
		return this.groups.sharedWith(secret)
			.map((shared) -> new ModelAndView("groups/shared", "page",
					new SharedPage(shared.group(), shared.result().studentName(),
							this.publicUrls.absolute(GroupPaths.WITHDRAW, secret),
							GroupPaths.path(GroupPaths.WITHDRAW, secret),
							GroupPaths.path(ShareTokens.LINK_PATH, shared.result().token()))))
			.orElseGet(() -> GroupController.pastedLink(GroupPaths.WITHDRAW, secret));
	}

	@PostMapping(GroupPaths.WITHDRAW)
	View withdraw(@PathVariable String secret) {
		if (!this.groups.withdraw(secret)) {
			throw new GroupAddressUnknown();
		}
		return GroupController.seeOther(GroupPaths.WITHDRAWN);
	}

	@GetMapping(GroupPaths.WITHDRAWN)
	ModelAndView withdrawn() {
		return GroupNotice.WITHDRAWN.page(null);
	}

}
