package io.zonewarden.core.model.risk;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of harm a consequence is rated in; a hazard's or scenario's consequence is its worst category. */
public enum ConsequenceCategory {
    SAFETY("safety"),
    ENVIRONMENT("environment"),
    PRODUCTION("production"),
    FINANCIAL("financial"),
    REPUTATION("reputation"),
    REGULATORY("regulatory");

    private static final List<String> LABELS =
            Arrays.stream(values()).map(ConsequenceCategory::label).toList();

    private final String label;

    ConsequenceCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ConsequenceCategory> ofLabel(String label) {
        for (var c : values()) {
            if (c.label.equals(label)) return Optional.of(c);
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
