package io.zonewarden.core.zoning;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.risk.AttackPaths;
import io.zonewarden.core.risk.RiskRegister;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rules on the threat scenarios of the risk section (IEC 62443-3-2 ZCR 5): that each names the FRs it threatens,
 * that the drawing lets it reach its targets, and that the conduits it crosses declare the SL-T it calls for. Each
 * costs time linear in the drawing per scenario.
 */
final class ScenarioRules {

    private ScenarioRules() {}

    /**
     * A scenario without {@code frs} is derived against all seven FRs, so one scenario can demand confidentiality
     * (FR 4) at SL 3 of a BPCS whose threat is to integrity and availability: ZCR 5.6 derives SL-T per FR from what
     * the threat attacks, so the FRs must be named.
     */
    static List<Finding> frsMissing(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var s : plant.risk().scenarios()) {
            if (s.frsDeclared()) continue;
            findings.add(new Finding(
                    "SCENARIO-FRS-MISSING",
                    Severity.WARNING,
                    List.of(s.id()),
                    "scenario " + s.id() + " does not name the foundational requirements it threatens: its SL-T is"
                            + " derived in all seven FRs",
                    "add frs: [...] to the scenario, e.g. [FR 1, FR 2, FR 3, FR 5, FR 7] for an attack on control"
                            + " logic (integrity and availability), adding FR 4 only where confidentiality is at"
                            + " stake"));
        }
        return findings;
    }

    /**
     * A scenario whose entry no chain of conduits joins to a target cannot happen as the zones are drawn: either a
     * conduit is missing from the drawing (ZCR 3.1: every path between zones is a conduit) or the scenario is wrong.
     */
    static List<Finding> unreachable(Plant plant) {
        var findings = new ArrayList<Finding>();
        if (plant.risk().scenarios().isEmpty()) return findings;
        var paths = new AttackPaths(plant);
        for (var s : plant.risk().scenarios()) {
            var path = paths.of(s);
            if (path.unreachable().isEmpty()) continue;
            findings.add(new Finding(
                    "SCENARIO-UNREACHABLE",
                    Severity.WARNING,
                    List.of(s.id()),
                    "scenario " + s.id() + " enters through " + s.entry()
                            + (path.entryZones().isEmpty()
                                    ? ""
                                    : " (zone " + String.join(", ", path.entryZones()) + ")")
                            + " but no chain of conduits leads from there to "
                            + String.join(", ", path.unreachable()),
                    "declare the conduit the attack would use (a path that is not in the drawing is not protected"
                            + " either), or correct the scenario's entry or targets"));
        }
        return findings;
    }

    /** ZCR 5.6 for conduits: a conduit's declared SL-T below the SL-T of the attacks whose path crosses it. */
    static List<Finding> conduitBelowDerived(Plant plant) {
        if (plant.risk().scenarios().isEmpty()) return List.of();
        RiskRegister register;
        try {
            register = AssessRisk.assess(plant);
        } catch (IllegalArgumentException e) {
            return List.of(); // RiskTargetRule reports the broken reference
        }
        var findings = new ArrayList<Finding>();
        for (var conduit : register.conduits()) {
            var below = conduit.below();
            if (below.isEmpty() || conduit.derived() == null) continue;
            var why = below.stream()
                    .sorted()
                    .map(fr -> {
                        var t = conduit.trace().get(fr.ordinal());
                        return fr.id() + " "
                                + (conduit.declared() == null
                                        ? "-"
                                        : conduit.declared().of(fr).value()) + " < " + t.level() + " (" + t.scenario()
                                + ")";
                    })
                    .collect(Collectors.joining(", "));
            var subjects = new ArrayList<String>();
            subjects.add(conduit.conduit());
            below.stream()
                    .sorted()
                    .map(fr -> conduit.trace().get(fr.ordinal()).scenario())
                    .filter(s -> s != null && !subjects.contains(s))
                    .forEach(subjects::add);
            findings.add(new Finding(
                    "ZCR-5.6-CONDUIT",
                    // a warning like ZCR-5.6: the derived level rests on a matrix the asset owner calibrates
                    Severity.WARNING,
                    subjects,
                    "conduit " + conduit.conduit() + " declares SL-T "
                            + (conduit.declared() == null
                                    ? "(none)"
                                    : conduit.declared().toString())
                            + " below the SL-T of the attacks whose path crosses it, " + conduit.derived() + ": "
                            + why,
                    "raise the conduit's slTarget in those FRs (its boundary devices must then achieve it), or"
                            + " revisit the scenarios or the drawing (zonewarden risk shows each path)"));
        }
        return findings;
    }
}
