package io.zonewarden.core.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Hazard;
import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.ThreatScenario;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The risk assessment of IEC 62443-3-2 on a plant: ZCR 2 (high-level risk per zone through its process hazards) and
 * ZCR 5 (scenario risk, tolerable-risk comparison, SL-T).
 *
 * <p>SL-T of a zone in an FR is the highest, over the scenarios that target the zone and attack that FR, of the SL-T
 * the matrix gives the scenario's unmitigated cell and, when that risk is not tolerable, the threat source's
 * capability (an attacker of capability n is withstood by SL n, IEC 62443-3-3 section 4.2). SL-T is derived from the
 * unmitigated risk because it says what the countermeasures must achieve; existing countermeasures are part of SL-A.
 */
public final class AssessRisk {

    private AssessRisk() {}

    /**
     * Assesses the plant's risk.
     *
     * @throws IllegalArgumentException when a scenario or safeguard names a zone, conduit or asset the plant lacks;
     *     nothing is computed then
     */
    public static RiskRegister assess(Plant plant) {
        checkReferences(plant);
        var risk = plant.risk();
        var matrix = risk.matrix();
        var hazards = new HashMap<String, Hazard>();
        risk.hazards().forEach(h -> hazards.put(h.id(), h));
        var rows = new ArrayList<ScenarioRisk>(risk.scenarios().size());
        for (var s : risk.scenarios()) rows.add(scenarioRisk(risk, hazards, s));
        var byZone = new LinkedHashMap<String, List<ScenarioRisk>>();
        plant.zones().forEach(z -> byZone.put(z.id(), new ArrayList<>()));
        for (var row : rows) {
            for (var target : row.scenario().targets()) byZone.get(target).add(row);
        }
        var neighbours = new HashMap<String, Set<String>>();
        for (var c : plant.conduits()) {
            if (c.zones().size() != 2) continue;
            neighbours
                    .computeIfAbsent(c.zones().get(0), k -> new HashSet<>())
                    .add(c.zones().get(1));
            neighbours
                    .computeIfAbsent(c.zones().get(1), k -> new HashSet<>())
                    .add(c.zones().get(0));
        }
        var zones = new ArrayList<ZoneRisk>();
        for (var zone : plant.zones()) {
            var scenarios = byZone.get(zone.id());
            var trace = new ArrayList<TargetTrace>(7);
            var levels = new int[7];
            for (var fr : FoundationalRequirement.values()) {
                var t = derive(fr, scenarios);
                trace.add(t);
                levels[fr.ordinal()] = t.level();
            }
            zones.add(new ZoneRisk(
                    zone.id(),
                    highLevel(zone.id(), risk, neighbours.getOrDefault(zone.id(), Set.of())),
                    scenarios.stream().map(ScenarioRisk::id).toList(),
                    zone.slTarget(),
                    SecurityLevelVector.of(levels),
                    trace));
        }
        return new RiskRegister(matrix, rows, zones);
    }

    public static ScenarioRisk scenarioRisk(Risk risk, Map<String, Hazard> hazards, ThreatScenario s) {
        var matrix = risk.matrix();
        Consequences consequences = !s.consequence().isEmpty() || s.hazard() == null
                ? s.consequence()
                : hazards.get(s.hazard()).consequence();
        int c = consequences.worst();
        int inherent = matrix.score(c, s.likelihood());
        int residual = matrix.score(c, s.currentLikelihood());
        return new ScenarioRisk(
                s,
                c,
                consequences.worstCategory().orElse(null),
                inherent,
                residual,
                matrix.tolerable(inherent),
                matrix.tolerable(residual),
                matrix.slTarget(c, s.likelihood()));
    }

    private static TargetTrace derive(FoundationalRequirement fr, List<ScenarioRisk> scenarios) {
        TargetTrace best = new TargetTrace(fr, 0, null, 0, 0, 0, 0, "none");
        for (var row : scenarios) {
            var s = row.scenario();
            if (!s.frs().contains(fr)) continue;
            int floor = row.inherentTolerable() ? 0 : s.capability().securityLevel();
            int level = Math.max(row.cellTarget(), floor);
            if (level > best.level()) {
                best = new TargetTrace(
                        fr,
                        level,
                        s.id(),
                        row.consequence(),
                        s.likelihood(),
                        row.cellTarget(),
                        floor,
                        floor > row.cellTarget() ? "capability" : "matrix");
            }
        }
        return best;
    }

    private static HighLevelRisk highLevel(String zone, Risk risk, Set<String> neighbours) {
        int worst = 0;
        Hazard worstHazard = null;
        var affected = new ArrayList<String>();
        var cyberPha = new ArrayList<String>();
        for (var h : risk.hazards()) {
            boolean here = h.safeguards().stream().anyMatch(g -> g.cyberDependent() && zone.equals(g.zone()));
            if (!here) continue;
            affected.add(h.id());
            if (h.consequence().worst() > worst) {
                worst = h.consequence().worst();
                worstHazard = h;
            }
            boolean defeatable = h.allSafeguardsCyberDependent()
                    && h.safeguards().stream().allMatch(g -> zone.equals(g.zone()) || neighbours.contains(g.zone()));
            if (defeatable) cyberPha.add(h.id());
        }
        return new HighLevelRisk(
                worst,
                worstHazard == null
                        ? null
                        : worstHazard.consequence().worstCategory().orElse(null),
                worstHazard == null ? null : worstHazard.id(),
                affected,
                cyberPha);
    }

    /** Refuses scenarios and safeguards that name zones, conduits or assets the plant does not have. */
    public static void checkReferences(Plant plant) {
        for (var s : plant.risk().scenarios()) {
            for (var t : s.targets()) {
                if (plant.zone(t).isEmpty()) {
                    throw new IllegalArgumentException("scenario " + s.id() + " targets unknown zone '" + t + "'");
                }
            }
            if (plant.zone(s.entry()).isEmpty()
                    && plant.conduit(s.entry()).isEmpty()
                    && plant.asset(s.entry()).isEmpty()) {
                throw new IllegalArgumentException(
                        "scenario " + s.id() + " enters through unknown conduit, zone or asset '" + s.entry() + "'");
            }
        }
        for (var h : plant.risk().hazards()) {
            for (var g : h.safeguards()) {
                if (g.zone() != null && plant.zone(g.zone()).isEmpty()) {
                    throw new IllegalArgumentException(
                            "hazard " + h.id() + " safeguard " + g.id() + " runs in unknown zone '" + g.zone() + "'");
                }
            }
        }
        for (var cm : plant.risk().countermeasures()) {
            for (var z : cm.satisfies()) {
                if (plant.zone(z.zone()).isEmpty()) {
                    throw new IllegalArgumentException(
                            "countermeasure " + cm.id() + " satisfies requirements in unknown zone '" + z.zone() + "'");
                }
            }
        }
    }
}
