/**
 * The JSON API (v1) of the public contract: the questionnaire, recommendations and share
 * tokens, with errors as RFC 9457 problem details.
 */
package org.formatfit.api;
