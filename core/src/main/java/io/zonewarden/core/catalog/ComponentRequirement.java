package io.zonewarden.core.catalog;

import java.util.Optional;

/**
 * One row of IEC 62443-4-2: a component requirement common to all types ({@code CR 1.1}), a type-specific one
 * ({@code EDR 3.14}), an enhancement of either ({@code CR 1.1 RE 1}), or a placeholder CR that holds no requirement of
 * its own.
 *
 * <p>As in 62443-3-3, the level flags are cumulative, so the lowest level at which the row is selected says it all.
 *
 * @param id canonical id, e.g. {@code "NDR 5.2 RE 3"}
 * @param fr the foundational requirement the row belongs to
 * @param componentType {@link ComponentType#ALL} for CRs, the type for SAR/EDR/HDR/NDR rows, or
 *     {@link ComponentType#PLACEHOLDER}
 * @param parent for an enhancement, the id of the requirement it enhances; empty otherwise
 * @param title a short title in our own words (not the standard's text)
 * @param requiredFrom the lowest security level, SL1..SL4, at which the row is selected; empty for a placeholder
 * @param confidence how well the public sources support the row
 * @param note where the row comes from, and for a placeholder where its requirement lives
 * @param doubt when the row is disputed or inferred: a short statement why
 */
public record ComponentRequirement(
        String id,
        FoundationalRequirement fr,
        ComponentType componentType,
        Optional<String> parent,
        String title,
        Optional<SecurityLevel> requiredFrom,
        Confidence confidence,
        String note,
        Optional<String> doubt) {

    public ComponentRequirement {
        var parsed = RequirementId.parse(id)
                .filter(r -> r.kind() != RequirementId.Kind.SR && r.toString().equals(id))
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected a canonical component requirement id such as 'CR 1.1', 'EDR 3.14' or 'CR 1.1 RE 1',"
                                + " got '" + id + "'"));
        if (parsed.foundationalRequirement() != fr) {
            throw new IllegalArgumentException(
                    id + " belongs to " + parsed.foundationalRequirement().id() + ", not " + fr.id());
        }
        if (!typeMatchesPrefix(parsed.kind(), componentType)) {
            throw new IllegalArgumentException(id + " cannot have component type " + componentType + ": "
                    + (parsed.kind() == RequirementId.Kind.CR
                            ? "a CR is ALL or PLACEHOLDER"
                            : "its prefix says " + parsed.kind()));
        }
        var expectedParent = parsed.isEnhancement() ? Optional.of(parsed.base().toString()) : Optional.<String>empty();
        if (!parent.equals(expectedParent)) {
            throw new IllegalArgumentException("the parent of " + id + " must be " + expectedParent.orElse("empty")
                    + ", got " + parent.orElse("empty"));
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException(id + " has no title");
        }
        if (requiredFrom.isPresent() && requiredFrom.get() == SecurityLevel.SL0) {
            throw new IllegalArgumentException(id + ": SL0 selects nothing; use an empty level for 'never selected'");
        }
        // 62443-4-2 gives placeholders no level table, and every real row has one (A: per-clause SL-C mapping).
        if ((componentType == ComponentType.PLACEHOLDER) == requiredFrom.isPresent()) {
            throw new IllegalArgumentException(
                    componentType == ComponentType.PLACEHOLDER
                            ? id + " is a placeholder, so it must not be selected at any level"
                            : id + " is a requirement, so it must be selected at some level SL1..SL4");
        }
        doubt = doubt.filter(d -> !d.isBlank());
    }

    private static boolean typeMatchesPrefix(RequirementId.Kind kind, ComponentType type) {
        return switch (kind) {
            case CR -> type == ComponentType.ALL || type == ComponentType.PLACEHOLDER;
            case SAR -> type == ComponentType.SAR;
            case EDR -> type == ComponentType.EDR;
            case HDR -> type == ComponentType.HDR;
            case NDR -> type == ComponentType.NDR;
            case SR -> false;
        };
    }

    /** True for a requirement enhancement ({@code CR x.y RE n}, {@code EDR x.y RE n}...). */
    public boolean isEnhancement() {
        return parent.isPresent();
    }

    public boolean isPlaceholder() {
        return componentType == ComponentType.PLACEHOLDER;
    }

    /** True when a component claiming this SL-C in the row's FR must meet the row. Placeholders never are. */
    public boolean requiredAt(SecurityLevel level) {
        return level != SecurityLevel.SL0
                && requiredFrom.map(from -> level.compareTo(from) >= 0).orElse(false);
    }

    /**
     * True when a component of {@code type} must meet this row: common CRs apply to every type, SAR/EDR/HDR/NDR rows to
     * their own type only, placeholders to none.
     *
     * @param type a specific component type (SAR, EDR, HDR, NDR), or ALL for "the common CRs only"
     * @throws IllegalArgumentException for {@link ComponentType#PLACEHOLDER}, which is not a kind of component
     */
    public boolean appliesTo(ComponentType type) {
        if (type == ComponentType.PLACEHOLDER) {
            throw new IllegalArgumentException("PLACEHOLDER is not a component type a component can have");
        }
        return componentType == ComponentType.ALL || componentType == type;
    }

    /** True when the row is disputed or inferred rather than read; see {@link #doubt()}. */
    public boolean isDisputed() {
        return doubt.isPresent();
    }
}
