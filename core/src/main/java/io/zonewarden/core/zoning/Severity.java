package io.zonewarden.core.zoning;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** How serious a finding is. Declared from most to least serious. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, Severity> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Severity::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(Severity::label).toList();

    public static Optional<Severity> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    /** The labels in declaration order, for messages that list what is accepted. */
    public static List<String> labels() {
        return LABELS;
    }

    /** True when this is as serious as {@code threshold} or more. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    @Override
    public String toString() {
        return label;
    }
}
