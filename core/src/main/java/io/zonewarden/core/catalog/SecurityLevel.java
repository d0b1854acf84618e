package io.zonewarden.core.catalog;

/**
 * A security level per IEC 62443-3-3 section 4.2: SL 0 (no protection claimed) to SL 4 (intentional violation with
 * sophisticated means, extended resources, IACS-specific skills and high motivation). Ordered, so {@code compareTo}
 * says which is stronger.
 */
public enum SecurityLevel {
    SL0,
    SL1,
    SL2,
    SL3,
    SL4;

    private static final SecurityLevel[] BY_VALUE = values();

    /** The level as a number, 0..4. */
    public int value() {
        return ordinal();
    }

    public static SecurityLevel of(int value) {
        if (value < 0 || value >= BY_VALUE.length) {
            throw new IllegalArgumentException("security level must be 0..4, got " + value);
        }
        return BY_VALUE[value];
    }

    public boolean isBelow(SecurityLevel other) {
        return compareTo(other) < 0;
    }

    @Override
    public String toString() {
        return "SL " + value();
    }
}
