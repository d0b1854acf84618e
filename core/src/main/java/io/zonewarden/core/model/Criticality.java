package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

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

    private static final Map<String, Criticality> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Criticality::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(Criticality::label).toList();

    public static Optional<Criticality> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    /** The labels in declaration order, for messages that list what is accepted. */
    public static List<String> labels() {
        return LABELS;
    }

    @Override
    public String toString() {
        return label;
    }
}
