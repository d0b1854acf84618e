package io.zonewarden.core.zoning;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Design rules for a zone and conduit drawing beyond the partitioning of ZCR 3: the checks a reviewer makes on the
 * conduits themselves (are they enforced, what do they let through, what do they skip). Each costs time linear in the
 * model.
 */
final class DesignRules {

    private DesignRules() {}

    /**
     * Cleartext protocols that have a secure form, with that form: across a conduit between zones of different SL-T
     * their credentials and commands cross the boundary readable and forgeable (IEC 62443-3-3 SR 4.1, SR 3.1).
     */
    static final Map<String, String> INSECURE_PROTOCOLS = Map.ofEntries(
            Map.entry("telnet", "ssh"),
            Map.entry("rlogin", "ssh"),
            Map.entry("ftp", "sftp or ftps"),
            Map.entry("tftp", "sftp"),
            Map.entry("http", "https"),
            Map.entry("snmp", "snmpv3 with authentication and privacy"),
            Map.entry("snmpv1", "snmpv3 with authentication and privacy"),
            Map.entry("snmpv2c", "snmpv3 with authentication and privacy"),
            Map.entry("vnc", "vnc tunnelled through ssh or tls"));

    static List<Finding> zoneIsolated(Plant plant) {
        var findings = new ArrayList<Finding>();
        // a plant of one zone has nothing to be isolated from
        if (plant.zones().size() < 2) return findings;
        var joined = new HashSet<String>();
        for (var conduit : plant.conduits()) joined.addAll(conduit.zones());
        for (var zone : plant.zones()) {
            if (joined.contains(zone.id())) continue;
            findings.add(new Finding(
                    "ZONE-ISOLATED",
                    Severity.INFO,
                    List.of(zone.id()),
                    "no conduit joins zone " + zone.id(),
                    "if the zone really talks to no other zone (an air gap), record that in its description; otherwise"
                            + " declare the conduits it uses, or monitoring will report their traffic as undeclared"));
        }
        return findings;
    }

    static List<Finding> conduitWithoutRules(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            if (!conduit.allow().isEmpty()) continue;
            findings.add(new Finding(
                    "CONDUIT-NO-RULES",
                    Severity.WARNING,
                    List.of(conduit.id()),
                    "conduit " + conduit.id() + " says nothing about the traffic it carries",
                    "list what may cross it (from, to, protocol, port, functions): the firewall rules are derived"
                            + " and checked from these, and monitoring judges the observed traffic by them"));
        }
        return findings;
    }

    static List<Finding> insecureProtocol(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            var targets = differentTargets(plant, conduit);
            if (targets.isEmpty()) continue;
            var reported = new HashSet<String>();
            for (var rule : conduit.allow()) {
                var protocol = rule.protocol().toLowerCase(Locale.ROOT);
                var secure = INSECURE_PROTOCOLS.get(protocol);
                if (secure == null || !reported.add(protocol)) continue;
                findings.add(new Finding(
                        "INSECURE-PROTOCOL",
                        Severity.WARNING,
                        List.of(conduit.id(), protocol),
                        "conduit " + conduit.id() + " allows " + protocol + " (cleartext) between zones of different"
                                + " SL-T (" + targets.get().a() + " and "
                                + targets.get().b() + ")",
                        "use " + secure + " instead, or terminate " + protocol
                                + " in a jump host or proxy inside the zone of the higher SL-T"));
            }
        }
        return findings;
    }

    static List<Finding> purdueAdjacency(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            var zones = zones(plant, conduit);
            if (zones.isEmpty()) continue;
            var a = zones.get().get(0);
            var b = zones.get().get(1);
            if (a.kind() == ZoneKind.DMZ || b.kind() == ZoneKind.DMZ) continue;
            var levelsA = levels(plant, a);
            var levelsB = levels(plant, b);
            if (levelsA == null || levelsB == null) continue;
            // the upper zone's lowest level minus the lower zone's highest level
            var upper = levelsA.low() >= levelsB.low() ? levelsA : levelsB;
            var lower = upper == levelsA ? levelsB : levelsA;
            double skipped = upper.low() - lower.high();
            if (skipped <= 1) continue;
            var upperZone = upper == levelsA ? a : b;
            var lowerZone = upper == levelsA ? b : a;
            findings.add(
                    new Finding(
                            "PURDUE-ADJACENCY",
                            Severity.WARNING,
                            List.of(conduit.id()),
                            "conduit " + conduit.id() + " joins Purdue level " + label(upper.low()) + " ("
                                    + upperZone.id()
                                    + ") to level " + label(lower.high()) + " (" + lowerZone.id()
                                    + "), skipping the levels"
                                    + " between",
                            "route the traffic through the zones of the levels between (a DMZ or a site operations zone)"
                                    + " so each boundary can inspect it, or justify the shortcut in the conduit's description"));
        }
        return findings;
    }

    static List<Finding> slGapInspection(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            if (!conduit.devices().isEmpty()) continue;
            var zones = zones(plant, conduit);
            if (zones.isEmpty()) continue;
            var a = zones.get().get(0).slTarget();
            var b = zones.get().get(1).slTarget();
            if (a == null || b == null) continue;
            var wide = new ArrayList<String>();
            for (var fr : FoundationalRequirement.values()) {
                if (Math.abs(a.of(fr).value() - b.of(fr).value()) >= 2) wide.add(fr.id());
            }
            if (wide.isEmpty()) continue;
            findings.add(new Finding(
                    "SL-GAP-INSPECTION",
                    Severity.WARNING,
                    List.of(conduit.id()),
                    "conduit " + conduit.id() + " joins zones whose SL-T differ by 2 or more in "
                            + String.join(", ", wide) + " (" + a + " and " + b + ") and names no boundary device",
                    "name the firewall, data diode or gateway that enforces it (devices: [...]); a gap this wide"
                            + " needs traffic inspection at the boundary, not only a router"));
        }
        return findings;
    }

    static List<Finding> safetyZoneSecurityLevel(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var zone : plant.zones()) {
            if (zone.kind() != ZoneKind.SAFETY || zone.slTarget() == null) continue;
            var low = new ArrayList<String>();
            for (var fr : FoundationalRequirement.values()) {
                if (zone.slTarget().of(fr).value() < 3) low.add(fr.id());
            }
            if (low.isEmpty()) continue;
            findings.add(new Finding(
                    "SAFETY-ZONE-SL",
                    Severity.INFO,
                    List.of(zone.id()),
                    "safety zone " + zone.id() + " has an SL-T below 3 in " + String.join(", ", low) + " ("
                            + zone.slTarget() + ")",
                    "a safety instrumented system is the last layer before harm: show in the risk assessment why the"
                            + " lower target suffices (IEC 61511-1 clause 8.2.4), or raise it"));
        }
        return findings;
    }

    static List<Finding> defaultAllow(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var zone : plant.zones()) {
            for (var rule : zone.allow()) defaultAllow(plant, "zone " + zone.id(), zone.id(), rule, findings);
        }
        for (var conduit : plant.conduits()) {
            for (var rule : conduit.allow())
                defaultAllow(plant, "conduit " + conduit.id(), conduit.id(), rule, findings);
        }
        return findings;
    }

    private static void defaultAllow(
            Plant plant, String owner, String ownerId, AllowRule rule, List<Finding> findings) {
        if (!rule.protocol().equals("any")) return;
        if (plant.zone(rule.from()).isEmpty() || plant.zone(rule.to()).isEmpty()) return;
        findings.add(new Finding(
                "DEFAULT-ALLOW",
                Severity.ERROR,
                List.of(ownerId, rule.from(), rule.to()),
                owner + " allows any protocol from zone " + rule.from() + " to zone " + rule.to()
                        + ": an allow-all rule",
                "replace it with the flows the process needs (asset to asset, protocol, port, functions);"
                        + " everything else is denied by default (IEC 62443-3-3 SR 5.1 RE 2)"));
    }

    /** The two zones' SL-T when both are known and differ. */
    private static Optional<Pair> differentTargets(Plant plant, Conduit conduit) {
        var zones = zones(plant, conduit);
        if (zones.isEmpty()) return Optional.empty();
        SecurityLevelVector a = zones.get().get(0).slTarget();
        SecurityLevelVector b = zones.get().get(1).slTarget();
        if (a == null || b == null || a.equals(b)) return Optional.empty();
        return Optional.of(new Pair(a, b));
    }

    private record Pair(SecurityLevelVector a, SecurityLevelVector b) {}

    private static Optional<List<Zone>> zones(Plant plant, Conduit conduit) {
        var a = plant.zone(conduit.zones().get(0));
        var b = plant.zone(conduit.zones().get(1));
        if (a.isEmpty() || b.isEmpty() || a.get().id().equals(b.get().id())) return Optional.empty();
        return Optional.of(List.of(a.get(), b.get()));
    }

    private record Levels(double low, double high) {}

    /** The lowest and highest Purdue level of the zone's assets, or null when none has one. */
    private static @Nullable Levels levels(Plant plant, Zone zone) {
        var levels = new TreeMap<Double, Boolean>();
        for (var assetId : zone.assets()) {
            plant.asset(assetId)
                    .map(asset -> asset.purdue())
                    .ifPresent(level -> levels.put(Double.parseDouble(level.label()), true));
        }
        return levels.isEmpty() ? null : new Levels(levels.firstKey(), levels.lastKey());
    }

    private static String label(double level) {
        return level == Math.rint(level) ? Integer.toString((int) level) : Double.toString(level);
    }
}
