package io.zonewarden.monitor.policy;

import io.zonewarden.core.zoning.Severity;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Observed traffic that departs from the zone and conduit model.
 *
 * @param rule {@code UNDECLARED-CONDUIT}, {@code DMZ-BYPASS}, {@code PROTOCOL-NOT-ALLOWED}, {@code
 *     FUNCTION-NOT-ALLOWED}, {@code UNKNOWN-ASSET} or {@code SAFETY-ZONE-ACCESS}
 * @param functions the functions that were not allowed ({@code FUNCTION-NOT-ALLOWED}), else empty
 * @param conduit the conduit the traffic crossed, when there is one
 * @param zones the zones involved: the client's then the server's (one for traffic inside a zone)
 * @param packets packets of the flows concerned, both ways
 * @param evidence the capture files the traffic was read from
 */
public record PolicyViolation(
        String rule,
        Severity severity,
        Endpoint client,
        Endpoint server,
        String transport,
        int serverPort,
        String protocol,
        List<String> functions,
        @Nullable String conduit,
        List<String> zones,
        Instant firstSeen,
        Instant lastSeen,
        long packets,
        String message,
        List<String> evidence) {

    public PolicyViolation {
        functions = List.copyOf(functions);
        zones = List.copyOf(zones);
        evidence = List.copyOf(evidence);
    }
}
