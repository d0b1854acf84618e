package io.zonewarden.core.risk;

import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.ConsequenceLimit;
import io.zonewarden.core.model.risk.ThreatScenario;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the risk register: a threat scenario's inherent (unmitigated) risk and its residual risk with the
 * existing countermeasures, against the matrix's tolerable line.
 *
 * @param consequence the consequence level: the worst category of the scenario's own rating or of its hazard
 * @param category the category that gives that level
 * @param inherentScore the matrix score at the unmitigated likelihood
 * @param residualScore the matrix score at the likelihood after existing countermeasures
 * @param cellTarget the SL-T the matrix gives the inherent cell
 * @param limits the categories held down by safeguards that are not cyber-dependent, before the worst is taken
 * @param raise the likelihood raise a known vulnerability in a target zone brings (ZCR 5.2), null when none does
 */
public record ScenarioRisk(
        ThreatScenario scenario,
        int consequence,
        @Nullable ConsequenceCategory category,
        int inherentScore,
        int residualScore,
        boolean inherentTolerable,
        boolean residualTolerable,
        int cellTarget,
        List<ConsequenceLimit> limits,
        @Nullable LikelihoodRaise raise) {

    public ScenarioRisk {
        limits = List.copyOf(limits);
    }

    /** A row no known vulnerability raises. */
    public ScenarioRisk(
            ThreatScenario scenario,
            int consequence,
            @Nullable ConsequenceCategory category,
            int inherentScore,
            int residualScore,
            boolean inherentTolerable,
            boolean residualTolerable,
            int cellTarget,
            List<ConsequenceLimit> limits) {
        this(
                scenario,
                consequence,
                category,
                inherentScore,
                residualScore,
                inherentTolerable,
                residualTolerable,
                cellTarget,
                limits,
                null);
    }

    /** The unmitigated likelihood the row is rated at: the scenario's, raised by a known vulnerability. */
    public int likelihood() {
        return raise == null ? scenario.likelihood() : raise.to();
    }

    /** The likelihood with the existing countermeasures the row is rated at, raised by a known vulnerability. */
    public int residualLikelihood() {
        return raise == null ? scenario.currentLikelihood() : raise.residualTo();
    }

    public String id() {
        return scenario.id();
    }
}
