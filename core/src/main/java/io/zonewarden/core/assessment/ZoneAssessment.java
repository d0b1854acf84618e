package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The assessment of one zone.
 *
 * <p>SL-A comes twice: claimed, from every answer as given, and verified, from the answers whose check an assessor
 * can sign (see {@link io.zonewarden.core.model.assessment.Answer#meetsVerified()}). An FR none of whose
 * requirements has an answer is not assessed: its level says nothing and its gap is {@code null}, never 0.
 *
 * @param slTarget the zone's SL-T, {@code null} when the model has none yet
 * @param slAchieved claimed SL-A per FR: the highest level all of whose requirements in that FR are met (0 in an FR
 *     not assessed; ask {@link #claimed} for a value that tells the two apart)
 * @param slVerified verified SL-A per FR: as claimed, counting only verified answers
 * @param assessed the FRs with at least one answer to one of their requirements
 * @param gap per FR, how many levels claimed SL-A falls short of SL-T (0 when it reaches it), {@code null} where
 *     the FR is not assessed
 * @param gapVerified per FR, how far verified SL-A falls short of SL-T, {@code null} where not assessed
 * @param blocking per FR below SL 4, the unmet requirements of the next claimed level up, closest to met first
 * @param scope the requirements assessed, in catalog order
 */
public record ZoneAssessment(
        String zone,
        @Nullable SecurityLevelVector slTarget,
        SecurityLevelVector slAchieved,
        SecurityLevelVector slVerified,
        Set<FoundationalRequirement> assessed,
        List<@Nullable Integer> gap,
        List<@Nullable Integer> gapVerified,
        Map<FoundationalRequirement, List<RequirementState>> blocking,
        List<RequirementState> scope) {

    public ZoneAssessment {
        assessed = Collections.unmodifiableSet(
                assessed.isEmpty() ? EnumSet.noneOf(FoundationalRequirement.class) : EnumSet.copyOf(assessed));
        gap = Collections.unmodifiableList(new ArrayList<>(gap));
        gapVerified = Collections.unmodifiableList(new ArrayList<>(gapVerified));
        var copy = new EnumMap<FoundationalRequirement, List<RequirementState>>(FoundationalRequirement.class);
        blocking.forEach((fr, states) -> copy.put(fr, List.copyOf(states)));
        blocking = Collections.unmodifiableMap(copy);
        scope = List.copyOf(scope);
    }

    /** True when some requirement of the FR has an answer. */
    public boolean isAssessed(FoundationalRequirement fr) {
        return assessed.contains(fr);
    }

    /** Claimed SL-A in the FR, {@code null} when it is not assessed. */
    public @Nullable Integer claimed(FoundationalRequirement fr) {
        return isAssessed(fr) ? slAchieved.of(fr).value() : null;
    }

    /** Verified SL-A in the FR, {@code null} when it is not assessed. */
    public @Nullable Integer verified(FoundationalRequirement fr) {
        return isAssessed(fr) ? slVerified.of(fr).value() : null;
    }

    /** Claimed SL-A FR1..FR7, {@code null} for an FR not assessed. */
    public List<@Nullable Integer> claimedLevels() {
        var levels = new ArrayList<@Nullable Integer>(7);
        for (var fr : FoundationalRequirement.values()) levels.add(claimed(fr));
        return Collections.unmodifiableList(levels);
    }

    /** Verified SL-A FR1..FR7, {@code null} for an FR not assessed. */
    public List<@Nullable Integer> verifiedLevels() {
        var levels = new ArrayList<@Nullable Integer>(7);
        for (var fr : FoundationalRequirement.values()) levels.add(verified(fr));
        return Collections.unmodifiableList(levels);
    }

    /** The FRs nobody assessed, in FR order. */
    public List<FoundationalRequirement> notAssessed() {
        return java.util.Arrays.stream(FoundationalRequirement.values())
                .filter(fr -> !isAssessed(fr))
                .toList();
    }

    public long answered() {
        return scope.stream().filter(RequirementState::isAnswered).count();
    }

    /** Share of the requirements in scope that have an answer, 0..1; 1 for an empty scope. */
    public double completeness() {
        return scope.isEmpty() ? 1.0 : (double) answered() / scope.size();
    }

    /**
     * True when claimed SL-A reaches SL-T in every FR. An FR not assessed reaches it only when its SL-T asks for
     * nothing (level 0 or no SL-T): otherwise nobody has shown that it does.
     */
    public boolean meetsTarget() {
        return reaches(gap);
    }

    /** True when verified SL-A reaches SL-T in every FR, with not-assessed FRs as for {@link #meetsTarget()}. */
    public boolean meetsTargetVerified() {
        return reaches(gapVerified);
    }

    private boolean reaches(List<@Nullable Integer> gaps) {
        for (var fr : FoundationalRequirement.values()) {
            var g = gaps.get(fr.ordinal());
            if (g == null ? slTarget != null && slTarget.of(fr).value() > 0 : g > 0) return false;
        }
        return true;
    }

    /** The requirements in scope that are not met, closest to met first. */
    public List<RequirementState> unmet() {
        return scope.stream()
                .filter(s -> !s.isMet())
                .sorted(java.util.Comparator.comparingInt(RequirementState::distanceToMet))
                .toList();
    }
}
