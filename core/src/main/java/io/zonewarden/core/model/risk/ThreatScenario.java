package io.zonewarden.core.model.risk;

import io.zonewarden.core.catalog.FoundationalRequirement;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A threat scenario (IEC 62443-3-2 ZCR 5.1 to 5.5): a threat source with its capability enters through a conduit, a
 * zone or an access point (an asset) and attacks target zones, causing a process hazard or a direct consequence.
 *
 * @param entry a conduit, zone or asset id
 * @param hazard the process hazard it causes, or {@code null} when {@code consequence} rates it directly
 * @param consequence rated directly; when given it is used instead of the hazard's
 * @param likelihood the unmitigated likelihood level (1 = the lowest)
 * @param existing the countermeasures already in place, in words
 * @param residualLikelihood the likelihood with the existing countermeasures; {@code null}: the same as unmitigated
 * @param frs the foundational requirements the scenario attacks; all seven unless narrowed
 * @param frsDeclared whether the model names the FRs; when it does not, all seven are assumed, which overstates the
 *     SL-T of FRs the attack does not threaten (confidentiality of a BPCS, say), so validation warns
 */
public record ThreatScenario(
        String id,
        @Nullable String description,
        String source,
        ThreatCapability capability,
        String entry,
        List<String> targets,
        @Nullable String hazard,
        Consequences consequence,
        int likelihood,
        List<String> existing,
        @Nullable Integer residualLikelihood,
        Set<FoundationalRequirement> frs,
        boolean frsDeclared) {

    public ThreatScenario {
        targets = List.copyOf(targets);
        existing = List.copyOf(existing);
        frs = frs.isEmpty() ? EnumSet.allOf(FoundationalRequirement.class) : EnumSet.copyOf(frs);
        frs = java.util.Collections.unmodifiableSet(frs);
        if (targets.isEmpty()) throw new IllegalArgumentException("scenario " + id + " needs at least one target zone");
        if (hazard == null && consequence.isEmpty()) {
            throw new IllegalArgumentException(
                    "scenario " + id + " needs a hazard or a consequence (e.g. consequence: {production: 3})");
        }
        if (likelihood < 1) throw new IllegalArgumentException("scenario " + id + " likelihood must be at least 1");
        if (residualLikelihood != null && (residualLikelihood < 1 || residualLikelihood > likelihood)) {
            throw new IllegalArgumentException("scenario " + id + " residual likelihood " + residualLikelihood
                    + " must be 1.." + likelihood + " (existing countermeasures do not raise the likelihood)");
        }
    }

    /** A scenario whose FRs are declared exactly when {@code frs} is not empty. */
    public ThreatScenario(
            String id,
            @Nullable String description,
            String source,
            ThreatCapability capability,
            String entry,
            List<String> targets,
            @Nullable String hazard,
            Consequences consequence,
            int likelihood,
            List<String> existing,
            @Nullable Integer residualLikelihood,
            Set<FoundationalRequirement> frs) {
        this(
                id,
                description,
                source,
                capability,
                entry,
                targets,
                hazard,
                consequence,
                likelihood,
                existing,
                residualLikelihood,
                frs,
                !frs.isEmpty());
    }

    /** The likelihood as the plant stands: after the existing countermeasures. */
    public int currentLikelihood() {
        return residualLikelihood == null ? likelihood : residualLikelihood;
    }

    /** True when the scenario attacks all seven FRs, as it does unless {@code frs} narrows it. */
    public boolean allFrs() {
        return frs.size() == FoundationalRequirement.values().length;
    }
}
