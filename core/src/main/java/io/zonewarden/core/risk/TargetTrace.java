package io.zonewarden.core.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import org.jspecify.annotations.Nullable;

/**
 * Why a zone's derived SL-T has its level in one FR (IEC 62443-3-2 ZCR 5.6, to be recorded in the CRS, ZCR 6.8).
 *
 * @param level the derived SL-T of the FR
 * @param scenario the scenario that sets it; {@code null} when no scenario targets the zone in this FR
 * @param consequence the consequence level of that scenario's cell
 * @param likelihood the unmitigated likelihood level of that cell
 * @param cellTarget the SL-T the matrix gives that cell
 * @param capabilityFloor the threat source's capability (SL 1-4) when its risk is intolerable, else 0
 * @param setBy {@code matrix}, {@code capability} or {@code none}
 * @param frsAssumed true when that scenario does not name the FRs it threatens and all seven were assumed: the level
 *     may overstate this FR (IEC 62443-3-2 ZCR 5.6 derives SL-T per FR from what the threat attacks)
 */
public record TargetTrace(
        FoundationalRequirement fr,
        int level,
        @Nullable String scenario,
        int consequence,
        int likelihood,
        int cellTarget,
        int capabilityFloor,
        String setBy,
        boolean frsAssumed) {

    /** A trace whose scenario names its FRs. */
    public TargetTrace(
            FoundationalRequirement fr,
            int level,
            @Nullable String scenario,
            int consequence,
            int likelihood,
            int cellTarget,
            int capabilityFloor,
            String setBy) {
        this(fr, level, scenario, consequence, likelihood, cellTarget, capabilityFloor, setBy, false);
    }
}
