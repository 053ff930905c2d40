package org.formatfit.groups.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.formatfit.http.PrivacyHeaders;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.AdvisorFlag;
import org.formatfit.recommendation.Recommendation;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareToken;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.formatfit.web.AppTest;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Advisor groups through their pages, as a browser sends them: making a group, joining
 * it, sharing a result and taking it back, what the group page adds up, the CSV, and
 * deleting. The browser's own journey is {@code browser.GroupJourneyIT}.
 */
@AppTest
class GroupPagesTests {

	private static final Pattern GROUP_PATH = Pattern.compile("/groups/([A-Za-z0-9_-]{22})");

	private static final Pattern JOIN_URL = Pattern.compile("http://localhost/join/([2-9a-z]{8})");

	/** Comfortable with live classes; no risk to raise beyond what the model says. */
	private static final String PARENT = "mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	MessageSource messages;

	@Test
	void makesAGroupWithAPrivateAddressAndShowsItsJoinLinkAndQrCode() throws Exception {
		MvcTestResult made = this.mvc.post()
			.uri("/groups")
			.param("label", "  Online orientation, Tuesday 6 pm ")
			.exchange();

		assertThat(made).hasStatus(HttpStatus.SEE_OTHER);
		String location = made.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(location).matches(GROUP_PATH.pattern());

		MvcTestResult shown = this.mvc.get().uri(location).exchange();
		assertThat(shown).hasStatusOk();
		assertThat(shown).headers().hasValue(HttpHeaders.CACHE_CONTROL, PrivacyHeaders.NOT_STORED);
		assertThat(shown).headers().hasValue(PrivacyHeaders.ROBOTS_TAG, PrivacyHeaders.NOT_INDEXED);
		Document page = Pages.parse(shown);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Online orientation, Tuesday 6 pm");
		assertThat(page.select(".notice").text()).contains("Bookmark this page");
		String joinUrl = page.getElementById("join-link").val();
		assertThat(joinUrl).matches(JOIN_URL.pattern());
		Element svg = page.selectFirst("svg.qr");
		int size = Integer.parseInt(svg.attr("viewBox").split(" ")[2]);
		assertThat(QrCodes.readSvgPath(svg.selectFirst("path").attr("d"), size)).isEqualTo(joinUrl);
		assertThat(page.select(".group-count").text()).startsWith("No results yet");
	}

	/**
	 * Eighty characters of anything, as the form field's {@code maxlength} counts them
	 * (an emoji is two, 👩‍🏫 five); the invisible characters that would turn the text
	 * around for students are taken out.
	 */
	@Test
	void takesEightyCharactersOfAnyScriptAndDropsInvisibleOverrides() {
		String emoji = "👩‍🏫" + "📚".repeat(37) + "x";
		assertThat(emoji.length()).isEqualTo(GroupController.LABEL_MAX);
		assertThat(this.mvc.post().uri("/groups").param("label", emoji + "x").exchange())
			.hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

		MvcTestResult made = this.mvc.post().uri("/groups").param("label", emoji).exchange();
		assertThat(made).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(Pages.parse(this.mvc.get().uri(made.getResponse().getHeader(HttpHeaders.LOCATION)).exchange())
			.selectFirst("h1")
			.text()).isEqualTo(emoji);

		String turned = newGroup("Tuesday \u202Egnineve\u202C group");
		assertThat(Pages.parse(this.mvc.get().uri(turned).exchange()).selectFirst("h1").text())
			.isEqualTo("Tuesday gnineve group");
	}

	@Test
	void keepsTheLabelTypedAndSaysWhatIsWrongNextToTheField() {
		String tooLong = "x".repeat(GroupController.LABEL_MAX + 1);

		for (String label : List.of("   ", tooLong)) {
			MvcTestResult refused = this.mvc.post().uri("/groups").param("label", label).exchange();

			assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			Document page = Pages.parse(refused);
			Element field = page.getElementById("label");
			assertThat(field.val()).isEqualTo(label);
			assertThat(field.attr("aria-invalid")).isEqualTo("true");
			assertThat(field.attr("aria-describedby")).contains("label-error");
			assertThat(page.getElementById("label-error").text()).isNotBlank();
		}
		assertThat(Pages.parse(this.mvc.post().uri("/groups").param("label", tooLong).exchange())
			.getElementById("label-error")
			.text()).contains(String.valueOf(GroupController.LABEL_MAX), String.valueOf(tooLong.length()));
	}

	/**
	 * The share form as the result page offers it, sent twice (a double click, a reload):
	 * one share, one withdraw link, the name as typed without its invisible characters.
	 * The whole journey, join link to deleted group, is the browser's
	 * ({@code GroupJourneyIT}).
	 */
	@Test
	void takesTheSameShareFormSentTwiceAsOneShare() throws Exception {
		String group = newGroup("Tuesday evening");
		String code = joinCode(group);
		String resultPath = "/r/" + ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		Document result = Pages.parse(this.mvc.get().uri(resultPath + "?group=" + code).exchange());
		Element share = result.selectFirst("section.group-share form");
		assertThat(share.attr("method")).isEqualTo("post");
		assertThat(share.attr("action")).isEqualTo(resultPath + "/share");
		assertThat(share.select("input[name=group]").val()).isEqualTo(code);
		assertThat(share.select("input[name=name]").attr("maxlength")).isEqualTo("40");
		String secret = share.select("input[name=withdraw]").val();
		assertThat(secret).matches("[A-Za-z0-9_-]{22}");
		assertThat(countIn(group)).as("nothing is shared before the button").isZero();

		MvcTestResult shared = this.mvc.post()
			.uri(resultPath + "/share")
			.param("group", code)
			.param("name", " Ana\u200B M. ")
			.param("withdraw", secret)
			.exchange();
		MvcTestResult again = this.mvc.post()
			.uri(resultPath + "/share")
			.param("group", code)
			.param("name", "Ana M.")
			.param("withdraw", secret)
			.exchange();

		String withdrawPath = "/withdraw/" + secret;
		assertThat(shared).hasStatus(HttpStatus.SEE_OTHER).headers().hasValue(HttpHeaders.LOCATION, withdrawPath);
		assertThat(again).hasStatus(HttpStatus.SEE_OTHER).headers().hasValue(HttpHeaders.LOCATION, withdrawPath);
		assertThat(countIn(group)).isEqualTo(1);
		Document withdrawPage = Pages.parse(this.mvc.get().uri(withdrawPath).exchange());
		assertThat(withdrawPage.selectFirst(".lead").text()).contains("“Ana M.”");
		assertThat(withdrawPage.getElementById("withdraw-link").val()).isEqualTo("http://localhost" + withdrawPath);
	}

	/**
	 * A row of the group page names the result's risks as the advisor view does, and
	 * opens that view with who shared it and in which group.
	 */
	@Test
	void listsEachResultWithItsRisksAndOpensItAsTheAdvisorView() throws Exception {
		String group = newGroup("Tuesday evening");
		String resultPath = "/r/" + ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));
		assertThat(this.mvc.post()
			.uri(resultPath + "/share")
			.param("group", joinCode(group))
			.param("name", "Ana M.")
			.exchange()).hasStatus(HttpStatus.SEE_OTHER);

		Document groupPage = Pages.parse(this.mvc.get().uri(group).exchange());
		Recommendation recommendation = ShareTokens.open(ShareToken.parse(resultPath.substring(3))).recommendation();
		Element row = groupPage.select("table.group-table").last().selectFirst("tbody tr");
		assertThat(row.selectFirst("th a").text()).isEqualTo("Ana M.");
		String viewPath = row.selectFirst("th a").attr("href");
		assertThat(viewPath).matches(Pattern.quote(group) + "/results/\\d+");
		List<String> flagTitles = recommendation.assessment()
			.flags()
			.stream()
			.map((flag) -> this.messages.getMessage(AdvisorFlag.titleKey(flag.id()), null, Locale.ENGLISH))
			.toList();
		assertThat(flagTitles).isNotEmpty();
		assertThat(row.select("td").get(1).text()).isEqualTo(String.join(", ", flagTitles));
		// The advisor view itself, headed by the name and day, is the browser journey's
		// (GroupJourneyIT): MockMvc does not follow a forward.
		MvcTestResult view = this.mvc.get().uri(viewPath).exchange();
		assertThat(view).hasForwardedUrl(resultPath + "/advisor");
		assertThat(view.getRequest().getAttribute(GroupShare.ATTRIBUTE)).isInstanceOfSatisfying(GroupShare.class,
				(note) -> {
					assertThat(note.who()).isEqualTo("Ana M.");
					assertThat(note.groupLabel()).isEqualTo("Tuesday evening");
					assertThat(note.removePath()).isEqualTo(viewPath + "/remove");
				});
	}

	@Test
	void showsCountsUnderFiveResultsAndPercentagesFromFive() throws Exception {
		String group = newGroup("Counting");
		String code = joinCode(group);
		String[] answerSets = { SharingPageTests.DRIFTER, PARENT,
				"fixed yes nice-to-have essential essential lonely one usually helps fast reliable one-place own secondary degree",
				"on-call no main-reason prefer-without not-needed enjoy several always cramps-me own reliable a-few-places own top skills",
				"shifting rarely important helpful helpful fine one usually no-effect steady mostly one-place own important certificate" };
		for (int i = 0; i < answerSets.length; i++) {
			Document page = Pages.parse(this.mvc.get().uri(group).exchange());
			Element formats = page.selectFirst("table.group-table");
			if (formats != null) {
				assertThat(formats.select("thead th").eachText()).as("with %d results", i)
					.containsExactly("Format", "Results");
			}
			String token = ShareTokens.tokenFor(AnswerSets.parse(answerSets[i]));
			assertThat(this.mvc.post().uri("/r/" + token + "/share").param("group", code).exchange())
				.hasStatus(HttpStatus.SEE_OTHER);
		}
		Document page = Pages.parse(this.mvc.get().uri(group).exchange());
		assertThat(page.select(".group-count").text()).startsWith("5 results");
		Element formats = page.selectFirst("table.group-table");
		assertThat(formats.select("thead th").eachText()).containsExactly("Format", "Results", "Percentage");
		int counted = formats.select("tbody tr")
			.stream()
			.mapToInt((tableRow) -> Integer.parseInt(tableRow.select("td").first().text()))
			.sum();
		assertThat(counted).isEqualTo(5);
	}

	/**
	 * A made-up, mistyped or deleted key, code or secret: the same page as any address
	 * that does not exist, whatever its shape.
	 */
	@Test
	void answersUnknownKeysCodesAndSecretsWithTheSameNotFoundPage() throws Exception {
		String notFound = Pages.parse(this.mvc.get().uri("/r/not-a-token").exchange()).select("h1, .lead").text();
		for (String path : List.of("/groups/AAAAAAAAAAAAAAAAAAAAAA", "/groups/short",
				"/groups/AAAAAAAAAAAAAAAAAAAAAA/results.csv", "/groups/AAAAAAAAAAAAAAAAAAAAAA/delete", "/join/abcdefgh",
				"/join/ABCDEFGH", "/join/abcdefgh/qr.png", "/withdraw/AAAAAAAAAAAAAAAAAAAAAA", "/withdraw/x")) {
			MvcTestResult answer = this.mvc.get().uri(path).exchange();
			assertThat(answer).as(path).hasStatus(HttpStatus.NOT_FOUND);
			assertThat(Pages.parse(answer).select("h1, .lead").text()).as(path).isEqualTo(notFound);
		}
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		assertThat(this.mvc.post().uri("/r/" + token + "/share").param("group", "abcdefgh").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/r/AQIFESe_fwRX/share").param("group", "abcdefgh").exchange())
			.hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri("/withdraw/AAAAAAAAAAAAAAAAAAAAAA").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * A code is a value wherever it goes: braces, percent signs or a whole address in it
	 * are a code no group has, never part of a link FormatFit builds.
	 */
	@Test
	void takesAnyTextAsTheGroupCodeWithoutFailing() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		for (String code : List.of("{x}", "{0}", "%zz", "a{b}c", "https://elsewhere.example/", "abc&lang=es",
				"\"<b>\"")) {
			assertThat(this.mvc.post().uri("/r/" + token + "/share").param("group", code).exchange()).as(code)
				.hasStatus(HttpStatus.NOT_FOUND);
			assertThat(this.mvc.get().uri("/r/" + token).param("group", code).exchange()).as(code).hasStatusOk();
			assertThat(this.mvc.get().uri("/questionnaire").param("group", code).exchange()).as(code).hasStatusOk();
			assertThat(this.mvc.get().uri("/join/{code}", code).exchange()).as(code).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

	/** A result page without a group, or with a code no group has, asks nothing. */
	@Test
	void asksToShareOnlyWhenTheResultCameThroughAGroupsJoinLink() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		assertThat(Pages.parse(this.mvc.get().uri("/r/" + token).exchange()).select("section.group-share")).isEmpty();
		assertThat(Pages.parse(this.mvc.get().uri("/r/" + token + "?group=abcdefgh").exchange())
			.select("section.group-share")).isEmpty();
		assertThat(Pages.parse(this.mvc.get().uri("/questionnaire?group=abcdefgh").exchange()).select(".invitation"))
			.isEmpty();
	}

	/** Another site's page cannot make a visitor create, share, take back or delete. */
	@Test
	void refusesEveryChangeSentFromAnotherSite() throws Exception {
		String group = newGroup("Guarded");
		String code = joinCode(group);
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		String withdraw = this.mvc.post()
			.uri("/r/" + token + "/share")
			.param("group", code)
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);

		for (Map.Entry<String, String> crossSite : Map
			.of("Origin", "https://evil.example", "Sec-Fetch-Site", "cross-site")
			.entrySet()) {
			assertThat(this.mvc.post()
				.uri("/groups")
				.param("label", "Theirs")
				.header(crossSite.getKey(), crossSite.getValue())
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post()
				.uri("/r/" + ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER)) + "/share")
				.param("group", code)
				.header(crossSite.getKey(), crossSite.getValue())
				.exchange()).hasStatus(HttpStatus.FORBIDDEN);
			assertThat(this.mvc.post().uri(withdraw).header(crossSite.getKey(), crossSite.getValue()).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
			assertThat(
					this.mvc.post().uri(group + "/delete").header(crossSite.getKey(), crossSite.getValue()).exchange())
				.hasStatus(HttpStatus.FORBIDDEN);
		}
		assertThat(countIn(group)).as("still only the one shared from this site").isEqualTo(1);
		assertThat(
				this.mvc.post().uri("/groups").param("label", "Ours").header("Origin", "http://localhost").exchange())
			.hasStatus(HttpStatus.SEE_OTHER);
		assertThat(this.mvc.post()
			.uri("/groups")
			.param("label", "Ours")
			.header("Sec-Fetch-Site", "same-origin")
			.exchange()).hasStatus(HttpStatus.SEE_OTHER);
	}

	/**
	 * The page's script asks again every few seconds: while no result arrives or goes,
	 * the answer is a 304 with no page, so that an open tab costs next to nothing.
	 */
	@Test
	void answersNotModifiedUntilAResultArrivesOrGoes() {
		String group = newGroup("Polled");
		String etag = this.mvc.get().uri(group).exchange().getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();

		assertThat(this.mvc.get().uri(group).header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.hasStatus(HttpStatus.NOT_MODIFIED);
		String token = ShareTokens.tokenFor(AnswerSets.parse(PARENT));
		String withdraw = this.mvc.post()
			.uri("/r/" + token + "/share")
			.param("group", joinCode(group))
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
		MvcTestResult shared = this.mvc.get().uri(group).header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(shared).hasStatusOk();
		String afterShare = shared.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.post().uri(withdraw).exchange();
		MvcTestResult withdrawn = this.mvc.get().uri(group).header(HttpHeaders.IF_NONE_MATCH, afterShare).exchange();
		assertThat(withdrawn).hasStatusOk();
		String afterWithdraw = withdrawn.getResponse().getHeader(HttpHeaders.ETAG);
		this.mvc.post().uri(group + "/close").exchange();
		assertThat(this.mvc.get().uri(group).header(HttpHeaders.IF_NONE_MATCH, afterWithdraw).exchange())
			.as("closing changes the page")
			.hasStatusOk();
		assertThat(this.mvc.get().uri(group + "?lang=es").header(HttpHeaders.IF_NONE_MATCH, etag).exchange())
			.as("another language is another page")
			.hasStatusOk();
	}

	/**
	 * The ETag says nothing of the rest of the site: not the latest result's id, which
	 * counts every share FormatFit ever stored.
	 */
	@Test
	void tagsTheGroupPageWithAVersionOfItsOwn() {
		String group = newGroup("Tagged");
		this.mvc.post()
			.uri("/r/" + ShareTokens.tokenFor(AnswerSets.parse(PARENT)) + "/share")
			.param("group", joinCode(group))
			.exchange();

		assertThat(this.mvc.get().uri(group).exchange().getResponse().getHeader(HttpHeaders.ETAG))
			.matches("(W/)?\"[0-9a-f]{16}-1-en\"");
	}

	@Test
	void speaksSpanish() throws Exception {
		String group = newGroup("Martes");
		Document page = Pages.parse(this.mvc.get().uri(group + "?lang=es").exchange());
		assertThat(page.select("h2#join-heading").text()).isEqualTo("Invita a tus estudiantes");
		assertThat(Pages.parse(this.mvc.get().uri("/questionnaire?lang=es&group=" + joinCode(group)).exchange())
			.select(".invitation")
			.text()).contains("«Martes»");
	}

	@Test
	void writesTheCsvAsAnAttachmentThatNoCacheKeeps() throws Exception {
		String group = newGroup("Spreadsheet");
		MvcTestResult csv = this.mvc.get().uri(group + "/results.csv").exchange();

		assertThat(csv).hasStatusOk().hasContentTypeCompatibleWith(new MediaType("text", "csv"));
		assertThat(csv).headers().hasValue(HttpHeaders.CACHE_CONTROL, PrivacyHeaders.NOT_STORED);
		assertThat(csv.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
		String header = csv.getResponse().getContentAsString().split("\r\n")[0];
		assertThat(header).startsWith("\uFEFFNo.,Result,Shared on,Recommended format,How clear,Risks to talk about,")
			.contains(",Synchronous score (0 to 100),", ",How predictable is your week?,")
			.endsWith(",Advisor view,Token,Model version");
	}

	private String newGroup(String label) {
		return this.mvc.post()
			.uri("/groups")
			.param("label", label)
			.exchange()
			.getResponse()
			.getHeader(HttpHeaders.LOCATION);
	}

	private String joinCode(String group) {
		Matcher join = JOIN_URL
			.matcher(Pages.parse(this.mvc.get().uri(group).exchange()).getElementById("join-link").val());
		assertThat(join.matches()).isTrue();
		return join.group(1);
	}

	/** How many results the group holds, by its CSV's lines. */
	private int countIn(String group) throws Exception {
		return this.mvc.get()
			.uri(group + "/results.csv")
			.exchange()
			.getResponse()
			.getContentAsString()
			.split("\r\n").length - 1;
	}

	private static org.springframework.util.MultiValueMap<String, String> form(Map<String, String> answers,
			String code) {
		org.springframework.util.LinkedMultiValueMap<String, String> form = new org.springframework.util.LinkedMultiValueMap<>();
		answers.forEach(form::add);
		form.add("group", code);
		return form;
	}

}
