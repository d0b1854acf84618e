package io.zonewarden.monitor.alert;

import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One alert as it leaves for a SIEM: an OT operation, a conduit policy violation or a baseline deviation, aggregated
 * over a window (the whole capture for {@code analyze}) by rule, ends and function, with its severity in context.
 *
 * @param source {@code operation}, {@code violation} or {@code deviation}
 * @param severity the severity in context (see {@link AlertContext})
 * @param ruleSeverity the rule's own severity, before context
 * @param technique the ATT&CK for ICS technique, for OT operations
 * @param clientPort the client's port when every aggregated occurrence used the same one, else 0
 * @param serverPort the server's port (the first occurrence's), 0 when none
 * @param function the function (operations), the functions not allowed (violations), or empty
 * @param count occurrences: function uses for operations, flows for violations, 1 for deviations
 * @param context why the severity differs from the rule's, e.g. {@code cross-zone}, {@code changeWindow: cw-1}
 * @param changeWindow the id of the change window the operation fell in, or {@code null}
 */
public record OutboundAlert(
        String rule,
        String source,
        Severity severity,
        Severity ruleSeverity,
        @Nullable AttackTechnique technique,
        String title,
        Endpoint client,
        Endpoint server,
        int clientPort,
        int serverPort,
        String protocol,
        String function,
        long count,
        Instant firstSeen,
        Instant lastSeen,
        List<String> context,
        @Nullable String changeWindow,
        String message) {

    public OutboundAlert {
        context = List.copyOf(context);
    }
}
