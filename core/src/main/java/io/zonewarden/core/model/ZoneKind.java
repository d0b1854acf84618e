package io.zonewarden.core.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

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

    public static Optional<ZoneKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(ZoneKind::label).toList();
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
