package io.zonewarden.monitor.alert;

import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import java.time.Instant;
import java.util.List;

/**
 * A dangerous OT operation seen on the wire.
 *
 * @param rule the alert rule id, e.g. {@code OT-PROGRAM-DOWNLOAD}
 * @param function the function name as the engine reports it, e.g. {@code plc_stop}
 * @param code the raw function code
 * @param count how often the flow used it
 */
public record Alert(
        String rule,
        Severity severity,
        AttackTechnique technique,
        String title,
        Endpoint client,
        Endpoint server,
        String protocol,
        String function,
        int code,
        long count,
        Instant firstSeen,
        Instant lastSeen,
        List<String> evidence) {

    public Alert {
        evidence = List.copyOf(evidence);
    }
}
