package org.formatfit.groups.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.formatfit.groups.GroupSummaries;
import org.formatfit.groups.GroupSummary;
import org.formatfit.errors.ErrorPages;
import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.GroupSettings;
import org.formatfit.groups.Groups;
import org.formatfit.groups.Groups.NumberedResult;
import org.formatfit.http.MailLinks;
import org.formatfit.http.PastedLinks;
import org.formatfit.http.PublicUrls;
import org.formatfit.http.StreamedAddresses;
import org.formatfit.sharing.QrCode;
import org.formatfit.sharing.ShareTokens;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

	/**
	 * The longest label, as the form's {@code maxlength} counts it ({@link TypedText}).
	 */
	static final int LABEL_MAX = 80;

	/** The group page's parameter for which page of its list of results to show. */
	static final String PAGE = "page";

	/** The group page's part that says whether it takes new shares. */
	static final String SHARING_SECTION = "sharing";

	/** The group page's list of results. */
	static final String LIST_SECTION = "list-heading";

	private final Groups groups;

	private final GroupSummaries summaries;

	private final GroupRateLimits limits;

	private final PublicUrls publicUrls;

	private final MessageSource messages;

	/** How often the group page's script asks whether results came in. */
	private final Duration liveRefresh;

	GroupController(Groups groups, GroupSummaries summaries, GroupRateLimits limits, PublicUrls publicUrls,
			MessageSource messages, GroupSettings settings) {
		this.groups = groups;
		this.summaries = summaries;
		this.limits = limits;
		this.publicUrls = publicUrls;
		this.messages = messages;
		this.liveRefresh = settings.liveRefresh();
	}

	@GetMapping(GroupPaths.NEW)
	ModelAndView newGroup() {
		return newGroupForm("", null, HttpStatus.OK);
	}

	private ModelAndView newGroupForm(String label, String problem, HttpStatus status) {
		return new ModelAndView("groups/new",
				Map.of("page", new NewGroupForm(label, problem, LABEL_MAX, this.groups.retention().toTotalMonths())),
				status);
	}

	@PostMapping(GroupPaths.GROUPS)
	ModelAndView create(@RequestParam(name = "label", defaultValue = "") String label, Locale locale,
			HttpServletRequest request) {
		// Shown to students: it must read as typed.
		String cleaned = TypedText.clean(label);
		String problem = null;
		if (cleaned.isEmpty()) {
			problem = this.messages.getMessage("groups.new.label.missing", null, locale);
		}
		else if (TypedText.length(cleaned) > LABEL_MAX) {
			problem = this.messages.getMessage("groups.new.label.long",
					new Object[] { LABEL_MAX, TypedText.length(cleaned) }, locale);
		}
		if (problem != null) {
			return newGroupForm(label, problem, HttpStatus.UNPROCESSABLE_CONTENT);
		}
		if (!this.limits.mayCreate(request)) {
			throw new TooManyRequests();
		}
		Groups.CreatedGroup created = this.groups.create(cleaned, this.groups.today());
		return new ModelAndView(seeOther(GroupPaths.path(GroupPaths.GROUP, created.key())));
	}

	/**
	 * The group's page, or, for a key that opens none, a pasted link sent on or the page
	 * that does not exist; {@code null} when the page's script already has this version.
	 */
	@GetMapping(GroupPaths.GROUP)
	ModelAndView group(@PathVariable String key, @RequestParam(name = PAGE, defaultValue = "1") String page,
			Locale locale, WebRequest request) {
		AdvisorGroup group = this.groups.open(key).orElse(null);
		if (group == null) {
			return pastedLink(GroupPaths.GROUP, key);
		}
		// The page's script asks again every few seconds with the version it has:
		// unchanged, the answer is a 304, and nothing is worked out again.
		String version = this.summaries.version(group);
		if (request.checkNotModified("\"" + version + "-" + page + "-" + locale.toLanguageTag() + "\"")) {
			return null;
		}
		GroupSummary summary = this.summaries.of(group, version);
		ResultsPage results = ResultsPage.of(summary, page, GroupPaths.path(GroupPaths.GROUP, key));
		if (results == null) {
			return notFound();
		}
		String joinUrl = this.publicUrls.absolute(GroupPaths.JOIN, group.joinCode());
		String groupUrl = this.publicUrls.absolute(GroupPaths.GROUP, key);
		GroupDates dates = new GroupDates(locale);
		return new ModelAndView("groups/group", "page",
				new GroupPage(group, new GroupLinks(key, group.joinCode()), groupUrl,
						mailtoSelf(group, groupUrl, locale), joinUrl, QrCode.of(joinUrl), summary, results, dates,
						this.groups.retention().toTotalMonths(), dates.date(this.groups.deletedOn(group)),
						this.liveRefresh.toMillis()));
	}

	/**
	 * The group sheet, one printed page: the join code and its QR code for the class,
	 * and, on a part to cut off, the advisor's private link and its QR code.
	 */
	@GetMapping(GroupPaths.SHEET)
	String sheet(@PathVariable String key, Model model) {
		AdvisorGroup group = open(key);
		String joinUrl = this.publicUrls.absolute(GroupPaths.JOIN, group.joinCode());
		String groupUrl = this.publicUrls.absolute(GroupPaths.GROUP, key);
		model.addAttribute("page", new SheetPage(group, new GroupLinks(key, group.joinCode()), joinUrl,
				QrCode.of(joinUrl), this.publicUrls.absolute(GroupPaths.JOIN_BY_CODE), groupUrl, QrCode.of(groupUrl)));
		return "groups/sheet";
	}

	/**
	 * An e-mail to the advisor themselves with the group page's link, to find it again:
	 * addressed to no one, their mail program fills in the sender.
	 */
	private String mailtoSelf(AdvisorGroup group, String groupUrl, Locale locale) {
		String subject = this.messages.getMessage("groups.page.keep.email.subject", new Object[] { group.label() },
				locale);
		String body = this.messages.getMessage("groups.page.keep.email.body", new Object[] { group.label(), groupUrl },
				locale);
		return MailLinks.toAnyone(subject, body);
	}

	/**
	 * The spreadsheet goes out as it is written: a full group's is a few megabytes, which
	 * are never held whole.
	 */
	@Bean
	static StreamedAddresses streamedSpreadsheet() {
		return StreamedAddresses.of(GroupPaths.CSV);
	}

	/** The group's results as a spreadsheet, written row by row ({@link GroupCsv}). */
	@GetMapping(GroupPaths.CSV)
	void csv(@PathVariable String key, Locale locale, HttpServletResponse response) throws IOException {
		GroupSummary summary = this.summaries.of(open(key));
		response.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8).toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("formatfit-group.csv").build().toString());
		Writer writer = response.getWriter();
		GroupCsv.write(summary, this.messages, locale,
				// The result's own advisor view, not the group's: a spreadsheet passed on
				// to a colleague must not carry the group's key.
				(row) -> this.publicUrls.absolute(ShareTokens.ADVISOR_PATH, row.token()), writer);
		writer.flush();
	}

	/** Closes the group to new shares: how an advisor stops a flood. */
	@PostMapping(GroupPaths.CLOSE)
	View close(@PathVariable String key) {
		return setClosed(key, true);
	}

	@PostMapping(GroupPaths.OPEN)
	View reopen(@PathVariable String key) {
		return setClosed(key, false);
	}

	private View setClosed(String key, boolean closed) {
		this.groups.setClosed(open(key), closed);
		return seeOther(GroupPaths.path(GroupPaths.GROUP, key) + "#" + SHARING_SECTION);
	}

	/**
	 * One result in the advisor view, headed by the name it was shared under (or its
	 * number) and the day, with the way back to the group and to removing it. The view is
	 * the result's own ({@code sharing.web}); this adds {@link GroupShare} for it to
	 * show.
	 */
	@GetMapping(GroupPaths.RESULT)
	String result(@PathVariable String key, @PathVariable String id, HttpServletRequest request, Locale locale) {
		AdvisorGroup group = open(key);
		NumberedResult numbered = result(group, id);
		request.setAttribute(GroupShare.ATTRIBUTE, GroupShare.of(key, group, numbered, locale, this.messages));
		return "forward:" + GroupPaths.path(ShareTokens.ADVISOR_PATH, numbered.result().token());
	}

	/** Asks before removing a result: a link followed by mistake removes nothing. */
	@GetMapping(GroupPaths.REMOVE)
	String confirmRemove(@PathVariable String key, @PathVariable String id, Model model, Locale locale) {
		AdvisorGroup group = open(key);
		model.addAttribute("group", group);
		model.addAttribute("share", GroupShare.of(key, group, result(group, id), locale, this.messages));
		return "groups/remove";
	}

	@PostMapping(GroupPaths.REMOVE)
	View remove(@PathVariable String key, @PathVariable String id) {
		AdvisorGroup group = open(key);
		this.groups.remove(group, result(group, id).result().id());
		return seeOther(GroupPaths.path(GroupPaths.GROUP, key) + "#" + LIST_SECTION);
	}

	/** Asks before deleting: a link followed by mistake deletes nothing. */
	@GetMapping(GroupPaths.DELETE)
	String confirmDelete(@PathVariable String key, Model model) {
		AdvisorGroup group = open(key);
		model.addAttribute("group", group);
		model.addAttribute("links", new GroupLinks(key, group.joinCode()));
		return "groups/delete";
	}

	@PostMapping(GroupPaths.DELETE)
	View delete(@PathVariable String key) {
		this.groups.delete(open(key));
		return seeOther(GroupPaths.DELETED);
	}

	@GetMapping(GroupPaths.DELETED)
	ModelAndView deleted() {
		return GroupNotice.DELETED.page(null);
	}

	/** The group this key opens; for any other key, the page that does not exist. */
	private AdvisorGroup open(String key) {
		return this.groups.open(key).orElseThrow(GroupAddressUnknown::new);
	}

	/**
	 * The group's result this id names (as the address gives it); for any other id, the
	 * page that does not exist.
	 */
	private NumberedResult result(AdvisorGroup group, String id) {
		if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(Character::isDigit)) {
			throw new GroupAddressUnknown();
		}
		return this.groups.result(group, Long.parseLong(id)).orElseThrow(GroupAddressUnknown::new);
	}

	/**
	 * A key that opens no group, whether mistyped, made up or of a deleted group: the
	 * same page as any other address that does not exist.
	 */
	static ModelAndView notFound() {
		return ErrorPages.page(HttpStatus.NOT_FOUND);
	}

	/**
	 * A link pasted with the punctuation after it, as mail clients and chat apps take it,
	 * is sent on to the clean link (as result links are); anything else is not found.
	 */
	static ModelAndView pastedLink(String template, String variable) {
		String trimmed = PastedLinks.withoutTrailingPunctuation(variable);
		if (trimmed.equals(variable) || trimmed.isEmpty()) {
			return notFound();
		}
		RedirectView view = new RedirectView(GroupPaths.path(template, trimmed), true);
		view.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(view);
	}

	/**
	 * Post/redirect/get, so that a reload never posts twice: Spring's redirect in its
	 * HTTP/1.1 form ({@code http10Compatible} off) answers 303 See Other, to a path
	 * within the app (context-relative).
	 */
	static View seeOther(String path) {
		return new RedirectView(path, true, false);
	}

}
