package io.zonewarden.core.zoning;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.risk.AssessRisk;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** ZCR 5.6: the SL-T a zone declares against the one its threat scenarios call for (see {@link AssessRisk}). */
final class RiskTargetRule {

    private RiskTargetRule() {}

    static List<Finding> check(Plant plant) {
        if (plant.risk().scenarios().isEmpty()) return List.of();
        var findings = new ArrayList<Finding>();
        io.zonewarden.core.risk.RiskRegister register;
        try {
            register = AssessRisk.assess(plant);
        } catch (IllegalArgumentException e) {
            // a model built by other means than the reader may name zones it lacks: say so instead of deriving
            return List.of(new Finding(
                    "ZCR-5.6",
                    Severity.ERROR,
                    List.of(),
                    "SL-T cannot be derived: " + e.getMessage(),
                    "fix the reference in the risk section"));
        }
        for (var zone : register.zones()) {
            var below = zone.below();
            if (below.isEmpty()) continue;
            var why = below.stream()
                    .sorted()
                    .map(fr -> {
                        var t = zone.trace().get(fr.ordinal());
                        return fr.id() + " "
                                + (zone.declared() == null
                                        ? "-"
                                        : zone.declared().of(fr).value()) + " < " + t.level() + " (" + t.scenario()
                                + ", " + t.setBy() + ")";
                    })
                    .collect(Collectors.joining(", "));
            var subjects = new ArrayList<String>();
            subjects.add(zone.zone());
            below.stream()
                    .sorted()
                    .map(fr -> zone.trace().get(fr.ordinal()).scenario())
                    .filter(s -> s != null && !subjects.contains(s))
                    .forEach(subjects::add);
            findings.add(new Finding(
                    "ZCR-5.6",
                    // a warning: the derived level rests on a matrix the asset owner calibrates
                    Severity.WARNING,
                    subjects,
                    "zone " + zone.zone() + " declares SL-T "
                            + (zone.declared() == null
                                    ? "(none)"
                                    : zone.declared().toString())
                            + " below the SL-T its threat scenarios call for, " + zone.derived() + ": " + why,
                    "raise the zone's slTarget to at least " + zone.derived()
                            + " in those FRs, or revisit the scenarios' likelihood, consequence or FRs"
                            + " (zonewarden risk shows the trace)"));
        }
        return findings;
    }
}
