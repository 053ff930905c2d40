package org.formatfit.api;

import java.util.ArrayList;
import java.util.List;

/** The message keys the API's problems read, for the message files' tests. */
public final class ApiProblemKeys {

	private ApiProblemKeys() {
	}

	public static List<String> all() {
		List<String> keys = new ArrayList<>(List.of(ProblemType.UNKNOWN_FIELD_KEY));
		for (ProblemType type : ProblemType.values()) {
			keys.addAll(List.of(type.titleKey(), type.detailKey()));
		}
		return keys;
	}

}
