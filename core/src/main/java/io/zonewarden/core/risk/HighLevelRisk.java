package io.zonewarden.core.risk;

import io.zonewarden.core.model.risk.ConsequenceCategory;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A zone's high-level risk (IEC 62443-3-2 ZCR 2): the worst unmitigated consequence of the process hazards it can
 * affect, i.e. the hazards with a cyber-dependent safeguard in the zone.
 *
 * @param consequence the worst consequence level; 0 when the zone can affect no hazard
 * @param hazard the hazard that gives it
 * @param hazards every hazard the zone can affect
 * @param cyberPha the hazards whose safeguards can all be defeated from the zone: every safeguard is cyber-dependent
 *     and runs in the zone or in a zone joined to it by a conduit. Each is a cyber-PHA scenario for the zone.
 */
public record HighLevelRisk(
        int consequence,
        @Nullable ConsequenceCategory category,
        @Nullable String hazard,
        List<String> hazards,
        List<String> cyberPha) {

    public HighLevelRisk {
        hazards = List.copyOf(hazards);
        cyberPha = List.copyOf(cyberPha);
    }
}
