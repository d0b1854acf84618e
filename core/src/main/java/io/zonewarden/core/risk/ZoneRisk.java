package io.zonewarden.core.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A zone's risk: its high-level risk, the scenarios that target it, and its SL-T derived from them against the one
 * declared in the model.
 *
 * @param declared the zone's SL-T in the model; {@code null} when it has none
 * @param derived all zeros when no scenario targets the zone: see {@link #derivedFromScenarios()}
 * @param trace one entry per FR, FR1..FR7
 */
public record ZoneRisk(
        String zone,
        HighLevelRisk highLevel,
        List<String> scenarios,
        @Nullable SecurityLevelVector declared,
        SecurityLevelVector derived,
        List<TargetTrace> trace) {

    public ZoneRisk {
        scenarios = List.copyOf(scenarios);
        trace = List.copyOf(trace);
    }

    /** False when no scenario targets the zone: its SL-T is then not derived, which is not SL 0. */
    public boolean derivedFromScenarios() {
        return !scenarios.isEmpty();
    }

    /** The FRs where the declared SL-T is below the derived one (all FRs with a derived level when none is declared). */
    public Set<FoundationalRequirement> below() {
        var below = EnumSet.noneOf(FoundationalRequirement.class);
        for (var fr : FoundationalRequirement.values()) {
            int declaredLevel = declared == null ? 0 : declared.of(fr).value();
            if (declaredLevel < derived.of(fr).value()) below.add(fr);
        }
        return below;
    }
}
