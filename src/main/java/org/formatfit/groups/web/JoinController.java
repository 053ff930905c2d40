package org.formatfit.groups.web;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;

import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups;
import org.formatfit.groups.Groups.Sharing;
import org.formatfit.http.PublicUrls;
import org.formatfit.questionnaire.Invitations;
import org.formatfit.questionnaire.QuestionnairePath;
import org.formatfit.sharing.QrCode;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The student's side of a group: the join link, sharing a result with the group, and
 * taking it back. A result is shared only when the student presses the button on it.
 */
@Controller
class JoinController {

	private final Groups groups;

	private final Invitations invitations;

	private final GroupRateLimits limits;

	private final PublicUrls publicUrls;

	JoinController(Groups groups, Invitations invitations, GroupRateLimits limits, PublicUrls publicUrls) {
		this.groups = groups;
		this.invitations = invitations;
		this.limits = limits;
		this.publicUrls = publicUrls;
	}

	/**
	 * The join link opens the questionnaire with the group's code. When groups are
	 * unavailable the student still answers; the questionnaire says that sharing must
	 * wait.
	 */
	@GetMapping(GroupPaths.JOIN)
	Object join(@PathVariable String code) {
		return this.invitations.find(code)
			.<Object>map((invitation) -> GroupController.seeOther(UriComponentsBuilder.fromPath(QuestionnairePath.PATH)
				.queryParam(Invitations.PARAMETER, invitation.code())
				.build()
				.toString()))
			.orElseGet(GroupController::notFound);
	}

	/** The join link's QR code, to put on a slide or a flyer. */
	@GetMapping(GroupPaths.JOIN_QR)
	Object joinQr(@PathVariable String code) {
		return this.groups.join(code)
			.<Object>map(
					(group) -> QrCode.of(this.publicUrls.absolute(GroupPaths.JOIN, group.joinCode())).pngResponse())
			.orElseGet(GroupController::notFound);
	}

	@PostMapping(ShareTokens.SHARE_PATH)
	Object share(@PathVariable ShareToken token, @RequestParam(name = Invitations.PARAMETER) String code,
			HttpServletRequest request) {
		String resultPath = resultPath(token.text(), code);
		// Counted before the group is looked up, so that guessing join codes is limited
		// too.
		if (!this.limits.mayShare(request)) {
			return GroupNotice.TOO_MANY.page(resultPath);
		}
		AdvisorGroup group = this.groups.join(code).orElse(null);
		if (group == null) {
			return GroupController.notFound();
		}
		Sharing sharing = this.groups.share(group, token, LocalDate.now());
		return switch (sharing.outcome()) {
			case SHARED -> GroupController.seeOther(GroupPaths.path(GroupPaths.WITHDRAW, sharing.withdrawSecret()));
			case ALREADY_SHARED -> GroupNotice.ALREADY_SHARED.page(resultPath);
			case GROUP_FULL -> GroupNotice.GROUP_FULL.page(resultPath);
			case NO_GROUP -> GroupController.notFound();
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
	Object shared(@PathVariable String secret, Model model) {
		return this.groups.sharedWith(secret).<Object>map((shared) -> {
			model.addAttribute("group", shared.group());
			model.addAttribute("sharedOn", shared.result().sharedOn());
			model.addAttribute("withdrawUrl", this.publicUrls.absolute(GroupPaths.WITHDRAW, secret));
			model.addAttribute("withdrawPath", GroupPaths.path(GroupPaths.WITHDRAW, secret));
			model.addAttribute("resultPath", GroupPaths.path(ShareTokens.LINK_PATH, shared.result().token()));
			return "groups/shared";
		}).orElseGet(GroupController::notFound);
	}

	@PostMapping(GroupPaths.WITHDRAW)
	Object withdraw(@PathVariable String secret) {
		return this.groups.withdraw(secret) ? GroupController.seeOther(GroupPaths.WITHDRAWN)
				: GroupController.notFound();
	}

	@GetMapping(GroupPaths.WITHDRAWN)
	Object withdrawn() {
		return GroupNotice.WITHDRAWN.page(null);
	}

}
