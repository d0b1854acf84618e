package io.zonewarden.core.model.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the assessor recorded for a plant: answers per zone (IEC 62443-3-3), per component (62443-4-2) and per
 * programme element (62443-2-1). Unanswered requirements are simply absent. Maps keep file order.
 *
 * @param zones by zone id, then by canonical requirement id
 * @param components by asset id
 * @param programme by programme element id
 */
public record Assessment(
        Map<String, Map<String, Answer>> zones,
        Map<String, ComponentAssessment> components,
        Map<String, ProgrammeRating> programme) {

    public static final Assessment EMPTY = new Assessment(Map.of(), Map.of(), Map.of());

    public Assessment {
        var copy = new LinkedHashMap<String, Map<String, Answer>>();
        zones.forEach((zone, answers) -> copy.put(zone, Collections.unmodifiableMap(new LinkedHashMap<>(answers))));
        zones = Collections.unmodifiableMap(copy);
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        programme = Collections.unmodifiableMap(new LinkedHashMap<>(programme));
    }

    public boolean isEmpty() {
        return zones.isEmpty() && components.isEmpty() && programme.isEmpty();
    }

    /**
     * The zone's answer checked last ({@code verifiedOn}), whose {@code verifiedBy} and date a report names as the
     * zone's assessor; the first in file order among those of the same day. Empty when none carries a date.
     */
    public Optional<Answer> latestVerification(String zoneId) {
        Answer latest = null;
        for (var answer : answersFor(zoneId).values()) {
            var on = answer.verifiedOn();
            if (on != null && (latest == null || on.isAfter(latest.verifiedOn()))) latest = answer;
        }
        return Optional.ofNullable(latest);
    }

    /** The answers recorded for a zone; empty when none. */
    public Map<String, Answer> answersFor(String zoneId) {
        return zones.getOrDefault(zoneId, Map.of());
    }
}
