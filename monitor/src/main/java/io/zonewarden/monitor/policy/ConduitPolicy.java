package io.zonewarden.monitor.policy;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.capture.ObservedFlow;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.zoning.Severity;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Judges every observed flow against the plant model. Inside a zone the zone's allow rules apply (a zone that
 * declares none leaves its inside traffic unjudged); between zones there must be a conduit (IEC 62443-3-2 ZCR 3.1,
 * 62443-3-3 SR 5.1) and its allow rules apply. A rule allows traffic from its {@code from} (an asset or zone) to its
 * {@code to}, of its protocol, to its port if given, with its functions if given (by name, such as {@code
 * write-single-register}, or by class, such as {@code read}). Session set-up, responses and data a device reports by
 * itself are part of any allowed conversation.
 *
 * <p>Layer-2 flows (PROFINET DCP, LLDP) and traffic to broadcast or multicast addresses never cross a routed conduit
 * and are not judged here.
 */
public final class ConduitPolicy {

    private static final Set<String> ALWAYS_ALLOWED_ACCESS = Set.of("session", "response", "monitor");

    private final PlantMap map;
    private final Plant plant;

    public ConduitPolicy(Plant plant) {
        this.plant = plant;
        this.map = new PlantMap(plant);
    }

    public PlantMap map() {
        return map;
    }

    public PolicyReport judge(CaptureAnalysis analysis) {
        var macOf = new HashMap<String, String>();
        for (var asset : analysis.assets()) {
            if (asset.ip() != null && asset.mac() != null) macOf.putIfAbsent(asset.ip(), asset.mac());
        }
        var violations = new ArrayList<PolicyViolation>();
        var unknown = new LinkedHashMap<String, Unknown>();
        var summaries = new LinkedHashMap<String, long[]>(); // conduit -> flows, packets, allowed, violating
        for (var conduit : plant.conduits()) summaries.put(conduit.id(), new long[4]);
        long judged = 0;
        for (var flow : analysis.flows()) {
            if (flow.transport().equals("eth") || isGroupAddress(flow.serverAddress())) continue;
            var client = map.endpoint(flow.clientAddress(), macOf.get(flow.clientAddress()));
            var server = map.endpoint(flow.serverAddress(), macOf.get(flow.serverAddress()));
            for (var end : List.of(client, server)) {
                if (end.asset() == null)
                    unknown.computeIfAbsent(end.address(), a -> new Unknown(end))
                            .add(flow);
            }
            if (client.zone() == null || server.zone() == null) continue;
            judged++;
            var found = judge(flow, client, server, evidence(analysis, flow), summaries);
            violations.addAll(found);
        }
        unknown.values().forEach(u -> violations.add(u.violation(evidence(analysis, u.sample))));
        var conduits = new ArrayList<ConduitSummary>();
        summaries.forEach((id, s) -> conduits.add(new ConduitSummary(id, s[0], s[1], s[2], s[3])));
        violations.sort(java.util.Comparator.comparing(PolicyViolation::severity)
                .thenComparing(PolicyViolation::rule)
                .thenComparing(v -> v.client().name())
                .thenComparing(v -> v.server().name()));
        return new PolicyReport(violations, conduits, judged);
    }

    private List<PolicyViolation> judge(
            ObservedFlow flow, Endpoint client, Endpoint server, List<String> evidence, Map<String, long[]> summaries) {
        var found = new ArrayList<PolicyViolation>();
        var clientZone = plant.zone(client.zone()).orElseThrow();
        var serverZone = plant.zone(server.zone()).orElseThrow();
        long packets = flow.packetsToServer() + flow.packetsToClient();
        var zones =
                clientZone.equals(serverZone) ? List.of(clientZone.id()) : List.of(clientZone.id(), serverZone.id());
        List<AllowRule> rules;
        Conduit conduit = null;
        if (clientZone.equals(serverZone)) {
            if (clientZone.allow().isEmpty()) return found; // the zone declares no inside policy
            rules = clientZone.allow();
        } else {
            var conduits = plant.conduits().stream()
                    .filter(c -> c.joins(clientZone.id()) && c.joins(serverZone.id()))
                    .toList();
            if (conduits.isEmpty()) {
                found.add(violation(
                        "UNDECLARED-CONDUIT",
                        Severity.ERROR,
                        flow,
                        client,
                        server,
                        List.of(),
                        null,
                        zones,
                        evidence,
                        "zones " + clientZone.id() + " and " + serverZone.id() + " talk (" + flow.protocol()
                                + " to port " + flow.serverPort() + ") with no conduit between them"));
                if (bypassesDmz(clientZone, serverZone)) {
                    found.add(violation(
                            "DMZ-BYPASS",
                            Severity.ERROR,
                            flow,
                            client,
                            server,
                            List.of(),
                            null,
                            zones,
                            evidence,
                            clientZone.kind() + " zone " + clientZone.id() + " talks straight to " + serverZone.kind()
                                    + " zone " + serverZone.id() + ", bypassing the DMZ"));
                }
                safety(found, flow, client, server, serverZone, clientZone, null, zones, evidence);
                return found;
            }
            conduit = conduits.get(0);
            rules = conduits.stream().flatMap(c -> c.allow().stream()).toList();
            if (bypassesDmz(clientZone, serverZone)) {
                found.add(violation(
                        "DMZ-BYPASS",
                        Severity.ERROR,
                        flow,
                        client,
                        server,
                        List.of(),
                        conduit.id(),
                        zones,
                        evidence,
                        "traffic from " + clientZone.kind() + " zone " + clientZone.id()
                                + " reaches " + serverZone.kind() + " zone " + serverZone.id() + " over conduit "
                                + conduit.id() + ", bypassing the DMZ"));
            }
        }
        var candidates = rules.stream()
                .filter(r -> ends(r.from(), client) && ends(r.to(), server))
                .filter(r -> Protocols.matches(r.protocol(), flow.protocol(), flow.transport()))
                .filter(r -> r.port() == null || r.port() == flow.serverPort())
                .toList();
        String where = conduit == null ? "zone " + clientZone.id() : "conduit " + conduit.id();
        boolean violating;
        if (candidates.isEmpty()) {
            if (conduit != null || !rules.isEmpty()) {
                found.add(violation(
                        "PROTOCOL-NOT-ALLOWED",
                        Severity.ERROR,
                        flow,
                        client,
                        server,
                        List.of(),
                        conduit == null ? null : conduit.id(),
                        zones,
                        evidence,
                        flow.protocol() + " from " + client.name() + " to " + server.name() + " port "
                                + flow.serverPort() + " is not allowed on " + where));
            }
            violating = true;
        } else {
            var notAllowed = new ArrayList<String>();
            for (var function : flow.functions()) {
                if (ALWAYS_ALLOWED_ACCESS.contains(function.access())) continue;
                if (candidates.stream().noneMatch(r -> allows(r, function))) notAllowed.add(function.name());
            }
            violating = !notAllowed.isEmpty();
            if (violating) {
                found.add(violation(
                        "FUNCTION-NOT-ALLOWED",
                        Severity.ERROR,
                        flow,
                        client,
                        server,
                        notAllowed,
                        conduit == null ? null : conduit.id(),
                        zones,
                        evidence,
                        flow.protocol() + " " + String.join(", ", notAllowed) + " from " + client.name() + " to "
                                + server.name() + " is not among the functions " + where + " allows"));
            }
        }
        if (violating) safety(found, flow, client, server, serverZone, clientZone, conduit, zones, evidence);
        if (conduit != null) {
            var s = summaries.get(conduit.id());
            s[0]++;
            s[1] += packets;
            if (violating || !found.isEmpty()) s[3]++;
            else s[2]++;
        }
        return found;
    }

    private void safety(
            List<PolicyViolation> found,
            ObservedFlow flow,
            Endpoint client,
            Endpoint server,
            Zone serverZone,
            Zone clientZone,
            @org.jspecify.annotations.Nullable Conduit conduit,
            List<String> zones,
            List<String> evidence) {
        if (serverZone.kind() != ZoneKind.SAFETY) return;
        found.add(violation(
                "SAFETY-ZONE-ACCESS",
                Severity.ERROR,
                flow,
                client,
                server,
                List.of(),
                conduit == null ? null : conduit.id(),
                zones,
                evidence,
                client.name() + (clientZone.equals(serverZone) ? "" : " in zone " + clientZone.id()) + " reaches "
                        + server.name() + " in safety zone " + serverZone.id() + " (" + flow.protocol() + " port "
                        + flow.serverPort() + ") in a way no rule allows"));
    }

    /** The capture file and frame numbers of a flow's first and last frame, e.g. {@code plant.pcap#12}. */
    static List<String> evidence(CaptureAnalysis a, ObservedFlow flow) {
        if (flow.firstFrame() <= 0)
            return a.files().stream().map(Path::toString).toList();
        var first = a.frameInFile(flow.firstFrame());
        return flow.lastFrame() == flow.firstFrame() ? List.of(first) : List.of(first, a.frameInFile(flow.lastFrame()));
    }

    private static boolean bypassesDmz(Zone a, Zone b) {
        return (a.kind() == ZoneKind.ENTERPRISE && b.kind().isProcessSide())
                || (b.kind() == ZoneKind.ENTERPRISE && a.kind().isProcessSide());
    }

    /** A rule end names the endpoint's asset or its zone. */
    private static boolean ends(String ruleEnd, Endpoint endpoint) {
        return ruleEnd.equals(endpoint.asset()) || ruleEnd.equals(endpoint.zone());
    }

    /** A function is allowed by name ({@code write-var} for {@code write_var}) or by its class ({@code read}). */
    static boolean allows(AllowRule rule, FunctionCount function) {
        if (rule.functions().isEmpty()) return true;
        var name = normal(function.name());
        for (var allowed : rule.functions()) {
            var a = normal(allowed);
            if (a.equals(name) || a.equals(function.access())) return true;
        }
        return false;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static PolicyViolation violation(
            String rule,
            Severity severity,
            ObservedFlow flow,
            Endpoint client,
            Endpoint server,
            List<String> functions,
            @org.jspecify.annotations.Nullable String conduit,
            List<String> zones,
            List<String> evidence,
            String message) {
        return new PolicyViolation(
                rule,
                severity,
                client,
                server,
                flow.transport(),
                flow.serverPort(),
                flow.protocol(),
                functions,
                conduit,
                zones,
                flow.firstSeen(),
                flow.lastSeen(),
                flow.packetsToServer() + flow.packetsToClient(),
                message,
                evidence);
    }

    /** Broadcast and multicast destinations (IPv4 limited/directed-to-all and 224/4, IPv6 ff00::/8). */
    public static boolean isGroupAddress(String address) {
        var ip = IpAddress.tryParse(address);
        if (ip.isEmpty()) return false;
        if (ip.get().v6()) return (ip.get().high() >>> 56) == 0xFF;
        long v = ip.get().low();
        return (v >>> 28) == 0xE || v == 0xFFFF_FFFFL || (v & 0xFF) == 0xFF;
    }

    /** An address that names no asset, with the traffic it took part in. */
    private static final class Unknown {
        private final Endpoint endpoint;
        private final Set<String> peers = new LinkedHashSet<>();
        private final Set<String> protocols = new LinkedHashSet<>();
        private long packets;
        private Instant first = Instant.MAX;
        private Instant last = Instant.MIN;
        private ObservedFlow sample;

        Unknown(Endpoint endpoint) {
            this.endpoint = endpoint;
        }

        void add(ObservedFlow flow) {
            if (sample == null) sample = flow;
            packets += flow.packetsToServer() + flow.packetsToClient();
            protocols.add(flow.protocol());
            peers.add(flow.clientAddress().equals(endpoint.address()) ? flow.serverAddress() : flow.clientAddress());
            if (flow.firstSeen().isBefore(first)) first = flow.firstSeen();
            if (flow.lastSeen().isAfter(last)) last = flow.lastSeen();
        }

        PolicyViolation violation(List<String> evidence) {
            var other = new Endpoint(peers.iterator().next(), null, null);
            var zones = endpoint.zone() == null ? List.<String>of() : List.of(endpoint.zone());
            return new PolicyViolation(
                    "UNKNOWN-ASSET",
                    Severity.WARNING,
                    endpoint,
                    other,
                    sample.transport(),
                    sample.serverPort(),
                    String.join(",", protocols),
                    List.of(),
                    null,
                    zones,
                    first,
                    last,
                    packets,
                    "address " + endpoint.address() + " is in no asset of the inventory"
                            + (endpoint.zone() == null
                                    ? " and in no zone's network"
                                    : " (zone " + endpoint.zone() + "'s network)")
                            + "; it spoke " + String.join(", ", protocols) + " with "
                            + peers.size() + " peer" + (peers.size() == 1 ? "" : "s"),
                    evidence);
        }
    }
}
