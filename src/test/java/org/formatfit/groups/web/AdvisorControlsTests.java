package org.formatfit.groups.web;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.sharing.QrCodes;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.sharing.web.SharingPageTests;
import org.formatfit.web.AppTest;
import org.formatfit.web.Pages;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an advisor with a class needs of a group, through its pages (issue 30): joining by
 * a code typed by hand, links pasted with punctuation, names students choose, closing and
 * opening the group, removing one result, the group sheet and the CSV read back by a CSV
 * library.
 */
@AppTest
class AdvisorControlsTests {

	private static final Pattern JOIN_URL = Pattern.compile("http://localhost/join/([2-9a-z]{8})");

	/** Never online at set times: a live course is not possible. */
	private static final String ONLY_ASYNCHRONOUS = "on-call no main-reason prefer-without not-needed enjoy several always cramps-me own reliable a-few-places own top skills";

	@Autowired
	MockMvcTester mvc;

	@Test
	void joinsByACodeTypedInCapitalsWithSpacesAndDashes() {
		String code = joinCode(newGroup("Whiteboard"));
		String written = code.substring(0, 4).toUpperCase(Locale.ROOT) + " - "
				+ code.substring(4).toUpperCase(Locale.ROOT) + " ";

		Document form = Pages.parse(this.mvc.get().uri("/join").exchange());
		assertThat(form.select("form[action=/join][method=get] input[name=code]")).hasSize(1);
		assertThat(Pages.parse(this.mvc.get().uri("/").exchange()).select("form[action=/join] input[name=code]"))
			.hasSize(1);

		assertThat(this.mvc.get().uri("/join").param("code", written).exchange()).hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/questionnaire?group=" + code);
		assertThat(this.mvc.get().uri("/join/" + code.toUpperCase(Locale.ROOT)).exchange())
			.hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/questionnaire?group=" + code);
	}

	@Test
	void saysNextToTheFieldWhenNoGroupHasTheCodeAndKeepsWhatWasTyped() {
		MvcTestResult unknown = this.mvc.get().uri("/join").param("code", "ZZZZ ZZZZ").exchange();

		assertThat(unknown).hasStatus(HttpStatus.NOT_FOUND);
		Document page = Pages.parse(unknown);
		Element field = page.getElementById("join-code");
		assertThat(field.val()).isEqualTo("ZZZZ ZZZZ");
		assertThat(field.attr("aria-invalid")).isEqualTo("true");
		assertThat(field.attr("aria-describedby")).contains("join-code-error");
		assertThat(page.getElementById("join-code-error").text()).contains("No group has this code");

		Document empty = Pages.parse(this.mvc.get().uri("/join").param("code", "  ").exchange());
		assertThat(empty.getElementById("join-code-error").text()).isNotBlank();
	}

	/**
	 * Join, group and withdraw links pasted with the punctuation after them are sent on,
	 * as result links are.
	 */
	@Test
	void sendsLinksPastedWithPunctuationOnToTheCleanOnes() throws Exception {
		String group = newGroup("Pasted");
		String code = joinCode(group);

		assertThat(this.mvc.get().uri("/join/" + code + ")").exchange()).hasStatus(HttpStatus.SEE_OTHER)
			.headers()
			.hasValue(HttpHeaders.LOCATION, "/questionnaire?group=" + code);
		assertThat(this.mvc.get().uri(group + ".").exchange()).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.headers()
			.hasValue(HttpHeaders.LOCATION, group);
		String withdraw = share(code, SharingPageTests.DRIFTER, "", null).getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(this.mvc.get().uri(withdraw + "”").exchange()).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.headers()
			.hasValue(HttpHeaders.LOCATION, withdraw);
		assertThat(this.mvc.get().uri("/groups/AAAAAAAAAAAAAAAAAAAAAA.").exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY);
		assertThat(this.mvc.get().uri("/groups/AAAAAAAAAAAAAAAAAAAAAA").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	/**
	 * A name is the label's rules: invisible characters out, only invisible ones is no
	 * name; too long (possible only around the browser's own limit) is said next to the
	 * field, which keeps it.
	 */
	@Test
	void takesANameAsTypedWithoutInvisibleCharactersAndSaysWhenItIsTooLong() {
		String group = newGroup("Names");
		String code = joinCode(group);

		share(code, SharingPageTests.DRIFTER, "\u200B\u2060\u00AD\uFEFF", null);
		share(code, SharingPageTests.DRIFTER, "Zoë\u202E \u0085O.", null);
		Document page = Pages.parse(this.mvc.get().uri(group).exchange());
		assertThat(page.select("table.group-table").last().select("tbody th a").eachText()).containsExactly("Result 1",
				"Zoë O.");

		String tooLong = "n".repeat(41);
		MvcTestResult refused = share(code, SharingPageTests.DRIFTER, tooLong, null);
		assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
		Document form = Pages.parse(refused);
		assertThat(form.getElementById("share-name").val()).isEqualTo(tooLong);
		assertThat(form.getElementById("share-name").attr("aria-invalid")).isEqualTo("true");
		assertThat(form.getElementById("share-name-error").text()).contains("40", "41");
		assertThat(form.select("input[name=withdraw]").val()).matches("[A-Za-z0-9_-]{22}");
		assertThat(resultsIn(group)).isEqualTo(2);
	}

	@Test
	void closesTheGroupToNewSharesAndOpensItAgain() {
		String group = newGroup("Closing time");
		String code = joinCode(group);
		String resultPath = "/r/" + ShareTokens.tokenFor(AnswerSets.parse(SharingPageTests.DRIFTER));

		assertThat(this.mvc.post().uri(group + "/close").exchange()).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(Pages.parse(this.mvc.get().uri(group).exchange()).getElementById("sharing").text())
			.isEqualTo("Closed to new results");
		Document result = Pages.parse(this.mvc.get().uri(resultPath + "?group=" + code).exchange());
		assertThat(result.select("section.group-share form")).isEmpty();
		assertThat(result.select("section.group-share").text()).contains("closed");
		MvcTestResult refused = share(code, SharingPageTests.DRIFTER, "Late", null);
		assertThat(refused).hasStatus(HttpStatus.CONFLICT);
		assertThat(Pages.parse(refused).selectFirst("h1").text()).isEqualTo("This group is closed");
		assertThat(resultsIn(group)).isZero();

		assertThat(this.mvc.post().uri(group + "/open").exchange()).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(share(code, SharingPageTests.DRIFTER, "On time", null)).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(resultsIn(group)).isEqualTo(1);
	}

	/**
	 * The advisor removes one result, after a page that asks: the other stays, and the
	 * removed one's withdraw link then leads nowhere.
	 */
	@Test
	void removesOneResultAfterAskingAndKeepsTheOthers() {
		String group = newGroup("Removing");
		String code = joinCode(group);
		String first = share(code, SharingPageTests.DRIFTER, "Ana", null).getResponse().getHeader(HttpHeaders.LOCATION);
		share(code, SharingPageTests.DRIFTER, "Ben", null);

		Element row = Pages.parse(this.mvc.get().uri(group).exchange())
			.select("table.group-table")
			.last()
			.selectFirst("tbody tr");
		String removePath = row.select("a").last().attr("href");
		assertThat(removePath).matches(Pattern.quote(group) + "/results/\\d+/remove");

		Document asked = Pages.parse(this.mvc.get().uri(removePath).exchange());
		assertThat(asked.selectFirst("h1").text()).isEqualTo("Remove Ana from “Removing”?");
		assertThat(resultsIn(group)).as("asking is not removing").isEqualTo(2);

		assertThat(this.mvc.post().uri(removePath).exchange()).hasStatus(HttpStatus.SEE_OTHER);
		assertThat(Pages.parse(this.mvc.get().uri(group).exchange())
			.select("table.group-table")
			.last()
			.select("tbody th a")
			.eachText()).containsExactly("Ben");
		assertThat(this.mvc.get().uri(first).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.post().uri(removePath).exchange()).hasStatus(HttpStatus.NOT_FOUND);
		assertThat(this.mvc.get().uri(group + "/results/x/remove").exchange()).hasStatus(HttpStatus.NOT_FOUND);
	}

	/** One page for the class and, below the line to cut, for the advisor. */
	@Test
	void printsTheJoinCodeAndBothLinksOnTheGroupSheet() {
		String group = newGroup("Sheet");
		String code = joinCode(group);
		Document groupPage = Pages.parse(this.mvc.get().uri(group).exchange());
		assertThat(groupPage.getElementById("group-link").val()).isEqualTo("http://localhost" + group);
		assertThat(groupPage.select("a[href^=mailto:]").attr("href")).contains("localhost%2Fgroups%2F");

		Document sheet = Pages.parse(this.mvc.get().uri(group + "/sheet").exchange());
		assertThat(sheet.selectFirst(".sheet-code").text())
			.isEqualTo((code.substring(0, 4) + " " + code.substring(4)).toUpperCase(Locale.ROOT));
		List<String> scanned = sheet.select("svg.qr")
			.stream()
			.map((svg) -> QrCodes.readSvgPath(svg.selectFirst("path").attr("d"),
					Integer.parseInt(svg.attr("viewBox").split(" ")[2])))
			.toList();
		assertThat(scanned).containsExactly("http://localhost/join/" + code, "http://localhost" + group);
	}

	/**
	 * The CSV as a spreadsheet program reads it (Commons CSV): a byte-order mark for
	 * Excel, then the page's words: each result's number and name (or "Result 2"), a
	 * format the student's circumstances rule out as "not possible", and a name that
	 * starts like a formula kept as text. In Spanish, Spanish.
	 */
	@Test
	void writesTheSpreadsheetInWordsAndNamesAsTextNeverAsFormulas() throws Exception {
		String group = newGroup("Formulas");
		String code = joinCode(group);
		share(code, SharingPageTests.DRIFTER, "=HYPERLINK(\"http://evil.example\",\"x\")", null);
		share(code, ONLY_ASYNCHRONOUS, "", null);
		share(code, SharingPageTests.DRIFTER, "Ana, \"Annie\" M.", null);

		assertThat(ShareTokens
			.open(org.formatfit.sharing.ShareToken.parse(ShareTokens.tokenFor(AnswerSets.parse(ONLY_ASYNCHRONOUS))))
			.recommendation()
			.assessment()
			.isRuledOut(org.formatfit.recommendation.Format.SYNCHRONOUS)).as("these answers rule live classes out")
			.isTrue();
		List<CSVRecord> records = csv(group, "en");
		assertThat(records).extracting((record) -> record.get("No.")).containsExactly("1", "2", "3");
		assertThat(records).extracting((record) -> record.get("Result"))
			.containsExactly("'=HYPERLINK(\"http://evil.example\",\"x\")", "Result 2", "Ana, \"Annie\" M.");
		assertThat(records.get(0).get("Token")).isEqualTo(records.get(2).get("Token"));
		assertThat(records.get(0).get("Advisor view"))
			.isEqualTo("http://localhost/r/" + records.get(0).get("Token") + "/advisor");
		assertThat(records.get(1).get("Synchronous score (0 to 100)")).isEqualTo("not possible");
		assertThat(records.get(1).get("How reliable is the internet where you would study?")).isNotBlank();
		assertThat(Pages.parse(this.mvc.get().uri(group).exchange())
			.select("table.group-table")
			.last()
			.select("tbody td:eq(1)")
			.eachText())
			.containsExactlyElementsOf(records.stream().map((record) -> record.get("Recommended format")).toList());

		List<CSVRecord> spanish = csv(group, "es");
		assertThat(spanish.get(1).get("Resultado")).isEqualTo("Resultado 2");
		assertThat(spanish.get(1).get("Sincrónico: puntuación (0 a 100)")).isEqualTo("no es posible");
	}

	/** The CSV, which must start with a byte-order mark, read back by Commons CSV. */
	private List<CSVRecord> csv(String group, String language) throws Exception {
		byte[] body = this.mvc.get()
			.uri(group + "/results.csv?lang=" + language)
			.exchange()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(body, java.nio.charset.StandardCharsets.UTF_8).substring(1);
		return CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(text))
			.getRecords();
	}

	private MvcTestResult share(String code, String answers, String name, String withdraw) {
		var request = this.mvc.post()
			.uri("/r/" + ShareTokens.tokenFor(AnswerSets.parse(answers)) + "/share")
			.param("group", code)
			.param("name", name);
		return (withdraw != null) ? request.param("withdraw", withdraw).exchange() : request.exchange();
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

	private int resultsIn(String group) {
		return Pages.parse(this.mvc.get().uri(group).exchange()).select("table.group-table").isEmpty() ? 0
				: Pages.parse(this.mvc.get().uri(group).exchange())
					.select("table.group-table")
					.last()
					.select("tbody tr")
					.size();
	}

}
