package io.zonewarden.core.model.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a threat source can do, as the IEC 62443-3-3 security levels describe attackers: SL 1 casual or coincidental
 * violation, SL 2 simple means, SL 3 sophisticated means with IACS-specific skills and moderate resources, SL 4
 * sophisticated means with extended resources.
 */
public enum ThreatCapability {
    CASUAL("casual"),
    SIMPLE("simple"),
    MODERATE("moderate"),
    EXTENDED("extended");

    private static final List<String> LABELS =
            Arrays.stream(values()).map(ThreatCapability::label).toList();

    private final String label;

    ThreatCapability(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The security level that withstands this capability: 1..4. */
    public int securityLevel() {
        return ordinal() + 1;
    }

    public static ThreatCapability ofLevel(int level) {
        if (level < 1 || level > 4) throw new IllegalArgumentException("capability is 1..4, got " + level);
        return values()[level - 1];
    }

    public static Optional<ThreatCapability> ofLabel(String label) {
        for (var c : values()) {
            if (c.label.equals(label)) return Optional.of(c);
        }
        return Optional.empty();
    }

    public static List<String> labels() {
        return LABELS;
    }

    @Override
    public String toString() {
        return label;
    }
}
