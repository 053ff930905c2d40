package org.formatfit.groups;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.stereotype.Component;

/**
 * Each group's summary, worked out once per version of the group and kept: a group page
 * reloaded in a loop, its live refresh, its CSV and its JSON then cost a few small
 * queries and the page itself, not re-scoring every result (5,000 in a full group). The
 * cache is bounded by the results it holds, not by groups, so that a few full groups
 * cannot fill the heap; the least recently used go first. Each instance keeps its own.
 */
@Component
public class GroupSummaries {

	/** The most results held at once, across groups: four full groups. */
	static final int RESULTS_HELD = 20_000;

	private final Groups groups;

	private final Cache<Version, GroupSummary> summaries = Caffeine.newBuilder()
		.maximumWeight(RESULTS_HELD)
		.<Version, GroupSummary>weigher((version, summary) -> 1 + summary.total())
		.build();

	GroupSummaries(Groups groups) {
		this.groups = groups;
	}

	/** The group's current version ({@link Groups#version}), for its page's ETag. */
	public String version(AdvisorGroup group) {
		return this.groups.version(group);
	}

	/** The group's summary as of this version. */
	public GroupSummary of(AdvisorGroup group, String version) {
		return this.summaries.get(new Version(group.id(), version),
				(unused) -> GroupSummary.of(this.groups.results(group)));
	}

	/** The group's summary now. */
	public GroupSummary of(AdvisorGroup group) {
		return of(group, version(group));
	}

	private record Version(long group, String version) {

	}

}
