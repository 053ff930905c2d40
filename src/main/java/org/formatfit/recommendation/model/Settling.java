package org.formatfit.recommendation.model;

import org.formatfit.recommendation.Assessment;
import org.formatfit.recommendation.Confidence;

/**
 * How settled a result is, and what made it less settled than its margin says.
 *
 * @param confidence how settled
 * @param by what decided it
 */
record Settling(Confidence confidence, Assessment.SettledBy by) {

}
