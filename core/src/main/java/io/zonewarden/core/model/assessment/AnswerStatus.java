package io.zonewarden.core.model.assessment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An assessor's answer to one requirement. Only {@link #IMPLEMENTED}, {@link #COMPENSATED} and a justified
 * {@link #NOT_APPLICABLE} count towards a security level (IEC 62443-3-3 section 4.3: a compensating countermeasure
 * may stand in for a requirement the system cannot meet directly).
 */
public enum AnswerStatus {
    IMPLEMENTED("implemented"),
    COMPENSATED("compensated"),
    NOT_APPLICABLE("not-applicable"),
    PARTIAL("partial"),
    PLANNED("planned"),
    NOT_IMPLEMENTED("not-implemented");

    private static final Map<String, AnswerStatus> BY_LABEL =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(AnswerStatus::label, s -> s));
    private static final List<String> LABELS =
            Arrays.stream(values()).map(AnswerStatus::label).toList();

    private final String label;

    AnswerStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<AnswerStatus> ofLabel(String label) {
        return Optional.ofNullable(BY_LABEL.get(label));
    }

    public static List<String> labels() {
        return LABELS;
    }

    /** True for the answers that meet the requirement (a not-applicable answer always carries its justification). */
    public boolean meets() {
        return this == IMPLEMENTED || this == COMPENSATED || this == NOT_APPLICABLE;
    }

    /**
     * How far an unmet requirement is from being met, for ordering the next steps: a partial answer is closest, then
     * a planned one, then one not implemented; an unanswered requirement comes last since its state is unknown.
     */
    public int distanceToMet() {
        return switch (this) {
            case IMPLEMENTED, COMPENSATED, NOT_APPLICABLE -> 0;
            case PARTIAL -> 1;
            case PLANNED -> 2;
            case NOT_IMPLEMENTED -> 3;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
