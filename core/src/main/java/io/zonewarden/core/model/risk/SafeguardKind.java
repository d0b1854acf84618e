package io.zonewarden.core.model.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** What a safeguard of a process hazard is, as a hazard study (PHA, HAZOP, LOPA) lists it. */
public enum SafeguardKind {
    CONTROL_LOOP("control-loop"),
    SIS_TRIP("sis-trip"),
    ALARM("alarm"),
    MECHANICAL("mechanical"),
    PROCEDURAL("procedural");

    private static final List<String> LABELS =
            Arrays.stream(values()).map(SafeguardKind::label).toList();

    private final String label;

    SafeguardKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<SafeguardKind> ofLabel(String label) {
        for (var k : values()) {
            if (k.label.equals(label)) return Optional.of(k);
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
