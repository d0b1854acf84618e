package io.zonewarden.core.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.model.risk.ConsequenceLimit;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Hazard;
import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.SafeguardKind;
import io.zonewarden.core.model.risk.ThreatScenario;
import io.zonewarden.core.vulnerability.MatchVulnerabilities;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Confidence;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.DecisionState;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Match;
import io.zonewarden.core.vulnerability.MatchVulnerabilities.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The risk assessment of IEC 62443-3-2 on a plant: ZCR 2 (high-level risk per zone through its process hazards) and
 * ZCR 5 (scenario risk, tolerable-risk comparison, SL-T).
 *
 * <p>SL-T of a zone in an FR is the highest, over the scenarios that target the zone and attack that FR, of the SL-T
 * the matrix gives the scenario's unmitigated cell and, when that risk is not tolerable, the threat source's
 * capability (an attacker of capability n is withstood by SL n, IEC 62443-3-3 section 4.2). SL-T is derived from the
 * unmitigated risk because it says what the countermeasures must achieve; existing countermeasures are part of SL-A.
 *
 * <p>A conduit gets, per FR, the highest SL-T of the scenarios whose shortest conduit chains from entry to target
 * cross it ({@link AttackPaths}): the attack must defeat the conduit as much as the zone behind it. A consequence is
 * first held down by the hazard's safeguards that are not cyber-dependent ({@code limits}), the credit a LOPA gives an
 * independent protection layer the initiating cause cannot defeat.
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
        return assess(plant, null);
    }

    /**
     * Assesses the plant's risk with the known vulnerabilities of its assets (IEC 62443-3-2 ZCR 5.2), matched and
     * with the owner's decisions applied ({@link MatchVulnerabilities#match(Plant, java.time.LocalDate)}).
     *
     * <p>The rule: a scenario whose target zones hold an asset affected by an advisory with a CVSS base score of at
     * least {@link KnownVulnerabilities#RAISING_CVSS}, matched by part number (confidence exact), with no vendor fix
     * applied (status affected) and no acceptance in force, is one likelihood level more likely, unmitigated and with
     * its existing countermeasures, capped at the matrix's highest level; once per scenario however many such assets
     * there are. A known, unpatched, high-severity weakness is what makes an attack of the threat source's capability
     * more likely to succeed (ZCR 5.4 rates likelihood with the vulnerabilities found). Family matches and unknown
     * versions are listed to check; an accepted risk raises nothing until its acceptance expires.
     *
     * @param matches the matches, or null for the assessment without advisories
     */
    public static RiskRegister assess(Plant plant, @Nullable List<Match> matches) {
        checkReferences(plant);
        var risk = plant.risk();
        var matrix = risk.matrix();
        var hazards = new HashMap<String, Hazard>();
        risk.hazards().forEach(h -> hazards.put(h.id(), h));
        var raising = new HashMap<String, List<Match>>();
        if (matches != null) {
            for (var m : matches) {
                if (m.zone() != null && KnownVulnerabilities.Role.of(m) == KnownVulnerabilities.Role.RAISES) {
                    raising.computeIfAbsent(m.zone(), k -> new ArrayList<>()).add(m);
                }
            }
        }
        var rows = new ArrayList<ScenarioRisk>(risk.scenarios().size());
        for (var s : risk.scenarios())
            rows.add(scenarioRisk(risk, hazards, s, raise(s, raising, matrix.likelihoodLevels())));
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
        var attackPaths = new AttackPaths(plant);
        var paths = risk.scenarios().stream().map(attackPaths::of).toList();
        return new RiskRegister(
                matrix,
                rows,
                zones,
                paths,
                conduits(plant, rows, paths),
                safetyZones(plant, rows, paths),
                sifsOutsideSafetyZones(plant),
                matches == null ? null : known(plant, matches));
    }

    /** The likelihood raise of a scenario: by the highest-scored raising match in its target zones, else none. */
    private static @Nullable LikelihoodRaise raise(ThreatScenario s, Map<String, List<Match>> raising, int top) {
        Match worst = null;
        String zone = null;
        int count = 0;
        for (var target : s.targets()) {
            for (var m : raising.getOrDefault(target, List.of())) {
                count++;
                if (worst == null
                        || m.cvss() > worst.cvss()
                        || m.cvss().equals(worst.cvss()) && m.advisory().compareTo(worst.advisory()) < 0) {
                    worst = m;
                    zone = target;
                }
            }
        }
        if (worst == null) return null;
        return new LikelihoodRaise(
                s.likelihood(),
                Math.min(s.likelihood() + 1, top),
                s.currentLikelihood(),
                Math.min(s.currentLikelihood() + 1, top),
                zone,
                worst.asset(),
                worst.advisory(),
                worst.cves(),
                worst.cvss(),
                count - 1,
                worst.decision() != null && worst.decision().state() == DecisionState.EXPIRED);
    }

    /** The matches per zone and per conduit (its boundary devices), and a vendor fix per affected asset. */
    private static KnownVulnerabilities known(Plant plant, List<Match> matches) {
        var byAsset = new LinkedHashMap<String, List<Match>>();
        for (var m : matches)
            byAsset.computeIfAbsent(m.asset(), k -> new ArrayList<>()).add(m);
        var zones = new ArrayList<KnownVulnerabilities.Listed>();
        for (var zone : plant.zones()) {
            zones.add(new KnownVulnerabilities.Listed(zone.id(), entries(zone.assets(), byAsset)));
        }
        var conduits = new ArrayList<KnownVulnerabilities.Listed>();
        for (var conduit : plant.conduits()) {
            conduits.add(new KnownVulnerabilities.Listed(conduit.id(), entries(conduit.devices(), byAsset)));
        }
        var updates = new ArrayList<KnownVulnerabilities.Update>();
        for (var entry : byAsset.entrySet()) {
            var affected = entry.getValue().stream()
                    .filter(m -> m.status() == Status.AFFECTED && m.confidence() == Confidence.EXACT)
                    .toList();
            var fix = affected.stream().filter(m -> m.remediation() != null).findFirst();
            if (fix.isEmpty()) continue;
            var cves = new java.util.LinkedHashSet<String>();
            affected.forEach(m -> cves.addAll(m.cves()));
            updates.add(new KnownVulnerabilities.Update(
                    "cm-update-" + entry.getKey(),
                    entry.getKey(),
                    fix.get().zone(),
                    affected.stream().map(Match::advisory).toList(),
                    List.copyOf(cves),
                    affected.stream()
                            .map(Match::cvss)
                            .filter(java.util.Objects::nonNull)
                            .max(Double::compare)
                            .orElse(null),
                    fix.get().remediation()));
        }
        return new KnownVulnerabilities(zones, conduits, updates);
    }

    private static List<KnownVulnerabilities.Entry> entries(List<String> assets, Map<String, List<Match>> byAsset) {
        var entries = new ArrayList<KnownVulnerabilities.Entry>();
        for (var asset : assets) {
            for (var m : byAsset.getOrDefault(asset, List.of())) {
                entries.add(new KnownVulnerabilities.Entry(m, KnownVulnerabilities.Role.of(m)));
            }
        }
        return entries;
    }

    private static List<ConduitRisk> conduits(Plant plant, List<ScenarioRisk> rows, List<AttackPath> paths) {
        var crossing = new LinkedHashMap<String, List<ScenarioRisk>>();
        plant.conduits().forEach(c -> crossing.put(c.id(), new ArrayList<>()));
        for (int i = 0; i < rows.size(); i++) {
            for (var c : paths.get(i).conduits()) crossing.get(c).add(rows.get(i));
        }
        var result = new ArrayList<ConduitRisk>();
        for (var conduit : plant.conduits()) {
            var scenarios = crossing.get(conduit.id());
            if (scenarios.isEmpty()) {
                result.add(new ConduitRisk(conduit.id(), List.of(), conduit.slTarget(), null, List.of()));
                continue;
            }
            var trace = new ArrayList<TargetTrace>(7);
            var levels = new int[7];
            for (var fr : FoundationalRequirement.values()) {
                var t = derive(fr, scenarios);
                trace.add(t);
                levels[fr.ordinal()] = t.level();
            }
            result.add(new ConduitRisk(
                    conduit.id(),
                    scenarios.stream().map(ScenarioRisk::id).toList(),
                    conduit.slTarget(),
                    SecurityLevelVector.of(levels),
                    trace));
        }
        return result;
    }

    private static List<SafetyZoneRisk> safetyZones(Plant plant, List<ScenarioRisk> rows, List<AttackPath> paths) {
        var risk = plant.risk();
        var result = new ArrayList<SafetyZoneRisk>();
        for (var zone : plant.zones()) {
            if (zone.kind() != ZoneKind.SAFETY) continue;
            var id = zone.id();
            var sifs = sifs(risk).stream().filter(f -> id.equals(f.zone())).toList();
            var reaching = new ArrayList<ScenarioRisk>();
            for (int i = 0; i < rows.size(); i++) {
                var row = rows.get(i);
                boolean crosses = paths.get(i).conduits().stream()
                        .anyMatch(c -> plant.conduit(c).map(k -> k.joins(id)).orElse(false));
                if (row.scenario().targets().contains(id) || crosses) reaching.add(row);
            }
            var controlConduits = new ArrayList<String>();
            for (var c : plant.conduits()) {
                if (!c.joins(id)) continue;
                for (var other : c.zones()) {
                    if (other.equals(id)) continue;
                    if (plant.zone(other).map(z -> z.kind() == ZoneKind.CONTROL).orElse(false)) {
                        controlConduits.add(c.id());
                    }
                }
            }
            var shared = new ArrayList<String>();
            for (var asset : zone.assets()) {
                boolean inControl = plant.zonesOf(asset).stream()
                        .anyMatch(z -> plant.zone(z)
                                .map(k -> k.kind() == ZoneKind.CONTROL)
                                .orElse(false));
                if (inControl) shared.add(asset);
            }
            var reachingIds = reaching.stream().map(ScenarioRisk::id).toList();
            var countermeasures = risk.countermeasures().stream()
                    .filter(cm -> cm.satisfies().stream().anyMatch(z -> z.zone().equals(id))
                            || cm.reduces().stream().anyMatch(r -> reachingIds.contains(r.scenario())))
                    .map(cm -> cm.id())
                    .toList();
            Integer worst = reaching.stream()
                    .map(ScenarioRisk::residualScore)
                    .max(Integer::compare)
                    .orElse(null);
            result.add(new SafetyZoneRisk(
                    id,
                    sifs,
                    reachingIds,
                    controlConduits,
                    shared,
                    countermeasures,
                    worst,
                    reaching.stream()
                            .filter(r -> !r.residualTolerable())
                            .map(ScenarioRisk::id)
                            .toList(),
                    risk.sisAssessments().stream()
                            .filter(a -> a.zone().equals(id))
                            .toList()));
        }
        return result;
    }

    private static List<SafetyZoneRisk.Sif> sifs(Risk risk) {
        var sifs = new ArrayList<SafetyZoneRisk.Sif>();
        for (var h : risk.hazards()) {
            for (var g : h.safeguards()) {
                if (g.kind() == SafeguardKind.SIS_TRIP)
                    sifs.add(new SafetyZoneRisk.Sif(h.id(), g.id(), g.name(), g.zone()));
            }
        }
        return sifs;
    }

    private static List<SafetyZoneRisk.Sif> sifsOutsideSafetyZones(Plant plant) {
        return sifs(plant.risk()).stream()
                .filter(f -> f.zone() != null
                        && plant.zone(f.zone())
                                .map(z -> z.kind() != ZoneKind.SAFETY)
                                .orElse(false))
                .toList();
    }

    public static ScenarioRisk scenarioRisk(Risk risk, Map<String, Hazard> hazards, ThreatScenario s) {
        return scenarioRisk(risk, hazards, s, null);
    }

    private static ScenarioRisk scenarioRisk(
            Risk risk, Map<String, Hazard> hazards, ThreatScenario s, @Nullable LikelihoodRaise raise) {
        var matrix = risk.matrix();
        var hazard = s.hazard() == null ? null : hazards.get(s.hazard());
        Consequences rated = !s.consequence().isEmpty() || hazard == null ? s.consequence() : hazard.consequence();
        List<ConsequenceLimit> limits = hazard == null ? List.of() : hazard.limitsOn(rated);
        Consequences consequences = hazard == null ? rated : hazard.limit(rated);
        int c = consequences.worst();
        int likelihood = raise == null ? s.likelihood() : raise.to();
        int current = raise == null ? s.currentLikelihood() : raise.residualTo();
        int inherent = matrix.score(c, likelihood);
        int residual = matrix.score(c, current);
        return new ScenarioRisk(
                s,
                c,
                consequences.worstCategory().orElse(null),
                inherent,
                residual,
                matrix.tolerable(inherent),
                matrix.tolerable(residual),
                matrix.slTarget(c, likelihood),
                limits,
                raise);
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
                        row.likelihood(),
                        row.cellTarget(),
                        floor,
                        floor > row.cellTarget() ? "capability" : "matrix",
                        !s.frsDeclared());
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
            // the safeguards no attacker can disable hold the hazard down here too
            if (h.limit(h.consequence()).worst() > worst) {
                worst = h.limit(h.consequence()).worst();
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
                        : worstHazard
                                .limit(worstHazard.consequence())
                                .worstCategory()
                                .orElse(null),
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
