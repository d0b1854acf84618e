package io.zonewarden.core.zoning;

import io.zonewarden.core.model.Plant;
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

    /** A validator with every rule of {@link ZoningRules#ALL}. */
    public static PlantValidator standard() {
        return new PlantValidator(ZoningRules.ALL);
    }

    public List<ZoningRule> rules() {
        return rules;
    }

    public ValidationReport validate(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var rule : rules) {
            findings.addAll(rule.apply(plant));
        }
        findings.sort(ORDER);
        return new ValidationReport(findings);
    }
}
