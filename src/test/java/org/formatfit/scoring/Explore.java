package org.formatfit.scoring;

import java.util.*;
import org.formatfit.questionnaire.*;

class Explore {

	public static void main(String[] args) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("nurse",
				"on-call no main-reason helpful occasional fine one usually no-effect own reliable a-few-places own important degree");
		p.put("parent",
				"mostly usually important helpful helpful lonely none usually helps steady reliable one-place shared important degree");
		p.put("traveller",
				"shifting rarely main-reason neutral occasional fine several always no-effect own public-only on-the-move own secondary certificate");
		p.put("budget",
				"mostly usually important neutral not-needed enjoy several always cramps-me own reliable one-place own top skills");
		p.put("newcomer",
				"fixed yes nice-to-have essential essential lonely none usually helps fast reliable one-place own secondary degree");
		p.put("watching-eye",
				"fixed yes not-a-factor helpful helpful lonely one rarely need-it steady reliable one-place own secondary degree");
		p.put("both-ways",
				"shifting usually main-reason essential helpful drains-me one sometimes helps steady reliable one-place own important degree");
		p.put("debater",
				"fixed yes not-a-factor essential helpful fine several usually no-effect fast reliable one-place own not-a-factor degree");
		p.put("people-no-live",
				"mostly no important essential essential drains-me none rarely need-it steady reliable one-place own secondary degree");
		p.put("phone-only",
				"fixed yes nice-to-have neutral occasional fine one usually no-effect steady spotty one-place none secondary degree");
		p.put("neutral",
				"mostly usually nice-to-have neutral occasional fine one usually no-effect steady mostly a-few-places own secondary certificate");
		ScoringModel m = ScoringModels.current();
		for (var e : p.entrySet()) {
			Answers a = AnswerSets.parse(e.getValue());
			Recommendation r = m.recommend(a);
			System.out.printf("%-15s %-13s %s %s%n", e.getKey(), r.format(), r.assessment().scores(),
					r.assessment().confidence());
			for (Reason reason : r.assessment().reasons())
				System.out.printf("     %-24s %-13s %.2f %s%n", reason.tradeOff().id(), reason.favours(),
						reason.weight(), reason.questions().stream().map(Question::id).toList());
			for (Change c : r.changes())
				System.out.printf("     change %s=%s -> %s%n", c.question().id(), c.optionId(), c.format());
		}
		// distribution
		int[] counts = new int[3];
		Random rnd = new Random(1);
		int n = 200000;
		long t0 = System.nanoTime();
		for (int i = 0; i < n; i++)
			counts[m.assess(AnswerSets.random(rnd)).format().ordinal()]++;
		System.out.println(Arrays.toString(counts) + " " + (System.nanoTime() - t0) / n + " ns/assess");
	}

}
