package io.zonewarden.monitor.policy;

import io.zonewarden.core.zoning.Severity;
import java.util.List;

/** The conduit policy's verdict on one capture. */
public record PolicyReport(List<PolicyViolation> violations, List<ConduitSummary> conduits, long judgedFlows) {

    public PolicyReport {
        violations = List.copyOf(violations);
        conduits = List.copyOf(conduits);
    }

    public boolean reaches(Severity threshold) {
        return violations.stream().anyMatch(v -> v.severity().atLeast(threshold));
    }
}
