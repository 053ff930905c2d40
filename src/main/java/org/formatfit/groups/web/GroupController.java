package org.formatfit.groups.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.formatfit.errors.ErrorPages;
import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups;
import org.formatfit.http.PublicUrls;
import org.formatfit.sharing.QrCode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The advisor's side of a group: making one, its private page with the join link and the
 * results, its CSV, and deleting it. Nothing asks who the advisor is: the key in the
 * page's address is the only way in.
 */
@Controller
class GroupController {

	/** The longest label, in characters as people count them (code points). */
	static final int LABEL_MAX = 80;

	/**
	 * Control characters, and the invisible ones that turn text around (bidirectional
	 * overrides and isolates): a label is shown to students, and must read as typed.
	 */
	private static final Pattern LABEL_NOISE = Pattern
		.compile("[\\p{Cntrl}\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]");

	private final Groups groups;

	private final GroupRateLimits limits;

	private final PublicUrls publicUrls;

	private final MessageSource messages;

	/** How often the group page's script asks whether results came in. */
	private final Duration liveRefresh;

	GroupController(Groups groups, GroupRateLimits limits, PublicUrls publicUrls, MessageSource messages,
			@Value("${formatfit.groups.live-refresh:10s}") Duration liveRefresh) {
		this.groups = groups;
		this.limits = limits;
		this.publicUrls = publicUrls;
		this.messages = messages;
		this.liveRefresh = liveRefresh;
	}

	@GetMapping(GroupPaths.NEW)
	String newGroup(Model model) {
		model.addAttribute("label", "");
		addFormLimits(model);
		return "groups/new";
	}

	private void addFormLimits(Model model) {
		model.addAttribute("labelMax", LABEL_MAX);
		model.addAttribute("retentionMonths", this.groups.retention().toTotalMonths());
	}

	@PostMapping(GroupPaths.GROUPS)
	Object create(@RequestParam(name = "label", defaultValue = "") String label, Model model, Locale locale,
			HttpServletRequest request) {
		String cleaned = LABEL_NOISE.matcher(label).replaceAll(" ").strip();
		String problem = null;
		if (cleaned.isEmpty()) {
			problem = this.messages.getMessage("groups.new.label.missing", null, locale);
		}
		else if (cleaned.codePointCount(0, cleaned.length()) > LABEL_MAX) {
			problem = this.messages.getMessage("groups.new.label.long",
					new Object[] { LABEL_MAX, cleaned.codePointCount(0, cleaned.length()) }, locale);
		}
		if (problem != null) {
			model.addAttribute("label", label);
			model.addAttribute("problem", problem);
			addFormLimits(model);
			return new ModelAndView("groups/new", model.asMap(), HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.limits.mayCreate(request)) {
			return GroupNotice.TOO_MANY.page(null);
		}
		Groups.CreatedGroup created = this.groups.create(cleaned, LocalDate.now());
		return seeOther(GroupPaths.path(GroupPaths.GROUP, created.key()));
	}

	@GetMapping(GroupPaths.GROUP)
	Object group(@PathVariable String key, Model model, Locale locale, WebRequest request) {
		AdvisorGroup group = this.groups.open(key).orElse(null);
		if (group == null) {
			return notFound();
		}
		// The page's script asks again every few seconds with the version it has:
		// unchanged, the answer is a 304, and no result is scored again.
		if (request.checkNotModified("\"" + this.groups.version(group) + "-" + locale.toLanguageTag() + "\"")) {
			return null;
		}
		String joinUrl = this.publicUrls.absolute(GroupPaths.JOIN, group.joinCode());
		model.addAttribute("group", group);
		model.addAttribute("dates", new GroupDates(locale));
		model.addAttribute("joinUrl", joinUrl);
		model.addAttribute("joinQr", QrCode.of(joinUrl));
		model.addAttribute("joinQrPath", GroupPaths.path(GroupPaths.JOIN_QR, group.joinCode()));
		model.addAttribute("groupPath", GroupPaths.path(GroupPaths.GROUP, key));
		model.addAttribute("csvPath", GroupPaths.path(GroupPaths.CSV, key));
		model.addAttribute("deletePath", GroupPaths.path(GroupPaths.DELETE, key));
		model.addAttribute("summary", GroupSummary.of(this.groups.results(group)));
		model.addAttribute("retentionMonths", this.groups.retention().toTotalMonths());
		model.addAttribute("deleteOn", this.groups.deletedOn(group));
		model.addAttribute("liveRefreshMs", this.liveRefresh.toMillis());
		return "groups/group";
	}

	@GetMapping(GroupPaths.CSV)
	Object csv(@PathVariable String key) {
		return this.groups.open(key).<Object>map((group) -> {
			String csv = GroupCsv.of(GroupSummary.of(this.groups.results(group)));
			return ResponseEntity.ok()
				.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment().filename("formatfit-group.csv").build().toString())
				.body(csv);
		}).orElseGet(GroupController::notFound);
	}

	/** Asks before deleting: a link followed by mistake deletes nothing. */
	@GetMapping(GroupPaths.DELETE)
	Object confirmDelete(@PathVariable String key, Model model) {
		return this.groups.open(key).<Object>map((group) -> {
			model.addAttribute("group", group);
			model.addAttribute("groupPath", GroupPaths.path(GroupPaths.GROUP, key));
			model.addAttribute("deletePath", GroupPaths.path(GroupPaths.DELETE, key));
			return "groups/delete";
		}).orElseGet(GroupController::notFound);
	}

	@PostMapping(GroupPaths.DELETE)
	Object delete(@PathVariable String key) {
		return this.groups.open(key).<Object>map((group) -> {
			this.groups.delete(group);
			return seeOther(GroupPaths.DELETED);
		}).orElseGet(GroupController::notFound);
	}

	@GetMapping(GroupPaths.DELETED)
	ModelAndView deleted() {
		return GroupNotice.DELETED.page(null);
	}

	/**
	 * A key that opens no group, whether mistyped, made up or of a deleted group: the
	 * same page as any other address that does not exist.
	 */
	static ModelAndView notFound() {
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	/** Post/redirect/get with 303, so a reload never posts twice. */
	static View seeOther(String path) {
		RedirectView view = new RedirectView(path, true);
		view.setStatusCode(HttpStatus.SEE_OTHER);
		return view;
	}

}
