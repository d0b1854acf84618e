package io.zonewarden.core.model.risk;

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
}
