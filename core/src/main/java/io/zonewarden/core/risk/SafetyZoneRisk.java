package io.zonewarden.core.risk;

import io.zonewarden.core.model.risk.SisAssessment;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The SIS security risk assessment of one safety zone that IEC 61511-1 clause 8.2.4 asks for: the safety
 * instrumented functions in it, the threat scenarios that reach it, its independence from the BPCS, the
 * countermeasures, the residual risk and who in HSE signed it off.
 *
 * @param sifs the safeguards of kind sis-trip that run in the zone
 * @param scenarios the scenarios that target the zone or whose shortest path passes through a conduit joining it
 * @param controlConduits the conduits joining it to a control zone: each is a path from the BPCS that the SIS's
 *     independence rests on
 * @param sharedAssets the zone's assets that are also members of a control zone: a common cause of BPCS and SIS
 *     failure
 * @param countermeasures the countermeasures that satisfy requirements in the zone or reduce a scenario that
 *     reaches it
 * @param worstResidual the highest residual score among those scenarios; {@code null} when none reaches the zone
 * @param intolerable those whose residual risk stays above the tolerable line
 * @param signOffs the HSE sign-offs recorded for the zone (risk.sisAssessments)
 */
public record SafetyZoneRisk(
        String zone,
        List<Sif> sifs,
        List<String> scenarios,
        List<String> controlConduits,
        List<String> sharedAssets,
        List<String> countermeasures,
        @Nullable Integer worstResidual,
        List<String> intolerable,
        List<SisAssessment> signOffs) {

    /** A safety instrumented function: a safeguard of kind sis-trip of a hazard. */
    public record Sif(
            String hazard,
            String safeguard,
            String name,
            @Nullable String zone) {}

    public SafetyZoneRisk {
        sifs = List.copyOf(sifs);
        scenarios = List.copyOf(scenarios);
        controlConduits = List.copyOf(controlConduits);
        sharedAssets = List.copyOf(sharedAssets);
        countermeasures = List.copyOf(countermeasures);
        intolerable = List.copyOf(intolerable);
        signOffs = List.copyOf(signOffs);
    }

    /** True when nothing joins the zone to the BPCS: no conduit to a control zone and no shared asset. */
    public boolean independent() {
        return controlConduits.isEmpty() && sharedAssets.isEmpty();
    }
}
