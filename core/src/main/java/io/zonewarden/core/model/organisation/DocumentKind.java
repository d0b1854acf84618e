package io.zonewarden.core.model.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** A policy says what and why; a procedure says how (IEC 62443-2-1 ORG 1.1). */
public enum DocumentKind {
    POLICY("policy"),
    PROCEDURE("procedure");

    private final String label;

    DocumentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<DocumentKind> ofLabel(String label) {
        return Arrays.stream(values()).filter(k -> k.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(DocumentKind::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
