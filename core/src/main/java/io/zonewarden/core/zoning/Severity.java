package io.zonewarden.core.zoning;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    public static Optional<Severity> ofLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Severity::label).toList();
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
