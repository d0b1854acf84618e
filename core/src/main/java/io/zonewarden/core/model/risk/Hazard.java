package io.zonewarden.core.model.risk;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A process hazard from the plant's hazard study (PHA or HAZOP): its worst credible consequence per category, with
 * the safeguards that keep it from happening.
 */
public record Hazard(String id, @Nullable String description, Consequences consequence, List<Safeguard> safeguards) {

    public Hazard {
        safeguards = List.copyOf(safeguards);
        if (consequence.isEmpty()) {
            throw new IllegalArgumentException("hazard " + id + " needs a consequence in at least one category");
        }
    }

    /** True when every safeguard is cyber-dependent: an attacker who defeats them all causes the hazard. */
    public boolean allSafeguardsCyberDependent() {
        return !safeguards.isEmpty() && safeguards.stream().allMatch(Safeguard::cyberDependent);
    }

    /**
     * The limits of this hazard's safeguards that are not cyber-dependent that lower {@code consequence}: per
     * category the lowest limit below the rated level, with the safeguard that sets it.
     */
    public List<ConsequenceLimit> limitsOn(Consequences consequence) {
        var lowest = new EnumMap<ConsequenceCategory, ConsequenceLimit>(ConsequenceCategory.class);
        for (var g : safeguards) {
            if (g.cyberDependent()) continue;
            g.limits().levels().forEach((category, limit) -> {
                Integer rated = consequence.levels().get(category);
                if (rated == null || limit >= rated) return;
                var known = lowest.get(category);
                if (known == null || limit < known.to()) {
                    lowest.put(category, new ConsequenceLimit(category, rated, limit, g.id()));
                }
            });
        }
        return new ArrayList<>(lowest.values());
    }

    /** {@code consequence} with every limit of {@link #limitsOn} applied. */
    public Consequences limit(Consequences consequence) {
        var limits = limitsOn(consequence);
        if (limits.isEmpty()) return consequence;
        var levels = new EnumMap<ConsequenceCategory, Integer>(consequence.levels());
        for (var l : limits) levels.put(l.category(), l.to());
        return new Consequences(levels);
    }
}
