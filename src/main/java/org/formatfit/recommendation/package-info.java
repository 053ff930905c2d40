/**
 * The recommendation: the trade-offs of online course formats, the released scoring
 * models ({@code ScoringModels}, each defined by a data file read by the engine in
 * {@code model}) and what they say of an answer set: which format fits, how well, why,
 * and what would change it. {@code words} puts it all into the reader's language.
 */
@ApplicationModule(allowedDependencies = { "questionnaire" })
package org.formatfit.recommendation;

import org.springframework.modulith.ApplicationModule;
