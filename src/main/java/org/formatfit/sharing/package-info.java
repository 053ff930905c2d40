/**
 * Share links: the compact, versioned, strictly decoded token that carries an answer set
 * and the scoring model version, so that a result lives in its link and nowhere else.
 */
package org.formatfit.sharing;
