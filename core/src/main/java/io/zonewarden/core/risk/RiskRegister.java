package io.zonewarden.core.risk;

import io.zonewarden.core.model.risk.RiskMatrix;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The risk register of a plant: every scenario's inherent and residual risk and path, every zone's and conduit's SL-T
 * derivation, and the SIS security risk assessment of each safety zone.
 *
 * @param sifsOutsideSafetyZones SIS trips that run in a zone that is not a safety zone: their assessment cannot show
 *     independence from the BPCS (IEC 61511-1 clause 8.2.4; IEC 62443-3-2 ZCR 3.3)
 * @param vulnerabilities the known vulnerabilities per zone and conduit when advisories were given, else null
 */
public record RiskRegister(
        RiskMatrix matrix,
        List<ScenarioRisk> scenarios,
        List<ZoneRisk> zones,
        List<AttackPath> paths,
        List<ConduitRisk> conduits,
        List<SafetyZoneRisk> safetyZones,
        List<SafetyZoneRisk.Sif> sifsOutsideSafetyZones,
        @Nullable KnownVulnerabilities vulnerabilities) {

    /** A register made without advisories. */
    public RiskRegister(
            RiskMatrix matrix,
            List<ScenarioRisk> scenarios,
            List<ZoneRisk> zones,
            List<AttackPath> paths,
            List<ConduitRisk> conduits,
            List<SafetyZoneRisk> safetyZones,
            List<SafetyZoneRisk.Sif> sifsOutsideSafetyZones) {
        this(matrix, scenarios, zones, paths, conduits, safetyZones, sifsOutsideSafetyZones, null);
    }

    public RiskRegister {
        scenarios = List.copyOf(scenarios);
        zones = List.copyOf(zones);
        paths = List.copyOf(paths);
        conduits = List.copyOf(conduits);
        safetyZones = List.copyOf(safetyZones);
        sifsOutsideSafetyZones = List.copyOf(sifsOutsideSafetyZones);
    }

    /** The scenarios whose residual risk is above the tolerable line. */
    public List<ScenarioRisk> intolerable() {
        return scenarios.stream().filter(s -> !s.residualTolerable()).toList();
    }

    /** The {@code n} highest residual risks, then inherent, in file order among equals. */
    public List<ScenarioRisk> top(int n) {
        return scenarios.stream()
                .sorted(Comparator.comparingInt(ScenarioRisk::residualScore)
                        .thenComparingInt(ScenarioRisk::inherentScore)
                        .reversed())
                .limit(n)
                .toList();
    }

    public int totalInherent() {
        return scenarios.stream().mapToInt(ScenarioRisk::inherentScore).sum();
    }

    public int totalResidual() {
        return scenarios.stream().mapToInt(ScenarioRisk::residualScore).sum();
    }

    /** The path of a scenario. */
    public java.util.Optional<AttackPath> path(String scenario) {
        return paths.stream().filter(p -> p.scenario().equals(scenario)).findFirst();
    }
}
