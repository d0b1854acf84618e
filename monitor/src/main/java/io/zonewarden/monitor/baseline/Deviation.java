package io.zonewarden.monitor.baseline;

import io.zonewarden.core.zoning.Severity;
import java.util.List;

/**
 * A departure from the learned normal.
 *
 * @param rule {@code NEW-ASSET}, {@code NEW-FLOW}, {@code NEW-PROTOCOL}, {@code NEW-FUNCTION}, {@code
 *     IDENTITY-CHANGE} or {@code RATE-SPIKE}
 * @param subject the address or conversation concerned
 */
public record Deviation(String rule, Severity severity, String subject, String message, List<String> evidence) {

    public Deviation {
        evidence = List.copyOf(evidence);
    }
}
