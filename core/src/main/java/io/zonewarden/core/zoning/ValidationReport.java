package io.zonewarden.core.zoning;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of all zoning rules on one plant model, most serious first. */
public record ValidationReport(List<Finding> findings) {

    public ValidationReport {
        findings = List.copyOf(findings);
    }

    /** How many findings of each severity, every severity present as a key. */
    public Map<Severity, Integer> counts() {
        var counts = new EnumMap<Severity, Integer>(Severity.class);
        for (var severity : Severity.values()) counts.put(severity, 0);
        for (var finding : findings) counts.merge(finding.severity(), 1, Integer::sum);
        return counts;
    }

    /** True when some finding is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
    }

    public List<Finding> withSeverity(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).toList();
    }
}
