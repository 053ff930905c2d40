/**
 * The engine: one class that applies a model file ({@code models/model-vN.yaml}) to an
 * answer set, and the reader of those files. Internal to {@code recommendation}: other
 * modules go through {@code ScoringModels}.
 */
package org.formatfit.recommendation.model;
