package io.zonewarden.core.roadmap;

import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the plan does for one zone's achieved security level (IEC 62443-3-3 SL-A): the assessment recomputed with the
 * requirements the plan's countermeasures satisfy there answered as implemented.
 *
 * @param slTarget the zone's SL-T; {@code null} when the model has none
 * @param slAchieved SL-A now
 * @param slPlanned SL-A once the plan is in place
 * @param satisfied the requirements the plan satisfies in the zone that are not met now
 */
public record ZoneOutcome(
        String zone,
        @Nullable SecurityLevelVector slTarget,
        SecurityLevelVector slAchieved,
        SecurityLevelVector slPlanned,
        List<String> satisfied) {

    public ZoneOutcome {
        satisfied = List.copyOf(satisfied);
    }
}
