package io.zonewarden.monitor.alert;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.baseline.Deviation;
import io.zonewarden.monitor.policy.Endpoint;
import io.zonewarden.monitor.policy.PlantMap;
import io.zonewarden.monitor.policy.PolicyReport;
import io.zonewarden.monitor.policy.PolicyViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every alert that leaves for the SOC: the OT operations, the conduit policy's violations and the baseline's
 * deviations, each aggregated over one window (for {@code analyze}, the whole capture) into one alert per rule, ends
 * and function, with the number of occurrences and the first and last time seen. A SIEM then gets one line for a
 * rogue host's thousand writes, not a thousand lines, and still sees every rule that fired.
 */
public final class CollectAlerts {

    private static final Map<String, String> VIOLATION_TITLES = Map.of(
            "UNDECLARED-CONDUIT", "traffic between zones with no conduit",
            "DMZ-BYPASS", "traffic bypassing the DMZ",
            "PROTOCOL-NOT-ALLOWED", "protocol not allowed on the conduit",
            "FUNCTION-NOT-ALLOWED", "function not allowed on the conduit",
            "SAFETY-ZONE-ACCESS", "safety zone reached outside its rules",
            "UNKNOWN-ASSET", "address in no asset of the inventory");

    private CollectAlerts() {}

    /**
     * @param first the window's start: the time given to deviations, which have none of their own
     * @param last the window's end
     */
    public static List<OutboundAlert> collect(
            Plant plant,
            PlantMap map,
            List<Alert> operations,
            @Nullable PolicyReport verdict,
            List<Deviation> deviations,
            @Nullable Instant first,
            @Nullable Instant last) {
        var context = new AlertContext(plant);
        var groups = new LinkedHashMap<String, Group>();
        for (var op : operations) {
            // each flow's operation is judged at its own time, so that one inside a change window and one after it
            // are two alerts, not one averaged
            var judged = context.judge(op.rule(), op.severity(), op.client(), op.server(), op.firstSeen());
            var key = String.join(
                    "\u0000",
                    op.rule(),
                    op.client().address(),
                    op.server().address(),
                    op.protocol(),
                    op.function(),
                    String.valueOf(judged.changeWindow()));
            var alert = new OutboundAlert(
                    op.rule(),
                    "operation",
                    judged.severity(),
                    op.severity(),
                    op.technique(),
                    op.title(),
                    op.client(),
                    op.server(),
                    op.clientPort(),
                    op.serverPort(),
                    op.protocol(),
                    op.function(),
                    op.count(),
                    op.firstSeen(),
                    op.lastSeen(),
                    judged.context(),
                    judged.changeWindow(),
                    op.title() + ": " + op.protocol() + " " + op.function() + " from "
                            + op.client().name() + " to " + op.server().name());
            groups.computeIfAbsent(key, k -> new Group()).add(alert);
        }
        if (verdict != null) {
            for (var v : verdict.violations()) {
                var function = String.join(",", v.functions());
                var key = String.join(
                        "\u0000", v.rule(), v.client().address(), v.server().address(), v.protocol(), function);
                groups.computeIfAbsent(key, k -> new Group()).add(violation(v, function));
            }
        }
        var start = first == null ? Instant.EPOCH : first;
        var end = last == null ? start : last;
        for (var d : deviations) {
            groups.computeIfAbsent("dev\u0000" + groups.size(), k -> new Group())
                    .add(deviation(d, map, start, end));
        }
        var result = new ArrayList<OutboundAlert>(groups.size());
        for (var g : groups.values()) result.add(g.alert());
        result.sort(Comparator.comparing(OutboundAlert::severity)
                .thenComparing(OutboundAlert::rule)
                .thenComparing(a -> a.client().name())
                .thenComparing(a -> a.server().name())
                .thenComparing(OutboundAlert::function)
                .thenComparing(OutboundAlert::firstSeen));
        return result;
    }

    private static OutboundAlert violation(PolicyViolation v, String function) {
        return new OutboundAlert(
                v.rule(),
                "violation",
                v.severity(),
                v.severity(),
                null,
                VIOLATION_TITLES.getOrDefault(v.rule(), v.rule()),
                v.client(),
                v.server(),
                0,
                v.serverPort(),
                v.protocol(),
                function,
                1,
                v.firstSeen(),
                v.lastSeen(),
                v.conduit() == null ? List.of() : List.of("conduit: " + v.conduit()),
                null,
                v.message());
    }

    /** A deviation names an address, or a conversation as {@code transport client -> server:port}. */
    private static OutboundAlert deviation(Deviation d, PlantMap map, Instant first, Instant last) {
        var subject = d.subject();
        Endpoint client;
        Endpoint server;
        String protocol = "";
        int port = 0;
        int arrow = subject.indexOf(" -> ");
        int space = subject.indexOf(' ');
        if (arrow > 0 && space < arrow) {
            protocol = subject.substring(0, space);
            client = map.endpoint(subject.substring(space + 1, arrow), null);
            var to = subject.substring(arrow + 4);
            int colon = to.lastIndexOf(':');
            if (colon > 0) {
                try {
                    port = Integer.parseInt(to.substring(colon + 1));
                    to = to.substring(0, colon);
                } catch (NumberFormatException e) {
                    port = 0; // not a port: the whole text is the address
                }
            }
            server = map.endpoint(to, null);
        } else {
            client = map.endpoint(subject, null);
            server = new Endpoint("", null, null);
        }
        return new OutboundAlert(
                d.rule(),
                "deviation",
                d.severity(),
                d.severity(),
                null,
                "departure from the learned baseline",
                client,
                server,
                0,
                port,
                protocol,
                "",
                1,
                first,
                last,
                List.of(),
                null,
                d.message());
    }

    /** The occurrences of one rule between the same ends with the same function. */
    private static final class Group {
        private @Nullable OutboundAlert head;
        private long count;
        private Instant first = Instant.MAX;
        private Instant last = Instant.MIN;
        private boolean sameClientPort = true;
        private Severity severity = Severity.INFO;

        void add(OutboundAlert a) {
            if (head == null) head = a;
            else if (a.clientPort() != head.clientPort()) sameClientPort = false;
            count += a.count();
            if (a.firstSeen().isBefore(first)) first = a.firstSeen();
            if (a.lastSeen().isAfter(last)) last = a.lastSeen();
            if (a.severity().atLeast(severity)) severity = a.severity();
        }

        OutboundAlert alert() {
            var h = java.util.Objects.requireNonNull(head);
            return new OutboundAlert(
                    h.rule(),
                    h.source(),
                    severity,
                    h.ruleSeverity(),
                    h.technique(),
                    h.title(),
                    h.client(),
                    h.server(),
                    sameClientPort ? h.clientPort() : 0,
                    h.serverPort(),
                    h.protocol(),
                    h.function(),
                    count,
                    first,
                    last,
                    h.context(),
                    h.changeWindow(),
                    h.message());
        }
    }
}
