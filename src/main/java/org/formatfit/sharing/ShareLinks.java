package org.formatfit.sharing;

import java.util.Optional;

import org.formatfit.questionnaire.Answers;
import org.formatfit.questionnaire.ResultLinks;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Share links as the questionnaire sees them: the current model's token for answers. */
@Component
class ShareLinks implements ResultLinks {

	@Override
	public String resultPath(Answers answers) {
		return UriComponentsBuilder.fromPath(ShareTokens.LINK_PATH).build(ShareTokens.tokenFor(answers)).toString();
	}

	@Override
	public Optional<Answers> answersIn(String token) {
		try {
			return Optional.of(ShareToken.parse(token).answers());
		}
		catch (ShareTokenCorrupt corrupt) {
			return Optional.empty();
		}
	}

}
