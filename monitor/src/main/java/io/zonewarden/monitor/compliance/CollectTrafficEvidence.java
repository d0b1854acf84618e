package io.zonewarden.monitor.compliance;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.monitor.policy.ConduitPolicy;
import io.zonewarden.monitor.policy.PlantMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns one capture into evidence per zone for the requirements traffic can speak to. */
public final class CollectTrafficEvidence {

    /** Protocols that carry commands or data without cryptographic protection. */
    static final Set<String> CLEARTEXT =
            Set.of("modbus", "s7comm", "dnp3", "enip", "iec104", "bacnet", "mms", "http", "mqtt", "snmp", "syslog");

    private CollectTrafficEvidence() {}

    public static List<ZoneEvidence> collect(Plant plant, CaptureAnalysis analysis) {
        var map = new PlantMap(plant);
        var inter = new LinkedHashMap<String, long[]>(); // zone -> inter-zone flows, via conduit
        var insecure = new LinkedHashMap<String, Set<String>>();
        var seen = new LinkedHashSet<String>();
        for (var zone : plant.zones()) {
            inter.put(zone.id(), new long[2]);
            insecure.put(zone.id(), new LinkedHashSet<>());
        }
        for (var flow : analysis.flows()) {
            if (flow.transport().equals("eth") || ConduitPolicy.isGroupAddress(flow.serverAddress())) continue;
            var client = map.endpoint(flow.clientAddress(), null);
            var server = map.endpoint(flow.serverAddress(), null);
            if (client.zone() != null) seen.add(client.zone());
            if (server.zone() != null) seen.add(server.zone());
            if (client.zone() == null || server.zone() == null || client.zone().equals(server.zone())) continue;
            boolean conduit = plant.conduits().stream().anyMatch(c -> c.joins(client.zone()) && c.joins(server.zone()));
            for (var zoneId : List.of(client.zone(), server.zone())) {
                var counts = inter.get(zoneId);
                counts[0]++;
                if (conduit) counts[1]++;
            }
            var from = plant.zone(client.zone()).map(Zone::slTarget).orElse(null);
            var to = plant.zone(server.zone()).map(Zone::slTarget).orElse(null);
            if (CLEARTEXT.contains(flow.protocol()) && higher(to, from)) {
                insecure.get(server.zone())
                        .add(flow.protocol() + " from " + client.name() + " (" + client.zone() + ") to " + server.name()
                                + ":" + flow.serverPort());
            }
        }
        var evidence = new ArrayList<ZoneEvidence>();
        for (var zone : plant.zones()) {
            var answers = plant.assessment().answersFor(zone.id());
            var counts = inter.get(zone.id());
            var suggestions = new ArrayList<ZoneEvidence.Suggestion>();
            if (counts[0] > 0) {
                boolean all = counts[1] == counts[0];
                var reason = counts[1] + " of " + counts[0] + " conversations with other zones use a declared conduit";
                suggestions.add(new ZoneEvidence.Suggestion(
                        "SR 5.1", all ? "supports" : "contradicts", answered(answers, "SR 5.1"), reason));
                suggestions.add(new ZoneEvidence.Suggestion(
                        "SR 5.2", all ? "supports" : "contradicts", answered(answers, "SR 5.2"), reason));
            }
            var inbound = List.copyOf(insecure.get(zone.id()));
            if (!inbound.isEmpty()) {
                var reason = inbound.size() + " cleartext conversation" + (inbound.size() == 1 ? "" : "s")
                        + (inbound.size() == 1 ? " enters" : " enter") + " the zone from a zone of lower SL-T";
                suggestions.add(
                        new ZoneEvidence.Suggestion("SR 3.1", "contradicts", answered(answers, "SR 3.1"), reason));
                suggestions.add(
                        new ZoneEvidence.Suggestion("SR 4.1", "contradicts", answered(answers, "SR 4.1"), reason));
            }
            boolean observed = seen.contains(zone.id());
            suggestions.add(new ZoneEvidence.Suggestion(
                    "SR 6.2",
                    observed ? "supports" : "contradicts",
                    answered(answers, "SR 6.2"),
                    observed
                            ? "the zone's traffic reaches this capture point"
                            : "no traffic of the zone was seen: the capture point does not cover it"));
            evidence.add(new ZoneEvidence(zone.id(), counts[0], counts[1], inbound, observed, suggestions));
        }
        return evidence;
    }

    private static String answered(Map<String, io.zonewarden.core.model.assessment.Answer> answers, String id) {
        var answer = answers.get(id);
        return answer == null ? "unanswered" : answer.status().label();
    }

    /** True when {@code to} is above {@code from} in some FR. */
    private static boolean higher(
            @org.jspecify.annotations.Nullable SecurityLevelVector to,
            @org.jspecify.annotations.Nullable SecurityLevelVector from) {
        if (to == null) return false;
        if (from == null) return true;
        return !from.gapsTo(to).isEmpty();
    }
}
