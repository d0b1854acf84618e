package io.zonewarden.core.roadmap;

/**
 * A scenario whose risk stays above the tolerable line after the roadmap.
 *
 * @param scoreAfter its score after the plan
 * @param bestPossible its score with every countermeasure in place: above the line too means no countermeasure
 *     in the model is enough, whatever the budget
 */
public record Unreached(String scenario, int scoreAfter, int bestPossible) {}
