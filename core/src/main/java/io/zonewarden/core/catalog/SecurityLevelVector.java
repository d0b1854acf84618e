package io.zonewarden.core.catalog;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A security level for each foundational requirement, FR1..FR7, for example a zone's SL-T {@code {2 2 0 1 3 1 3}}
 * (IEC 62443-3-3 Annex A notation). A flat vector, the same level in every FR, may be written as a single digit.
 */
public record SecurityLevelVector(List<SecurityLevel> levels) {

    private static final int SIZE = FoundationalRequirement.values().length;

    public SecurityLevelVector {
        if (levels.size() != SIZE) {
            throw new IllegalArgumentException(
                    "SL vector needs 7 levels (FR1..FR7), got " + levels.size() + ": " + levels);
        }
        levels = List.copyOf(levels);
    }

    /** The same level in every FR. */
    public static SecurityLevelVector flat(SecurityLevel level) {
        return new SecurityLevelVector(java.util.Collections.nCopies(SIZE, level));
    }

    /** From seven numbers, FR1..FR7. */
    public static SecurityLevelVector of(int... values) {
        if (values.length != SIZE) {
            throw new IllegalArgumentException("SL vector needs 7 levels (FR1..FR7), got " + values.length);
        }
        var levels = new ArrayList<SecurityLevel>(SIZE);
        for (int value : values) {
            levels.add(SecurityLevel.of(value));
        }
        return new SecurityLevelVector(levels);
    }

    /**
     * Parses {@code "{2 2 2 1 3 1 3}"}, {@code "{2,2,2,1,3,1,3}"}, the compact {@code "{2221313}"} or a single digit
     * {@code "2"} for a flat vector.
     *
     * @throws IllegalArgumentException with a message that says what was expected
     */
    public static SecurityLevelVector parse(String text) {
        var s = text.strip();
        if (s.length() == 1) {
            return flat(level(s.charAt(0), text));
        }
        if (s.length() < 2 || s.charAt(0) != '{' || s.charAt(s.length() - 1) != '}') {
            throw new IllegalArgumentException(
                    "expected an SL vector such as {2 2 2 1 3 1 3} or a single level 0..4, got '" + text + "'");
        }
        var inner = s.substring(1, s.length() - 1).strip();
        String[] parts = inner.isEmpty()
                ? new String[0] // "{}": no levels at all ("".split("") would count one empty level)
                : inner.matches(".*[\\s,].*") ? inner.split("[\\s,]+") : inner.split("");
        if (parts.length != SIZE) {
            throw new IllegalArgumentException("an SL vector has 7 levels, FR1..FR7 (e.g. {2 2 2 1 3 1 3}); got "
                    + parts.length + " in '" + text + "'");
        }
        var levels = new ArrayList<SecurityLevel>(SIZE);
        for (var part : parts) {
            if (part.length() != 1) {
                throw new IllegalArgumentException(
                        "each level of an SL vector is one digit 0..4; got '" + part + "' in '" + text + "'");
            }
            levels.add(level(part.charAt(0), text));
        }
        return new SecurityLevelVector(levels);
    }

    private static SecurityLevel level(char c, String text) {
        if (c < '0' || c > '4') {
            throw new IllegalArgumentException("security levels are 0..4; got '" + c + "' in '" + text + "'");
        }
        return SecurityLevel.of(c - '0');
    }

    public SecurityLevel of(FoundationalRequirement fr) {
        return levels.get(fr.ordinal());
    }

    /** True when every FR has the same level. */
    public boolean isFlat() {
        return levels.stream().distinct().count() == 1;
    }

    /** The foundational requirements where this vector (SL-C or SL-A) falls short of {@code target}. */
    public Set<FoundationalRequirement> gapsTo(SecurityLevelVector target) {
        var gaps = EnumSet.noneOf(FoundationalRequirement.class);
        for (var fr : FoundationalRequirement.values()) {
            if (of(fr).isBelow(target.of(fr))) {
                gaps.add(fr);
            }
        }
        return gaps;
    }

    /** The levels as numbers, FR1..FR7. */
    public int[] toArray() {
        return levels.stream().mapToInt(SecurityLevel::value).toArray();
    }

    /** {@code "2"} for a flat vector, else {@code "{2 2 2 1 3 1 3}"}: the form {@link #parse} reads. */
    @Override
    public String toString() {
        if (isFlat()) {
            return Integer.toString(levels.get(0).value());
        }
        var sb = new StringBuilder("{");
        for (int i = 0; i < SIZE; i++) {
            if (i > 0) sb.append(' ');
            sb.append(levels.get(i).value());
        }
        return sb.append('}').toString();
    }
}
