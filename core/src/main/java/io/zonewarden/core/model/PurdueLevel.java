package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A level of the Purdue reference model (ISA-95 / IEC 62443-1-1), including the industrial DMZ at 3.5, which the
 * original model lacks but practice uses.
 */
public enum PurdueLevel {
    L0("0"),
    L1("1"),
    L2("2"),
    L3("3"),
    L3_5("3.5"),
    L4("4"),
    L5("5");

    private final String label;

    PurdueLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads {@code 0..5} and {@code 3.5}; {@code 2.0} is read as 2. */
    public static Optional<PurdueLevel> ofLabel(String label) {
        var s = label.strip();
        if (s.endsWith(".0")) s = s.substring(0, s.length() - 2);
        var key = s;
        return Arrays.stream(values()).filter(l -> l.label.equals(key)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(PurdueLevel::label).toList();
    }

    /** Levels 4 and 5: business planning, logistics and the enterprise (IEC 62443-3-2 ZCR 3.2). */
    public boolean isBusiness() {
        return this == L4 || this == L5;
    }

    /** Levels 0 to 3: the process, basic and supervisory control and site operations. */
    public boolean isControl() {
        return compareTo(L3) <= 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
