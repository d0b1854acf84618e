package io.zonewarden.core.model.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A right that makes a person's mistakes costlier: people who hold one refresh their awareness training more often
 * (a module's {@code privilegedRefresherMonths}).
 */
public enum AccessRight {
    /** Remote access into the plant's zones (IEC 62443-2-1 NET 3). */
    REMOTE_ACCESS("remote-access"),
    /** Engineering rights: may change controller logic or configuration. */
    ENGINEERING("engineering");

    private final String label;

    AccessRight(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    private static final Map<String, AccessRight> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AccessRight::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(AccessRight::label).toList();

    public static Optional<AccessRight> ofLabel(String label) {
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
