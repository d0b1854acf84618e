package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How much the process depends on an asset, as the asset owner rates it. */
public enum Criticality {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high"),
    CRITICAL("critical");

    private final String label;

    Criticality(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Criticality> ofLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Criticality::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
