package io.zonewarden.core.catalog;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The id of an IEC 62443-3-3 system requirement or IEC 62443-4-2 component requirement, with an optional requirement
 * enhancement: {@code SR 1.1}, {@code SR 1.1 RE 1}, {@code CR 2.11 RE 2}, {@code NDR 5.2 RE 3}.
 *
 * <p>The canonical form, the one the catalog files and {@link #toString()} use, has single spaces and an upper-case
 * prefix. {@link #parse} also reads the forms people type and the standard prints: {@code SR1.1}, {@code sr 1.1 re
 * 1}, {@code SR 1.1 RE(1)} and the level-table notation {@code SR 1.1 (1)} (62443-3-3 Annex B, where {@code SR 1.1
 * (1)(2)} lists RE 1 and RE 2; such a list is not one id and does not parse).
 *
 * @param kind the prefix: which standard and, for 4-2, which component type
 * @param fr the foundational requirement number, 1..7
 * @param number the requirement number within the FR, 1..99
 * @param enhancement the requirement enhancement number, 1..99, or 0 for the base requirement
 */
public record RequirementId(Kind kind, int fr, int number, int enhancement) {

    /** The prefix of a requirement id. */
    public enum Kind {
        /** System requirement, IEC 62443-3-3. */
        SR,
        /** Component requirement common to all component types, IEC 62443-4-2. */
        CR,
        /** Software application requirement, IEC 62443-4-2 clause 12. */
        SAR,
        /** Embedded device requirement, IEC 62443-4-2 clause 13. */
        EDR,
        /** Host device requirement, IEC 62443-4-2 clause 14. */
        HDR,
        /** Network device requirement, IEC 62443-4-2 clause 15. */
        NDR
    }

    private static final int MAX_NUMBER = 99;

    // Spaces are optional everywhere; the enhancement is "RE n", "RE(n)", "RE-n" or the bare "(n)" of the level tables.
    private static final Pattern ID = Pattern.compile(
            "(SR|CR|SAR|EDR|HDR|NDR)\\s*(\\d{1,2})\\s*\\.\\s*(\\d{1,2})"
                    + "(?:\\s*(?:RE\\s*[-.]?\\s*(?:(\\d{1,2})|\\(\\s*(\\d{1,2})\\s*\\))|\\(\\s*(\\d{1,2})\\s*\\)))?",
            Pattern.CASE_INSENSITIVE);

    public RequirementId {
        if (fr < 1 || fr > FoundationalRequirement.values().length) {
            throw new IllegalArgumentException("requirement FR number must be 1..7, got " + fr);
        }
        if (number < 1 || number > MAX_NUMBER) {
            throw new IllegalArgumentException("requirement number must be 1..99, got " + number);
        }
        if (enhancement < 0 || enhancement > MAX_NUMBER) {
            throw new IllegalArgumentException("enhancement number must be 0 (none) or 1..99, got " + enhancement);
        }
    }

    /**
     * Reads an id in any of the forms described above; surrounding and non-breaking spaces are ignored.
     *
     * @return empty for text that is not one requirement id, or whose FR is not 1..7
     */
    public static Optional<RequirementId> parse(String text) {
        var matcher = ID.matcher(text.replace('\u00A0', ' ').strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        var kind = Kind.valueOf(matcher.group(1).toUpperCase(Locale.ROOT));
        int fr = Integer.parseInt(matcher.group(2));
        int number = Integer.parseInt(matcher.group(3));
        int enhancement = 0;
        boolean hasEnhancement = false;
        for (int group = 4; group <= 6; group++) {
            var digits = matcher.group(group);
            if (digits != null) {
                enhancement = Integer.parseInt(digits);
                hasEnhancement = true;
            }
        }
        // "RE 0" and FR numbers beyond 7 match the pattern but name no requirement
        if (fr < 1
                || fr > FoundationalRequirement.values().length
                || number < 1
                || (hasEnhancement && enhancement < 1)) {
            return Optional.empty();
        }
        return Optional.of(new RequirementId(kind, fr, number, enhancement));
    }

    /**
     * The canonical form of a typed id: {@code "sr 1.1 re 1"}, {@code "SR 1.1 RE(1)"} and {@code "SR 1.1(1)"} all give
     * {@code "SR 1.1 RE 1"}; {@code "SR1.1"} gives {@code "SR 1.1"}.
     *
     * @return empty for text that is not one requirement id
     */
    public static Optional<String> normalise(String text) {
        return parse(text).map(RequirementId::toString);
    }

    public boolean isEnhancement() {
        return enhancement > 0;
    }

    /** The requirement this one enhances, or itself when it is not an enhancement: {@code SR 1.1 RE 1} gives SR 1.1. */
    public RequirementId base() {
        return isEnhancement() ? new RequirementId(kind, fr, number, 0) : this;
    }

    public FoundationalRequirement foundationalRequirement() {
        return FoundationalRequirement.ofNumber(fr);
    }

    /** The canonical form, e.g. {@code "SR 1.1 RE 1"}. */
    @Override
    public String toString() {
        var base = kind + " " + fr + "." + number;
        return isEnhancement() ? base + " RE " + enhancement : base;
    }
}
