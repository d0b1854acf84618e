package io.zonewarden.core.model.risk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * A consequence rated per category, each as a level of the risk matrix's consequence axis (1 = the lowest).
 * Categories not rated are absent.
 */
public record Consequences(Map<ConsequenceCategory, Integer> levels) {

    public static final Consequences NONE = new Consequences(Map.of());

    public Consequences {
        var copy = new EnumMap<ConsequenceCategory, Integer>(ConsequenceCategory.class);
        levels.forEach((category, level) -> {
            if (level < 1) {
                throw new IllegalArgumentException(
                        "consequence level of " + category + " must be at least 1, got " + level);
            }
            copy.put(category, level);
        });
        levels = Collections.unmodifiableMap(copy);
    }

    public boolean isEmpty() {
        return levels.isEmpty();
    }

    /** The worst level over all categories; 0 when none is rated. */
    public int worst() {
        return levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    /** The first category (in declaration order: safety first) that has the worst level. */
    public Optional<ConsequenceCategory> worstCategory() {
        int worst = worst();
        return levels.entrySet().stream()
                .filter(e -> e.getValue() == worst)
                .map(Map.Entry::getKey)
                .findFirst();
    }
}
