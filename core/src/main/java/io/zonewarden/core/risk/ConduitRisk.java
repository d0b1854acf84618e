package io.zonewarden.core.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A conduit's SL-T derived from the attacks that cross it (IEC 62443-3-2 ZCR 5.6 asks SL-T for conduits as for
 * zones): per FR the highest SL-T of the scenarios whose shortest conduit chains from entry to target pass through it.
 *
 * @param scenarios the scenarios whose path crosses the conduit, in file order
 * @param declared the conduit's SL-T in the model; {@code null} when it has none
 * @param derived {@code null} when no scenario crosses the conduit (not derived, which is not SL 0)
 * @param trace one entry per FR, FR1..FR7; empty when not derived
 */
public record ConduitRisk(
        String conduit,
        List<String> scenarios,
        @Nullable SecurityLevelVector declared,
        @Nullable SecurityLevelVector derived,
        List<TargetTrace> trace) {

    public ConduitRisk {
        scenarios = List.copyOf(scenarios);
        trace = List.copyOf(trace);
    }

    /** The FRs where the declared SL-T is below the derived one; none when nothing is derived. */
    public Set<FoundationalRequirement> below() {
        var below = EnumSet.noneOf(FoundationalRequirement.class);
        if (derived == null) return below;
        for (var fr : FoundationalRequirement.values()) {
            int declaredLevel = declared == null ? 0 : declared.of(fr).value();
            if (declaredLevel < derived.of(fr).value()) below.add(fr);
        }
        return below;
    }
}
