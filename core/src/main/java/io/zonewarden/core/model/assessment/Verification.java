package io.zonewarden.core.model.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How an assessor checked an answer. The ISASecure system security assessment (ACSSA) distinguishes a practice that
 * is documented from one that is demonstrated or observed; an interview alone shows neither. Only
 * {@link #OBSERVATION}, {@link #TEST} and a {@link #DOCUMENT} backed by evidence make an answer count towards the
 * verified SL-A.
 */
public enum Verification {
    /** Asked, not checked: the answer rests on what someone said. */
    INTERVIEW("interview"),
    /** Read in a document: counts when the answer names the document as evidence. */
    DOCUMENT("document"),
    /** Seen in place by the assessor (a configuration screen, a locked cabinet, a log). */
    OBSERVATION("observation"),
    /** Tried out: the assessor made the control act (a refused login, a blocked connection). */
    TEST("test");

    private static final Map<String, Verification> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Verification::label, v -> v));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(Verification::label).toList();

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Verification> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    public static List<String> labels() {
        return LABELS;
    }

    @Override
    public String toString() {
        return label;
    }
}
