package io.zonewarden.core.assessment;

import io.zonewarden.core.zoning.Finding;
import java.util.List;
import java.util.Optional;

/** Everything {@link AssessPlant} computes for a plant. */
public record AssessmentReport(
        Scope scope,
        List<ZoneAssessment> zones,
        List<CapabilityGap> capabilityGaps,
        ProgrammeProfile programme,
        List<Finding> findings) {

    public AssessmentReport {
        zones = List.copyOf(zones);
        capabilityGaps = List.copyOf(capabilityGaps);
        findings = List.copyOf(findings);
    }

    public Optional<ZoneAssessment> zone(String id) {
        return zones.stream().filter(z -> z.zone().equals(id)).findFirst();
    }

    /** True when some zone's SL-A falls short of its SL-T. */
    public boolean hasGap() {
        return zones.stream().anyMatch(z -> !z.meetsTarget());
    }
}
