/**
 * Puts the questionnaire, a recommendation and the scoring model itself into plain words
 * in the reader's language, through message keys, for the pages and the API alike.
 */
package org.formatfit.explaining;
