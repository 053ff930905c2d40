/**
 * The trade-off model and the scorer: weighs a complete answer set against the ten
 * trade-offs of online course formats and says which format fits, how well, why, and what
 * would change it. Plain Java: no web, no framework; every released model version stays
 * here, frozen.
 */
package org.formatfit.scoring;
