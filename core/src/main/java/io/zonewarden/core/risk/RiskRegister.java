package io.zonewarden.core.risk;

import io.zonewarden.core.model.risk.RiskMatrix;
import java.util.Comparator;
import java.util.List;

/** The risk register of a plant: every scenario's inherent and residual risk and every zone's SL-T derivation. */
public record RiskRegister(RiskMatrix matrix, List<ScenarioRisk> scenarios, List<ZoneRisk> zones) {

    public RiskRegister {
        scenarios = List.copyOf(scenarios);
        zones = List.copyOf(zones);
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
}
