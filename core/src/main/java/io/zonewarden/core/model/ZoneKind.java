package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kind of a zone, which decides which partitioning rules of IEC 62443-3-2 ZCR 3 apply to it. */
public enum ZoneKind {
    ENTERPRISE("enterprise"),
    DMZ("dmz"),
    CONTROL("control"),
    SAFETY("safety"),
    WIRELESS("wireless"),
    REMOTE("remote"),
    TEMPORARY("temporary"),
    FIELD("field");

    private final String label;

    ZoneKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, ZoneKind> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(ZoneKind::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(ZoneKind::label).toList();

    public static Optional<ZoneKind> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    /** The labels in declaration order, for messages that list what is accepted. */
    public static List<String> labels() {
        return LABELS;
    }

    /** Zones that run or protect the process: a conduit from the enterprise straight into one bypasses the DMZ. */
    public boolean isProcessSide() {
        return this == CONTROL || this == SAFETY || this == FIELD;
    }

    @Override
    public String toString() {
        return label;
    }
}
