package io.zonewarden.core.model.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where a person comes from: a security organisation needs both IT and OT (IEC 62443-2-1 ORG 1.3). */
public enum Discipline {
    IT("it"),
    OT("ot"),
    SAFETY("safety"),
    MANAGEMENT("management"),
    CONTRACTOR("contractor");

    private final String label;

    Discipline(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, Discipline> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Discipline::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(Discipline::label).toList();

    public static Optional<Discipline> ofLabel(String label) {
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
