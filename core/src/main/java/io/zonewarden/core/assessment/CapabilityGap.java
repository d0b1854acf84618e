package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.Set;

/**
 * An asset whose SL-C is below its zone's SL-T: the FRs in which the zone needs compensating countermeasures to
 * reach its target with this component (IEC 62443-3-3 section 4.3).
 *
 * @param fromAnswers true when SL-C was computed from the component's 62443-4-2 answers, false when declared
 */
public record CapabilityGap(
        String asset,
        String zone,
        SecurityLevelVector slCapability,
        SecurityLevelVector slTarget,
        Set<FoundationalRequirement> frs,
        boolean fromAnswers) {

    public CapabilityGap {
        frs = Set.copyOf(frs);
    }
}
