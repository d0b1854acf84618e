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
 * @param clientPort the client's transport port, 0 when the flow has none (layer 2, ICMP) or it is not known
 * @param serverPort the server's transport port, likewise
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
        List<String> evidence,
        int clientPort,
        int serverPort) {

    public Alert {
        evidence = List.copyOf(evidence);
    }

    /** An alert whose ports are not known (stored before they were kept, or raised from a layer-2 flow). */
    public Alert(
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
        this(
                rule, severity, technique, title, client, server, protocol, function, code, count, firstSeen, lastSeen,
                evidence, 0, 0);
    }
}
