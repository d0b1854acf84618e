package io.zonewarden.monitor.compliance;

import java.util.List;

/**
 * What one capture shows about one zone.
 *
 * @param interZoneFlows conversations between this zone and another, judged by the conduit policy
 * @param viaConduit of those, the ones between zones a declared conduit joins
 * @param insecureInbound cleartext conversations entering this zone from a zone with a lower SL-T
 * @param observed true when any traffic of the zone was seen: the capture point covers it
 * @param suggestions per requirement, what the traffic suggests, beside what the assessor answered
 */
public record ZoneEvidence(
        String zone,
        long interZoneFlows,
        long viaConduit,
        List<String> insecureInbound,
        boolean observed,
        List<Suggestion> suggestions) {

    public ZoneEvidence {
        insecureInbound = List.copyOf(insecureInbound);
        suggestions = List.copyOf(suggestions);
    }

    /** Share of inter-zone conversations that use a declared conduit, 1 when there are none. */
    public double conduitShare() {
        return interZoneFlows == 0 ? 1.0 : (double) viaConduit / interZoneFlows;
    }

    /**
     * @param requirement an IEC 62443-3-3 SR id
     * @param suggested {@code supports} or {@code contradicts} the requirement being met
     * @param answered the assessor's answer for the zone, {@code unanswered} when none
     */
    public record Suggestion(String requirement, String suggested, String answered, String reason) {}
}
