package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one zone.
 *
 * @param slTarget the zone's SL-T, {@code null} when the model has none yet
 * @param slAchieved SL-A per FR: the highest level all of whose requirements in that FR are met
 * @param gap per FR, how many levels SL-A falls short of SL-T (0 when it reaches it)
 * @param blocking per FR below SL 4, the unmet requirements of the next level up, closest to met first
 * @param scope the requirements assessed, in catalog order
 */
public record ZoneAssessment(
        String zone,
        @Nullable SecurityLevelVector slTarget,
        SecurityLevelVector slAchieved,
        List<Integer> gap,
        Map<FoundationalRequirement, List<RequirementState>> blocking,
        List<RequirementState> scope) {

    public ZoneAssessment {
        gap = List.copyOf(gap);
        var copy = new EnumMap<FoundationalRequirement, List<RequirementState>>(FoundationalRequirement.class);
        blocking.forEach((fr, states) -> copy.put(fr, List.copyOf(states)));
        blocking = Collections.unmodifiableMap(copy);
        scope = List.copyOf(scope);
    }

    public long answered() {
        return scope.stream().filter(RequirementState::isAnswered).count();
    }

    /** Share of the requirements in scope that have an answer, 0..1; 1 for an empty scope. */
    public double completeness() {
        return scope.isEmpty() ? 1.0 : (double) answered() / scope.size();
    }

    /** True when SL-A reaches SL-T in every FR. */
    public boolean meetsTarget() {
        return gap.stream().allMatch(g -> g == 0);
    }

    /** The requirements in scope that are not met, closest to met first. */
    public List<RequirementState> unmet() {
        return scope.stream()
                .filter(s -> !s.isMet())
                .sorted(java.util.Comparator.comparingInt(RequirementState::distanceToMet))
                .toList();
    }
}
