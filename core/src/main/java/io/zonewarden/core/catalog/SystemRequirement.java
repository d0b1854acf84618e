package io.zonewarden.core.catalog;

import java.util.Optional;

/**
 * One row of IEC 62443-3-3: a system requirement ({@code SR 1.1}) or one of its requirement enhancements
 * ({@code SR 1.1 RE 1}), with the lowest security level whose SL-C needs it (62443-3-3 Annex B).
 *
 * <p>The level flags in the standard are cumulative, a row needed at SL n is needed at every higher level, so the lowest
 * level says it all: {@code requiredFrom = SL2} is the flag row {@code 0,1,1,1}.
 *
 * @param id canonical id, e.g. {@code "SR 1.13 RE 1"}
 * @param fr the foundational requirement the row belongs to
 * @param parent for an enhancement, the id of the SR it enhances; empty for an SR
 * @param title a short title in our own words (not the standard's text)
 * @param requiredFrom the lowest security level, SL1..SL4, at which the row is selected
 * @param note where the level comes from (source letters as in the catalog README)
 * @param doubt when the sources disagree on the level: a short statement of the disagreement
 */
public record SystemRequirement(
        String id,
        FoundationalRequirement fr,
        Optional<String> parent,
        String title,
        SecurityLevel requiredFrom,
        String note,
        Optional<String> doubt) {

    public SystemRequirement {
        var parsed = RequirementId.parse(id)
                .filter(r -> r.kind() == RequirementId.Kind.SR && r.toString().equals(id))
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected a canonical system requirement id such as 'SR 1.1' or 'SR 1.1 RE 1', got '" + id
                                + "'"));
        if (parsed.foundationalRequirement() != fr) {
            throw new IllegalArgumentException(
                    id + " belongs to " + parsed.foundationalRequirement().id() + ", not " + fr.id());
        }
        var expectedParent = parsed.isEnhancement() ? Optional.of(parsed.base().toString()) : Optional.<String>empty();
        if (!parent.equals(expectedParent)) {
            throw new IllegalArgumentException("the parent of " + id + " must be " + expectedParent.orElse("empty")
                    + ", got " + parent.orElse("empty"));
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException(id + " has no title");
        }
        if (requiredFrom == SecurityLevel.SL0) {
            throw new IllegalArgumentException(
                    id + ": every 62443-3-3 requirement is selected at some level SL1..SL4, SL0 claims none");
        }
        doubt = doubt.filter(d -> !d.isBlank());
    }

    /** True for a requirement enhancement ({@code SR x.y RE n}). */
    public boolean isEnhancement() {
        return parent.isPresent();
    }

    /**
     * True when a zone or conduit with this SL-T in the row's FR must meet the row. SL0 needs nothing (62443-3-3
     * section 4.2).
     */
    public boolean requiredAt(SecurityLevel level) {
        return level != SecurityLevel.SL0 && level.compareTo(requiredFrom) >= 0;
    }

    /** True when the sources disagree on this row's level; see {@link #doubt()}. */
    public boolean isDisputed() {
        return doubt.isPresent();
    }
}
