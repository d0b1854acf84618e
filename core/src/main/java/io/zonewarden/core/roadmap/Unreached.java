package io.zonewarden.core.roadmap;

import org.jspecify.annotations.Nullable;

/**
 * A scenario whose risk stays above the tolerable line after the roadmap.
 *
 * @param scoreAfter its score after the plan
 * @param bestPossible its score with every countermeasure in place: above the line too means no countermeasure
 *     in the model is enough, whatever the budget
 * @param safetyScore the risk of its safety consequence after the plan; {@code null} when it has none
 * @param safety true when that safety risk is above the tolerable line
 */
public record Unreached(
        String scenario,
        int scoreAfter,
        int bestPossible,
        @Nullable Integer safetyScore,
        boolean safety) {}
