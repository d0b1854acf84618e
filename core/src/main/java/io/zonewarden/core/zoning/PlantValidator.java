package io.zonewarden.core.zoning;

import io.zonewarden.core.model.Plant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Runs a list of zoning rules over a plant model. */
public final class PlantValidator {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(Finding::rule)
            .thenComparing(f -> String.join(",", f.subjects()));

    private final List<ZoningRule> rules;

    public PlantValidator(List<ZoningRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A validator with every rule of {@link ZoningRules#ALL} and the {@link CrossChecks}, judged today. */
    public static PlantValidator standard() {
        return standard(LocalDate.now());
    }

    /**
     * A validator with every rule of {@link ZoningRules#ALL} and the {@link CrossChecks}; the date decides who has
     * left (LEAVER-HAS-ACCESS).
     */
    public static PlantValidator standard(LocalDate asOf) {
        var rules = new ArrayList<>(ZoningRules.ALL);
        rules.addAll(CrossChecks.rules(asOf));
        return new PlantValidator(rules);
    }

    public List<ZoningRule> rules() {
        return rules;
    }

    /**
     * Runs every rule. The rules are pure functions of an immutable plant, so on a large model they run side by side
     * (common pool); the findings are sorted afterwards, so the report is the same in any case.
     */
    public ValidationReport validate(Plant plant) {
        var stream = plant.assets().size() < PARALLEL_THRESHOLD ? rules.stream() : rules.parallelStream();
        var findings = new ArrayList<Finding>(
                stream.flatMap(rule -> rule.apply(plant).stream()).toList());
        findings.sort(ORDER);
        return new ValidationReport(findings);
    }

    /** Below this many assets a model validates in milliseconds and threads would only add their start-up. */
    private static final int PARALLEL_THRESHOLD = 5_000;
}
