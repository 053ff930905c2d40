package org.formatfit.site;

import org.formatfit.http.PrivacyHeaders;
import org.formatfit.sharing.web.ResultPageTests;
import org.formatfit.web.Pages;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import jakarta.servlet.ServletContext;
import org.formatfit.MessageFiles;
import org.formatfit.recommendation.words.ModelExplainer;
import org.formatfit.recommendation.words.ModelText;
import org.formatfit.recommendation.words.ModelText.VersionText;
import org.formatfit.questionnaire.AnswerSets;
import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.Question;
import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Change;
import org.formatfit.recommendation.Format;
import org.formatfit.recommendation.model.ModelFile;
import org.formatfit.recommendation.ScoringModel;
import org.formatfit.recommendation.ScoringModels;
import org.formatfit.recommendation.TradeOff;
import org.formatfit.sharing.ShareTokens;
import org.formatfit.web.AppTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page that explains how FormatFit decides ({@code /method}): everything it says
 * comes from the current model's data file, in every language, and it can say any
 * version, including the kinds of rule version 1 does not use.
 */
@AppTest
class MethodPageTests {

	private static final ModelFile CURRENT = ScoringModels.current().data();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ModelExplainer modelExplainer;

	@Autowired
	ITemplateEngine templates;

	@Autowired
	ServletContext servletContext;

	static List<String> languages() {
		return MessageFiles.languages();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void showsEveryTradeOffOfTheCurrentModelWithItsWeightHybridShareAndEveryAnswersPull(String language) {
		Document page = page(language);

		assertTradeOffs(page, CURRENT, Words.of(language));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void showsEveryLimitOfTheCurrentModelWithTheShareEachFormatKeeps(String language) {
		Document page = page(language);

		assertLimits(page, CURRENT, Words.of(language));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void showsTheConfidenceMarginsAndHeadlineThresholdsOfTheCurrentModel(String language) {
		Document page = page(language);

		assertConfidenceAndHeadline(page, CURRENT, Words.of(language));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("languages")
	void listsEveryReleasedVersionWithItsDateAndSummaryAndMarksTheCurrentOne(String language) {
		Document page = page(language);
		Words words = Words.of(language);

		assertThat(page.selectFirst("h1").text()).isEqualTo(words.say("method.heading"));
		assertThat(page.selectFirst(".model-version").text())
			.isEqualTo(words.say("method.intro.version", CURRENT.version(), words.date(CURRENT.released())));
		assertVersions(page, ScoringModels.released().stream().map(ScoringModel::data).toList(), words);
	}

	@Test
	void isLinkedFromEveryResultTheAdvisorViewTheAdvisorsGuideAndEveryFooter() {
		String token = ShareTokens.tokenFor(AnswerSets.parse(ResultPageTests.PARENT));

		for (String path : List.of(ShareTokens.LINK_PREFIX + token, ShareTokens.LINK_PREFIX + token + "/advisor",
				"/advisors")) {
			Document page = Pages.parse(this.mvc.get().uri(path).exchange());
			assertThat(page.select("main a[href=/method]").eachText()).as(path)
				.containsExactly("How FormatFit decides");
		}
		for (String path : List.of("/", "/privacy", "/questionnaire", "/method")) {
			Document page = Pages.parse(this.mvc.get().uri(path).exchange());
			assertThat(page.select("footer a[href=/method]").eachText()).as(path)
				.containsExactly("How FormatFit decides");
		}
	}

	@Test
	void isAPublicPageThatListsItsAlternativesInEveryLanguage() {
		MvcTestResult result = this.mvc.get().uri("/method").exchange();

		assertThat(result).hasStatusOk().doesNotContainHeader(PrivacyHeaders.ROBOTS_TAG);
		assertThat(Pages.parse(result).select("link[rel=alternate]")).extracting((link) -> link.attr("hreflang"))
			.containsAll(MessageFiles.languages())
			.contains("x-default");
		assertThat(Pages.parse(result).select("link[rel=alternate][hreflang=es]").attr("href"))
			.isEqualTo("http://localhost/method?lang=es");
	}

	/**
	 * Version 1 has no combined limit, no strength and no robustness check: a made-up
	 * next version with each of them must come out in words too.
	 */
	@Test
	void saysAnyVersionFromItsDataIncludingCombinedLimitsStrengthsAndRobustness() {
		ScoringModel first = ScoringModels.version(1).orElseThrow();
		ModelFile next = nextVersion(first.data());
		Words words = Words.of("en");

		ModelText text = this.modelExplainer.describe(next, Locale.ENGLISH);
		List<VersionText> versions = this.modelExplainer.versions(List.of(first, new DataOnly(next)), Locale.ENGLISH);
		Document page = render(text, versions, Locale.ENGLISH);

		assertTradeOffs(page, next, words);
		assertLimits(page, next, words);
		assertConfidenceAndHeadline(page, next, words);
		assertVersions(page, List.of(first.data(), next), words);
		assertThat(page.select("#tradeoff-self-pacing .pull-strength td").eachText()).containsExactly("−50%", "−20%");
		assertThat(page.select("#tradeoff-self-pacing .pull-strength .pull-note").eachText())
			.containsOnly("A strength of yours: it counts the other way, towards a synchronous course.")
			.hasSize(2);
		assertThat(page.select("#limit-shaky-connection .limit-conditions li").eachText()).containsExactly(
				"How reliable is the internet where you would study? “It often drops out” or “I only have public Wi-Fi or mobile data”",
				"Where would you do most of your coursework? “On the move: cafes, trains, airports, hotels”");
		assertThat(page.select("#limit-shaky-connection .limit-keeps li").eachText())
			.containsExactly("Synchronous keeps 50% of its score.", "Hybrid is not possible.");
		assertThat(page.select(".confidence-note").eachText()).contains(
				"Then we test how steady the result is. We move each weight up and down by 10%. If that changes the best format, the result is one level less clear.",
				"A format that your circumstances cut to below 50% of its score is never called clear.");
	}

	private Document page(String language) {
		MvcTestResult result = this.mvc.get().uri("/method?lang=" + language).exchange();
		assertThat(result).hasStatusOk();
		return Pages.parse(result);
	}

	/** The page's main part, rendered from any model in words. */
	private Document render(ModelText method, List<VersionText> versions, Locale locale) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.servletContext, "GET", "/method");
		var exchange = JakartaServletWebApplication.buildApplication(this.servletContext)
			.buildExchange(request, new MockHttpServletResponse());
		WebContext context = new WebContext(exchange, locale, Map.of("method", method, "versions", versions));
		return Jsoup.parse(this.templates.process("method", Set.of("main"), context));
	}

	private static void assertTradeOffs(Document page, ModelFile data, Words words) {
		Map<Format, Double> sideWeights = new EnumMap<>(Format.class);
		for (ModelFile.TradeOffRule rule : data.tradeOffs()) {
			if (!"limits".equals(rule.countedThrough())) {
				sideWeights.merge(tradeOff(rule).favours(), rule.weight(), Double::sum);
			}
		}
		assertThat(page.select(".rule")).hasSize(data.tradeOffs().size());
		for (ModelFile.TradeOffRule rule : data.tradeOffs()) {
			TradeOff tradeOff = tradeOff(rule);
			Format favours = tradeOff.favours();
			Element block = page.getElementById("tradeoff-" + rule.id());
			assertThat(block).as(rule.id()).isNotNull();
			assertThat(block.selectFirst("h4").text()).isEqualTo(words.say(tradeOff.nameKey()));
			assertThat(block.selectFirst(".rule-summary").text()).isEqualTo(words.say(tradeOff.summaryKey()));
			assertThat(block.selectFirst(".rule-favours").text()).isEqualTo(words.say(favours.nameKey()));
			double sideWeight = sideWeights.get(favours);
			if ("limits".equals(rule.countedThrough())) {
				// A circumstance's trade-off (version 3 on) adds nothing to the scores.
				assertThat(block.selectFirst(".rule-weight-share").text())
					.isEqualTo(words.say("method.rule.weight.limits"));
			}
			else {
				assertThat(block.selectFirst(".rule-weight-share").text())
					.isEqualTo(words.say("method.rule.weight.value", percent(rule.weight() / sideWeight),
							words.say(favours.inlineKey())));
				assertThat(block.selectFirst(".rule-weight-raw").text()).isEqualTo(
						words.say("method.rule.weight.raw", words.decimal(rule.weight()), words.decimal(sideWeight)));
			}
			String hybrid = (rule.hybrid() > 0.5) ? "for" : (rule.hybrid() < 0.5) ? "against" : "neither";
			assertThat(block.selectFirst(".rule-hybrid").text())
				.isEqualTo(words.say("method.rule.hybrid." + hybrid, percent(rule.hybrid())));
			assertThat(block.selectFirst(".rule-combine").text())
				.endsWith(words.say("method.combine." + rule.combine()));
			assertThat(block.select("table.pulls")).hasSize(rule.answers().size());
			for (ModelFile.Pull pull : rule.answers()) {
				assertPulls(block, pull, "add-up".equals(rule.combine()), favours, words);
			}
		}
	}

	private static void assertPulls(Element block, ModelFile.Pull pull, boolean sum, Format favours, Words words) {
		Question question = Question.byId(pull.question()).orElseThrow();
		Element table = withAttribute(block, "table.pulls", "data-question", question.id());
		assertThat(table.selectFirst(".pulls-question").text()).isEqualTo(words.say(question.textKey()));
		if (sum) {
			double part = (pull.part() != null) ? pull.part() : 1.0;
			assertThat(table.selectFirst(".pulls-part").text()).isEqualTo(words.say("method.pull.part", percent(part)));
		}
		else {
			assertThat(table.select(".pulls-part")).isEmpty();
		}
		assertThat(table.select("tbody tr")).hasSize(question.optionCount());
		Format otherWay = (favours == Format.SYNCHRONOUS) ? Format.ASYNCHRONOUS : Format.SYNCHRONOUS;
		for (String option : question.optionIds()) {
			Element row = withAttribute(table, "tbody tr", "data-option", option);
			double value = pull.pulls().get(option);
			String expected = (value < 0) ? words.say("method.pull.strength", percent(-value))
					: words.say("method.percent", percent(value));
			assertThat(row.selectFirst(".pull-label").text()).isEqualTo(words.say(question.optionKey(option)));
			assertThat(row.selectFirst("td").text()).as("%s %s", question.id(), option).isEqualTo(expected);
			assertThat(row.select(".pull-note").eachText()).isEqualTo((value < 0)
					? List.of(words.say("method.pull.strength.note", words.say(otherWay.inlineKey()))) : List.of());
		}
	}

	private static void assertLimits(Document page, ModelFile data, Words words) {
		assertThat(page.select(".limit")).hasSize(data.limits().size());
		for (ModelFile.Limit limit : data.limits()) {
			Element block = page.getElementById("limit-" + limit.id());
			assertThat(block).as(limit.id()).isNotNull();
			List<Format> limited = Arrays.stream(Format.values())
				.filter((format) -> (limit.question() != null) ? limit.scoreKeptByAnswer().containsKey(format)
						: limit.scoreKept().containsKey(format))
				.toList();
			if (limit.question() != null) {
				Question question = Question.byId(limit.question()).orElseThrow();
				assertThat(block.selectFirst("caption .keeps-question").text())
					.isEqualTo(words.say(question.textKey()));
				List<String> headers = new ArrayList<>(List.of(words.say("method.limits.answer")));
				limited.forEach((format) -> headers.add(words.say(format.nameKey())));
				assertThat(block.select("thead th").eachText()).isEqualTo(headers);
				for (String option : question.optionIds()) {
					Element row = withAttribute(block, "tbody tr", "data-option", option);
					assertThat(row.selectFirst("th").text()).isEqualTo(words.say(question.optionKey(option)));
					assertThat(row.select("td").eachText()).as("%s %s", limit.id(), option)
						.isEqualTo(limited.stream()
							.map((format) -> words.keep(limit.scoreKeptByAnswer().get(format).get(option)))
							.toList());
				}
			}
			else {
				List<String> conditions = block.select(".limit-conditions li").eachText();
				assertThat(conditions).hasSize(limit.when().size());
				limit.when().forEach((questionId, options) -> {
					Question question = Question.byId(questionId).orElseThrow();
					assertThat(conditions).anySatisfy((condition) -> {
						assertThat(condition).startsWith(words.say(question.textKey()));
						options.forEach((option) -> assertThat(condition)
							.contains(words.say("method.limits.option", words.say(question.optionKey(option)))));
					});
				});
				assertThat(block.select(".limit-keeps li").eachText()).isEqualTo(limited.stream().map((format) -> {
					double keep = limit.scoreKept().get(format);
					String name = words.say(format.nameKey());
					return (keep > 0) ? words.say("method.limits.keep", name, percent(keep))
							: words.say("method.limits.keep.none", name);
				}).toList());
			}
			for (Format format : Format.values()) {
				if (!limited.contains(format)) {
					assertThat(block.text())
						.contains(words.say("method.limits.untouched", words.say(format.nameKey())));
				}
			}
		}
	}

	private static void assertConfidenceAndHeadline(Document page, ModelFile data, Words words) {
		ModelFile.ConfidenceRule confidence = data.confidence();
		assertThat(page.select(".confidence-levels dd").eachText()).containsExactly(
				words.say("method.confidence.high.rule", confidence.high()),
				words.say("method.confidence.medium.rule", confidence.medium(), confidence.high() - 1),
				words.say("method.confidence.low.rule", confidence.medium()));
		List<String> notes = page.select(".confidence-note").eachText();
		if (confidence.weightChange() > 0) {
			assertThat(notes)
				.contains(words.say("method.confidence.weight-change", percent(confidence.weightChange())));
		}
		if (confidence.clearNeedsScoreKept() > 0) {
			assertThat(notes).contains(words.say("method.confidence.keep", percent(confidence.clearNeedsScoreKept())));
		}
		int rules = ((confidence.weightChange() > 0) ? 1 : 0) + ((confidence.clearNeedsScoreKept() > 0) ? 1 : 0);
		assertThat(notes).hasSize(rules + 1).contains(words.say("method.confidence.only"));

		ModelFile.Headline headline = data.headline();
		List<String> lines = page.select(".headline-rules li").eachText();
		assertThat(lines).contains(words.say("method.headline.good", headline.good()),
				words.say("method.headline.fair", headline.fair(), headline.good() - 1),
				words.say("method.headline.weak", headline.fair()));
		assertThat(lines.contains(words.say("method.headline.leans"))).isEqualTo(headline.closeCallLeans());
	}

	private static void assertVersions(Document page, List<ModelFile> released, Words words) {
		assertThat(page.select(".version")).hasSize(released.size());
		for (ModelFile data : released) {
			Element version = page.getElementById("version-" + data.version());
			assertThat(version).as("version %d", data.version()).isNotNull();
			boolean current = data == released.get(released.size() - 1);
			assertThat(version.selectFirst("h3").text()).startsWith(words.say("method.versions.item", data.version()));
			assertThat(version.selectFirst("time").attr("datetime")).isEqualTo(data.released());
			assertThat(version.selectFirst("time").text()).isEqualTo(words.date(data.released()));
			assertThat(version.selectFirst(".version-summary").text())
				.isEqualTo(words.say("method.version." + data.version() + ".summary"));
			assertThat(version.hasClass("version-current")).isEqualTo(current);
			assertThat(version.select(".badge").eachText())
				.isEqualTo(current ? List.of(words.say("method.versions.current")) : List.of());
		}
		assertThat(page.select(".version").first().id()).as("the newest first")
			.isEqualTo("version-" + released.get(released.size() - 1).version());
	}

	private static TradeOff tradeOff(ModelFile.TradeOffRule rule) {
		return Arrays.stream(TradeOff.values())
			.filter((tradeOff) -> tradeOff.id().equals(rule.id()))
			.findFirst()
			.orElseThrow();
	}

	private static Element withAttribute(Element in, String selector, String attribute, String value) {
		List<Element> found = in.select(selector)
			.stream()
			.filter((each) -> each.attr(attribute).equals(value))
			.toList();
		assertThat(found).as("%s[%s=%s]", selector, attribute, value).hasSize(1);
		return found.get(0);
	}

	private static long percent(double share) {
		return Math.round(share * 100);
	}

	/**
	 * Version 1 with a learner's strength in a sum, a limit by a combination of answers,
	 * a robustness check, a minimum share for a clear result and headlines that lean on a
	 * close call.
	 */
	private static ModelFile nextVersion(ModelFile first) {
		Map<String, Double> pace = new LinkedHashMap<>();
		pace.put("fast", 0.1);
		pace.put("steady", 0.0);
		pace.put("own", 1.0);
		Map<String, Double> selfStart = new LinkedHashMap<>();
		selfStart.put("always", -0.5);
		selfStart.put("usually", -0.2);
		selfStart.put("sometimes", 0.0);
		selfStart.put("rarely", 0.0);
		List<ModelFile.TradeOffRule> tradeOffs = first.tradeOffs()
			.stream()
			.map((rule) -> rule.id().equals("self-pacing")
					? new ModelFile.TradeOffRule(rule.id(), rule.favours(), rule.weight(), rule.hybrid(), "add-up",
							List.of(new ModelFile.Pull("motivation.pace", 0.8, pace),
									new ModelFile.Pull("motivation.self-start", 0.2, selfStart)),
							null)
					: rule)
			.toList();
		Map<String, List<String>> when = new LinkedHashMap<>();
		when.put("connectivity.internet", List.of("public-only", "spotty"));
		when.put("connectivity.places", List.of("on-the-move"));
		Map<Format, Double> keep = new EnumMap<>(Format.class);
		keep.put(Format.SYNCHRONOUS, 0.5);
		keep.put(Format.HYBRID, 0.0);
		List<ModelFile.Limit> limits = new ArrayList<>(first.limits());
		limits.add(new ModelFile.Limit("shaky-connection", "technical-difficulties", null, null, when, keep));
		return new ModelFile(2, "2027-01-15", "A made-up next version.", first.scores(), first.tieOrder(), tradeOffs,
				limits, first.reasons(), new ModelFile.ConfidenceRule(15, 6, 0.1, 0.5),
				new ModelFile.Headline(70, 50, true), first.changes(), first.nextSteps(), first.schoolQuestions(),
				first.flags(), first.talkingPoints());
	}

	/** A model known only by its data: enough for the page, which reads nothing else. */
	private record DataOnly(ModelFile data) implements ScoringModel {

		@Override
		public int version() {
			return this.data.version();
		}

		@Override
		public Assessment assess(Answers answers) {
			throw new UnsupportedOperationException();
		}

		@Override
		public List<Change> whatWouldChange(Answers answers) {
			throw new UnsupportedOperationException();
		}

	}

	/** The message file of one language, to say what the page should say. */
	private record Words(Properties messages, Locale locale) {

		static Words of(String language) {
			return new Words(MessageFiles.load(language), Locale.forLanguageTag(language));
		}

		String say(String key, Object... arguments) {
			String message = this.messages.getProperty(key);
			assertThat(message).as(key).isNotNull();
			if (arguments.length == 0) {
				return message;
			}
			Object[] texts = Arrays.stream(arguments).map(String::valueOf).toArray();
			return new MessageFormat(message, this.locale).format(texts);
		}

		String keep(double share) {
			return (share > 0) ? say("method.percent", percent(share)) : say("method.limits.not-possible");
		}

		String decimal(double value) {
			NumberFormat format = NumberFormat.getNumberInstance(this.locale);
			format.setMaximumFractionDigits(2);
			return format.format(value);
		}

		String date(String iso) {
			return LocalDate.parse(iso)
				.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(this.locale));
		}

	}

}
