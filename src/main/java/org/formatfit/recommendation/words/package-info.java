/**
 * A recommendation, and the model itself, in plain words in the reader's language,
 * through message keys, for the pages and the API alike.
 */
@NamedInterface("words")
package org.formatfit.recommendation.words;

import org.springframework.modulith.NamedInterface;
