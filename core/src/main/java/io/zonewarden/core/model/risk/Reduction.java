package io.zonewarden.core.model.risk;

/**
 * How much a countermeasure lowers a scenario: by {@code likelihood} likelihood levels and {@code consequence}
 * consequence levels. Reductions of several countermeasures add up; the level never goes below 1.
 */
public record Reduction(String scenario, int likelihood, int consequence) {

    public Reduction {
        if (likelihood < 0 || consequence < 0) {
            throw new IllegalArgumentException("a reduction of scenario " + scenario
                    + " lowers levels, it cannot be negative (likelihood " + likelihood + ", consequence "
                    + consequence + ")");
        }
        if (likelihood == 0 && consequence == 0) {
            throw new IllegalArgumentException(
                    "a reduction of scenario " + scenario + " must lower its likelihood or its consequence");
        }
    }
}
