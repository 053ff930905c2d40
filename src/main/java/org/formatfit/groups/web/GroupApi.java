package org.formatfit.groups.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.formatfit.groups.GroupSummaries;
import org.formatfit.groups.GroupSummary;
import org.formatfit.errors.ProblemJson;
import org.formatfit.groups.AdvisorGroup;
import org.formatfit.groups.Groups;
import org.formatfit.groups.GroupSummary.Count;
import org.formatfit.groups.GroupSummary.Row;
import org.formatfit.http.ApiPaths;
import org.formatfit.http.StreamedAddresses;
import org.formatfit.recommendation.Confidence;
import org.formatfit.recommendation.Format;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * An advisor group's summary as JSON, for an advisor's own tools: what the group page
 * shows, by ids. The key is the one in the group page's address; the answer is never
 * cached ({@code http.PrivateByDefault}).
 */
@RestController
@Tag(name = "v1")
@ApiResponse(responseCode = "406", description = "The request's Accept header names neither JSON nor problem JSON.")
class GroupApi {

	private final Groups groups;

	private final GroupSummaries summaries;

	GroupApi(Groups groups, GroupSummaries summaries) {
		this.groups = groups;
		this.summaries = summaries;
	}

	@Operation(operationId = "getGroup", summary = "An advisor group's summary",
			description = "How many results were shared with the group, the formats they recommend, how clear they are, "
					+ "how many carry each advisor flag, each trade-off's average share of the decision, and every "
					+ "shared result in the order it arrived, with the name or initials its student typed (if any), "
					+ "each format's score and its token. Whoever has the key sees the group.")
	@ApiResponse(responseCode = "200", description = "The group's summary.")
	@ApiResponse(responseCode = "404", description = "No group has this key: it is unknown, mistyped or deleted.")
	@ApiResponse(responseCode = "503",
			description = "Groups are unavailable right now (their database is out of reach); the rest of the API works.")
	@GetMapping(path = ApiPaths.GROUPS + "/{key}",
			produces = { ProblemJson.JSON_UTF8, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	GroupBody group(@Parameter(description = "The group's private key, as in its page's address.",
			example = "PHPWJsQS3DaLBukyeFB45w") @PathVariable String key) {
		AdvisorGroup group = this.groups.open(key).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return GroupBody.of(group, this.groups.deletedOn(group), this.summaries.of(group));
	}

	/**
	 * A full group's summary, about 1.8 MB with 5,000 results, goes out as Jackson writes
	 * it, never held whole.
	 */
	@Bean
	static StreamedAddresses streamedSummary() {
		return StreamedAddresses.of(ApiPaths.GROUPS + "/{key}");
	}

	/** The API's answer when groups are unavailable: a problem, not a page. */
	@RestControllerAdvice(assignableTypes = GroupApi.class)
	static class Unavailable {

		private final MessageSource messages;

		Unavailable(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler(DataAccessException.class)
		ResponseEntity<ProblemDetail> unavailable(Locale locale) {
			return ProblemJson.response(ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
					this.messages.getMessage(GroupNotice.UNAVAILABLE.leadKey(), null, locale)));
		}

	}

	/**
	 * A group's summary.
	 *
	 * @param label what the advisor called the group
	 * @param createdOn the day it was made
	 * @param deletedOn the day it will be deleted, unless the advisor deletes it first
	 * @param results how many results were shared with it
	 * @param formats how many results recommend each format, in the formats' order
	 * @param confidence how many results are how clear, clearest first
	 * @param flags how many results carry each advisor flag, the most common first
	 * @param tradeOffs each trade-off's average share of the decision, heaviest first
	 * @param sharedResults every shared result, in the order it arrived
	 */
	@Schema(name = "Group", requiredProperties = { "label", "createdOn", "deletedOn", "results", "formats",
			"confidence", "flags", "tradeOffs", "sharedResults" })
	record GroupBody(String label, LocalDate createdOn, LocalDate deletedOn, int results, List<FormatCount> formats,
			List<ConfidenceCount> confidence, List<FlagCount> flags, List<TradeOffWeight> tradeOffs,
			List<SharedBody> sharedResults) {

		static GroupBody of(AdvisorGroup group, LocalDate deletedOn, GroupSummary summary) {
			return new GroupBody(group.label(), group.createdOn(), deletedOn, summary.total(),
					summary.formats().stream().map((count) -> new FormatCount(count.what(), count.count())).toList(),
					summary.confidence()
						.stream()
						.map((count) -> new ConfidenceCount(count.what(), count.count()))
						.toList(),
					summary.flags().stream().map(FlagCount::of).toList(),
					summary.tradeOffs()
						.stream()
						.map((weight) -> new TradeOffWeight(weight.tradeOff().id(), weight.percent()))
						.toList(),
					summary.results().stream().map(SharedBody::of).toList());
		}

	}

	/**
	 * How many results recommend a format.
	 *
	 * @param format the format
	 * @param results how many results recommend it
	 */
	@Schema(name = "GroupFormat", requiredProperties = { "format", "results" })
	record FormatCount(Format format, int results) {

	}

	/**
	 * How many results are this clear.
	 *
	 * @param confidence how clear
	 * @param results how many results
	 */
	@Schema(name = "GroupConfidence", requiredProperties = { "confidence", "results" })
	record ConfidenceCount(Confidence confidence, int results) {

	}

	/**
	 * How many results carry an advisor flag.
	 *
	 * @param id the flag's id
	 * @param results how many results carry it
	 */
	@Schema(name = "GroupFlag", requiredProperties = { "id", "results" })
	record FlagCount(String id, int results) {

		static FlagCount of(Count<String> count) {
			return new FlagCount(count.what(), count.count());
		}

	}

	/**
	 * A trade-off's average share of the decision across a group's results.
	 *
	 * @param id the trade-off's id
	 * @param percent its average share, in percent
	 */
	@Schema(name = "GroupTradeOff", requiredProperties = { "id", "percent" })
	record TradeOffWeight(String id, int percent) {

	}

	/**
	 * One shared result.
	 *
	 * @param number its place in the order of arrival, from 1
	 * @param name the name or initials the student shared it under, or {@code null}
	 * @param sharedOn the day it was shared
	 * @param token its share token: {@code GET /api/v1/recommendations/{token}} gives it
	 * in full
	 * @param modelVersion the scoring model version it was made with
	 * @param format the recommended format
	 * @param scores each format's score, in the formats' order
	 * @param confidence how clear it is
	 * @param flags the ids of its advisor flags, most serious first
	 */
	@Schema(name = "GroupResult", requiredProperties = { "number", "name", "sharedOn", "token", "modelVersion",
			"format", "scores", "confidence", "flags" })
	record SharedBody(int number,
			@Schema(description = "The name or initials the student typed when sharing, or null when they typed none "
					+ "(the group page then says \"Result\" and the number).",
					types = {
							"string", "null" }) String name,
			LocalDate sharedOn, String token, int modelVersion, Format format, List<FormatScore> scores,
			Confidence confidence, List<String> flags){

		static SharedBody of(Row row) {
			List<FormatScore> scores = new ArrayList<>();
			for (Format format : Format.values()) {
				scores.add(new FormatScore(format, row.recommendation().assessment().score(format),
						!row.recommendation().assessment().isRuledOut(format)));
			}
			return new SharedBody(row.number(), row.name(), row.sharedOn(), row.token(),
					row.recommendation().modelVersion(), row.format(), scores, row.confidence(), row.flagIds());
		}

	}

	/**
	 * How well a format fits one result's student.
	 *
	 * @param format the format
	 * @param score its score, from 0 to 100
	 * @param possible whether the student can take part in it at all: their circumstances
	 * may rule it out, whatever its score
	 */
	@Schema(name = "GroupResultScore", requiredProperties = { "format", "score", "possible" })
	record FormatScore(Format format, @Schema(minimum = "0", maximum = "100") int score, boolean possible) {

	}

}
