package io.zonewarden.core.zoning;

import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The zoning rules: the partitioning requirements of IEC 62443-3-2 ZCR 3.1 to 3.6, and the checks an OT security
 * consultant makes on a zone and conduit drawing beside them. Every rule costs time linear in the model size (or
 * {@code n log n}), so that a plant of tens of thousands of assets validates in well under a second.
 */
public final class ZoningRules {

    private ZoningRules() {}

    /** ZCR 3.1: zones and conduits are established, every asset in exactly one zone, every zone with an SL-T. */
    public static final ZoningRule ZONES_AND_CONDUITS = new ZoningRule(
            "ZCR-3.1",
            "every asset in exactly one zone, conduits join two existing zones, every zone has an SL-T",
            ZoningRules::zonesAndConduits);

    /** ZCR 3.2: business and IACS assets are kept in separate zones. */
    public static final ZoningRule BUSINESS_AND_CONTROL = new ZoningRule(
            "ZCR-3.2",
            "business assets (Purdue 4-5, enterprise zones) and control assets (Purdue 0-3) are not in one zone",
            ZoningRules::businessAndControl);

    /** ZCR 3.3: safety-related assets are kept in zones of their own. */
    public static final ZoningRule SAFETY = new ZoningRule(
            "ZCR-3.3", "safety-related assets are not in a zone with non-safety assets", ZoningRules::safety);

    /** ZCR 3.4: temporarily connected devices are kept in zones of their own. */
    public static final ZoningRule TEMPORARY = new ZoningRule(
            "ZCR-3.4",
            "temporarily connected assets are in a zone of kind temporary",
            plant -> separated(plant, "ZCR-3.4", ZoneKind.TEMPORARY, Asset::temporary, "temporarily connected"));

    /** ZCR 3.5: wireless devices are kept in zones of their own. */
    public static final ZoningRule WIRELESS = new ZoningRule(
            "ZCR-3.5",
            "wireless assets are in a zone of kind wireless",
            plant -> separated(plant, "ZCR-3.5", ZoneKind.WIRELESS, Asset::wireless, "wireless"));

    /** ZCR 3.6: devices connected through external networks are kept in zones of their own. */
    public static final ZoningRule EXTERNAL = new ZoningRule(
            "ZCR-3.6",
            "externally connected assets are in a zone of kind remote",
            plant -> separated(plant, "ZCR-3.6", ZoneKind.REMOTE, Asset::external, "externally connected"));

    /** Traffic between the enterprise and the process passes through a DMZ (IEC 62443-3-3 SR 5.1, SR 5.2). */
    public static final ZoningRule DMZ_BYPASS = new ZoningRule(
            "DMZ-BYPASS",
            "no conduit joins an enterprise (or remote) zone directly to a control, safety or field zone",
            ZoningRules::dmzBypass);

    /** A conduit protects the zones it joins at least as well as they are protected (62443-3-2 ZCR 5.6). */
    public static final ZoningRule CONDUIT_SL = new ZoningRule(
            "CONDUIT-SL",
            "every conduit has an SL-T, and it is not below that of a zone it joins in any FR",
            ZoningRules::conduitSecurityLevel);

    /** An asset whose SL-C is below its zone's SL-T needs compensating countermeasures (62443-3-3 section 4.3). */
    public static final ZoningRule SL_CAPABILITY = new ZoningRule(
            "SL-CAPABILITY",
            "assets with a declared SL-C below their zone's SL-T are named with the FRs to compensate",
            ZoningRules::slCapability);

    /** The address plan agrees with the zones: no overlapping zone networks, asset addresses inside their zone. */
    public static final ZoningRule NETWORK = new ZoningRule(
            "NETWORK",
            "zone networks do not overlap; asset addresses lie in their own zone's networks and are not shared",
            ZoningRules::network);

    /** ZCR 5.6: a zone's declared SL-T is not below the SL-T its threat scenarios call for. */
    public static final ZoningRule RISK_TARGET = new ZoningRule(
            "ZCR-5.6",
            "every zone's declared SL-T is at least the SL-T derived from its threat scenarios, in every FR",
            RiskTargetRule::check);

    /** ZCR 5.6 for conduits: a conduit's declared SL-T is not below that of the attacks that cross it. */
    public static final ZoningRule CONDUIT_RISK_TARGET = new ZoningRule(
            "ZCR-5.6-CONDUIT",
            "every conduit's declared SL-T is at least the SL-T of the threat scenarios whose path crosses it",
            ScenarioRules::conduitBelowDerived);

    /** A threat scenario names the FRs it threatens, so that its SL-T is derived only in those. */
    public static final ZoningRule SCENARIO_FRS_MISSING = new ZoningRule(
            "SCENARIO-FRS-MISSING",
            "every threat scenario names the FRs it threatens (frs)",
            ScenarioRules::frsMissing);

    /** A threat scenario's targets can be reached from its entry through the declared conduits. */
    public static final ZoningRule SCENARIO_UNREACHABLE = new ZoningRule(
            "SCENARIO-UNREACHABLE",
            "a chain of conduits leads from every threat scenario's entry to each of its targets",
            ScenarioRules::unreachable);

    /** No conduit joins the zone: an air gap to record, or conduits missing from the drawing. */
    public static final ZoningRule ZONE_ISOLATED = new ZoningRule(
            "ZONE-ISOLATED",
            "in a plant of several zones, every zone is joined to another by a conduit",
            DesignRules::zoneIsolated);

    /** A conduit without allow rules declares a path but not what may use it. */
    public static final ZoningRule CONDUIT_NO_RULES = new ZoningRule(
            "CONDUIT-NO-RULES", "every conduit lists the traffic it allows", DesignRules::conduitWithoutRules);

    /** Cleartext protocols with a secure form do not cross an SL boundary. */
    public static final ZoningRule INSECURE_PROTOCOL = new ZoningRule(
            "INSECURE-PROTOCOL",
            "no telnet, rlogin, ftp, tftp, http, snmp v1/v2c or vnc across a conduit between zones of different SL-T",
            DesignRules::insecureProtocol);

    /** A conduit joins neighbouring Purdue levels, unless a DMZ is one of its ends. */
    public static final ZoningRule PURDUE_ADJACENCY = new ZoningRule(
            "PURDUE-ADJACENCY",
            "a conduit outside a DMZ skips no Purdue level between its zones",
            DesignRules::purdueAdjacency);

    /** A wide SL gap is bridged through a named boundary device. */
    public static final ZoningRule SL_GAP_INSPECTION = new ZoningRule(
            "SL-GAP-INSPECTION",
            "a conduit between zones whose SL-T differ by 2 or more names its boundary devices",
            DesignRules::slGapInspection);

    /** A safety zone's SL-T below 3 must be justified by its risk assessment. */
    public static final ZoningRule SAFETY_ZONE_SL = new ZoningRule(
            "SAFETY-ZONE-SL",
            "safety zones have an SL-T of at least 3 in every FR",
            DesignRules::safetyZoneSecurityLevel);

    /** Allow-all rules between whole zones defeat the conduit. */
    public static final ZoningRule DEFAULT_ALLOW = new ZoningRule(
            "DEFAULT-ALLOW", "no allow rule lets any protocol through between whole zones", DesignRules::defaultAllow);

    /** Every rule: the partitioning rules in the order of IEC 62443-3-2, then the design rules. */
    public static final List<ZoningRule> ALL = List.of(
            ZONES_AND_CONDUITS,
            BUSINESS_AND_CONTROL,
            SAFETY,
            TEMPORARY,
            WIRELESS,
            EXTERNAL,
            DMZ_BYPASS,
            CONDUIT_SL,
            SL_CAPABILITY,
            NETWORK,
            RISK_TARGET,
            CONDUIT_RISK_TARGET,
            SCENARIO_FRS_MISSING,
            SCENARIO_UNREACHABLE,
            ZONE_ISOLATED,
            CONDUIT_NO_RULES,
            INSECURE_PROTOCOL,
            PURDUE_ADJACENCY,
            SL_GAP_INSPECTION,
            SAFETY_ZONE_SL,
            DEFAULT_ALLOW);

    // ZCR 3.1 -------------------------------------------------------------------------------------------------

    private static List<Finding> zonesAndConduits(Plant plant) {
        var findings = new ArrayList<Finding>();
        String rule = ZONES_AND_CONDUITS.id();
        for (var asset : plant.assets()) {
            var zones = plant.zonesOf(asset.id());
            if (zones.isEmpty()) {
                findings.add(new Finding(
                        rule,
                        Severity.ERROR,
                        List.of(asset.id()),
                        "asset " + asset.id() + " is in no zone",
                        "add it to the zone whose security requirements it shares"));
            } else if (zones.size() > 1) {
                findings.add(
                        new Finding(
                                rule,
                                Severity.ERROR,
                                concat(List.of(asset.id()), zones),
                                "asset " + asset.id() + " is in " + zones.size() + " zones: "
                                        + String.join(", ", zones),
                                "keep it in one zone; a device that must bridge zones is a conduit component (e.g. a firewall)"));
            }
        }
        for (var zone : plant.zones()) {
            for (var assetId : zone.assets()) {
                if (plant.asset(assetId).isEmpty()) {
                    findings.add(new Finding(
                            rule,
                            Severity.ERROR,
                            List.of(zone.id(), assetId),
                            "zone " + zone.id() + " lists unknown asset " + assetId,
                            "add the asset to the inventory or remove it from the zone"));
                }
            }
            if (zone.slTarget() == null) {
                findings.add(new Finding(
                        rule,
                        Severity.ERROR,
                        List.of(zone.id()),
                        "zone " + zone.id() + " has no SL-T",
                        "derive its target security level from the risk assessment (ZCR 5.6) and set slTarget"));
            }
            for (var allow : zone.allow()) {
                unknownEnds(plant, allow, "zone " + zone.id(), zone.id(), findings);
                for (var end : List.of(allow.from(), allow.to())) {
                    if (exists(plant, end) && !within(plant, end, zone.id())) {
                        findings.add(new Finding(
                                rule,
                                Severity.WARNING,
                                List.of(zone.id(), end),
                                "an allow rule of zone " + zone.id() + " names " + end + ", which is outside the zone",
                                "declare traffic that leaves the zone on the conduit it crosses"));
                    }
                }
            }
        }
        for (var conduit : plant.conduits()) {
            var a = conduit.zones().get(0);
            var b = conduit.zones().get(1);
            for (var zoneId : conduit.zones()) {
                if (plant.zone(zoneId).isEmpty()) {
                    findings.add(new Finding(
                            rule,
                            Severity.ERROR,
                            List.of(conduit.id(), zoneId),
                            "conduit " + conduit.id() + " joins unknown zone " + zoneId,
                            "name two zones of the model"));
                }
            }
            if (a.equals(b)) {
                findings.add(
                        new Finding(
                                rule,
                                Severity.ERROR,
                                List.of(conduit.id(), a),
                                "conduit " + conduit.id() + " joins zone " + a + " to itself",
                                "a conduit joins two different zones; traffic inside a zone belongs in the zone's allow rules"));
            }
            for (var allow : conduit.allow()) {
                unknownEnds(plant, allow, "conduit " + conduit.id(), conduit.id(), findings);
                if (exists(plant, allow.from()) && exists(plant, allow.to()) && !crosses(plant, allow, a, b)) {
                    findings.add(new Finding(
                            rule,
                            Severity.WARNING,
                            List.of(conduit.id(), allow.from(), allow.to()),
                            "an allow rule of conduit " + conduit.id() + " from " + allow.from() + " to " + allow.to()
                                    + " does not cross it (it joins " + a + " and " + b + ")",
                            "move the rule to the conduit or zone the traffic really uses"));
                }
            }
        }
        return findings;
    }

    private static void unknownEnds(Plant plant, AllowRule allow, String owner, String ownerId, List<Finding> out) {
        for (var end : List.of(allow.from(), allow.to())) {
            if (!exists(plant, end)) {
                out.add(new Finding(
                        ZONES_AND_CONDUITS.id(),
                        Severity.ERROR,
                        List.of(ownerId, end),
                        "an allow rule of " + owner + " names unknown asset or zone " + end,
                        "name an asset or zone of the model"));
            }
        }
    }

    private static boolean exists(Plant plant, String id) {
        return plant.asset(id).isPresent() || plant.zone(id).isPresent();
    }

    /** True when {@code id} is the zone itself or an asset in it. */
    private static boolean within(Plant plant, String id, String zoneId) {
        return id.equals(zoneId) || plant.zonesOf(id).contains(zoneId);
    }

    private static boolean crosses(Plant plant, AllowRule allow, String a, String b) {
        return (within(plant, allow.from(), a) && within(plant, allow.to(), b))
                || (within(plant, allow.from(), b) && within(plant, allow.to(), a));
    }

    // ZCR 3.2 -------------------------------------------------------------------------------------------------

    private static List<Finding> businessAndControl(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var zone : plant.zones()) {
            var business = new ArrayList<String>();
            var control = new ArrayList<String>();
            for (var assetId : zone.assets()) {
                plant.asset(assetId).ifPresent(asset -> {
                    if (isBusiness(asset)) business.add(asset.id());
                    if (isControl(asset)) control.add(asset.id());
                });
            }
            if (!business.isEmpty() && !control.isEmpty()) {
                findings.add(
                        new Finding(
                                BUSINESS_AND_CONTROL.id(),
                                Severity.ERROR,
                                concat(List.of(zone.id()), concat(control, business)),
                                "zone " + zone.id() + " mixes business assets (" + String.join(", ", business)
                                        + ") with control assets (" + String.join(", ", control) + ")",
                                "move the business assets to an enterprise zone and join the two with a conduit through a DMZ"));
            } else if (zone.kind() == ZoneKind.ENTERPRISE && !control.isEmpty()) {
                findings.add(new Finding(
                        BUSINESS_AND_CONTROL.id(),
                        Severity.ERROR,
                        concat(List.of(zone.id()), control),
                        "enterprise zone " + zone.id() + " holds control assets: " + String.join(", ", control),
                        "move them to a control zone behind a DMZ"));
            } else if (zone.kind().isProcessSide() && !business.isEmpty()) {
                findings.add(new Finding(
                        BUSINESS_AND_CONTROL.id(),
                        Severity.ERROR,
                        concat(List.of(zone.id()), business),
                        zone.kind() + " zone " + zone.id() + " holds business assets (Purdue 4-5): "
                                + String.join(", ", business),
                        "move them to an enterprise zone"));
            }
        }
        return findings;
    }

    private static boolean isBusiness(Asset asset) {
        return asset.purdue() != null && asset.purdue().isBusiness();
    }

    /** Purdue 0-3, or a controller, field device, HMI or engineering station when no level is declared. */
    private static boolean isControl(Asset asset) {
        return asset.purdue() != null
                ? asset.purdue().isControl()
                : asset.type().isControl();
    }

    // ZCR 3.3 -------------------------------------------------------------------------------------------------

    private static List<Finding> safety(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var zone : plant.zones()) {
            var safety = new ArrayList<String>();
            var other = new ArrayList<String>();
            for (var assetId : zone.assets()) {
                plant.asset(assetId).ifPresent(asset -> (asset.isSafetyRelated() ? safety : other).add(asset.id()));
            }
            if (safety.isEmpty()) continue;
            if (!other.isEmpty()) {
                findings.add(new Finding(
                        SAFETY.id(),
                        Severity.ERROR,
                        concat(safety, List.of(zone.id())),
                        "safety-related " + plural(safety, "asset") + " " + String.join(", ", safety) + " share"
                                + (safety.size() == 1 ? "s" : "") + " zone " + zone.id() + " with " + other.size()
                                + " non-safety " + plural(other, "asset"),
                        "move the safety-related assets to a zone of kind safety joined by a conduit; if they cannot"
                                + " be separated, the whole zone must meet the safety zone's requirements"));
            } else if (zone.kind() != ZoneKind.SAFETY) {
                findings.add(new Finding(
                        SAFETY.id(),
                        Severity.WARNING,
                        List.of(zone.id()),
                        "zone " + zone.id() + " holds only safety-related assets but is of kind " + zone.kind(),
                        "declare it kind: safety, so that monitoring treats access to it as safety-zone access"));
            }
        }
        return findings;
    }

    // ZCR 3.4, 3.5, 3.6 ---------------------------------------------------------------------------------------

    private static List<Finding> separated(
            Plant plant, String rule, ZoneKind kind, java.util.function.Predicate<Asset> flagged, String adjective) {
        var findings = new ArrayList<Finding>();
        for (var zone : plant.zones()) {
            for (var assetId : zone.assets()) {
                var asset = plant.asset(assetId);
                if (asset.isEmpty()) continue;
                boolean isFlagged = flagged.test(asset.get());
                if (isFlagged && zone.kind() != kind) {
                    findings.add(new Finding(
                            rule,
                            Severity.ERROR,
                            List.of(assetId, zone.id()),
                            adjective + " asset " + assetId + " is in " + zone.kind() + " zone " + zone.id(),
                            "put it in a zone of kind " + kind + " of its own and join that zone by a conduit"));
                } else if (!isFlagged && zone.kind() == kind) {
                    findings.add(new Finding(
                            rule,
                            Severity.WARNING,
                            List.of(assetId, zone.id()),
                            "asset " + assetId + " is in " + kind + " zone " + zone.id() + " but is not marked "
                                    + adjective,
                            "mark the asset " + flagName(kind) + ": true, or move it to a zone of its kind"));
                }
            }
        }
        return findings;
    }

    private static String flagName(ZoneKind kind) {
        return switch (kind) {
            case TEMPORARY -> "temporary";
            case WIRELESS -> "wireless";
            case REMOTE -> "external";
            default -> kind.label();
        };
    }

    // DMZ bypass ----------------------------------------------------------------------------------------------

    private static List<Finding> dmzBypass(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            var a = plant.zone(conduit.zones().get(0));
            var b = plant.zone(conduit.zones().get(1));
            if (a.isEmpty() || b.isEmpty()) continue;
            for (var pair : List.of(List.of(a.get(), b.get()), List.of(b.get(), a.get()))) {
                Zone outer = pair.get(0);
                Zone inner = pair.get(1);
                if (!inner.kind().isProcessSide()) continue;
                if (outer.kind() == ZoneKind.ENTERPRISE) {
                    findings.add(new Finding(
                            DMZ_BYPASS.id(),
                            Severity.ERROR,
                            List.of(conduit.id(), outer.id(), inner.id()),
                            "conduit " + conduit.id() + " joins enterprise zone " + outer.id() + " directly to "
                                    + inner.kind() + " zone " + inner.id(),
                            "route the traffic through a DMZ (e.g. a replica historian or broker) with a conduit on"
                                    + " each side, and retire this conduit"));
                } else if (outer.kind() == ZoneKind.REMOTE) {
                    findings.add(new Finding(
                            DMZ_BYPASS.id(),
                            Severity.WARNING,
                            List.of(conduit.id(), outer.id(), inner.id()),
                            "conduit " + conduit.id() + " joins remote zone " + outer.id() + " directly to "
                                    + inner.kind() + " zone " + inner.id(),
                            "terminate remote access in the DMZ (a jump host) and reach the process from there"));
                }
            }
        }
        return findings;
    }

    // Conduit SL-T --------------------------------------------------------------------------------------------

    private static List<Finding> conduitSecurityLevel(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var conduit : plant.conduits()) {
            var conduitTarget = conduit.slTarget();
            if (conduitTarget == null) {
                findings.add(new Finding(
                        CONDUIT_SL.id(),
                        Severity.WARNING,
                        List.of(conduit.id()),
                        "conduit " + conduit.id() + " has no SL-T",
                        "set its slTarget, usually at least the higher of the two zones it joins per FR"));
                continue;
            }
            for (var zoneId : new TreeSet<>(conduit.zones())) {
                var zoneTarget = plant.zone(zoneId).map(Zone::slTarget).orElse(null);
                if (zoneTarget == null) continue;
                var gaps = conduitTarget.gapsTo(zoneTarget);
                if (gaps.isEmpty()) continue;
                findings.add(new Finding(
                        CONDUIT_SL.id(),
                        Severity.WARNING,
                        List.of(conduit.id(), zoneId),
                        "conduit " + conduit.id() + " SL-T " + conduitTarget + " is below zone " + zoneId + " SL-T "
                                + zoneTarget + " in " + describe(gaps, conduitTarget, zoneTarget),
                        "raise the conduit's SL-T in those FRs, or justify the lower level in the CRS (ZCR 6.4)"));
            }
        }
        return findings;
    }

    // SL capability -------------------------------------------------------------------------------------------

    private static List<Finding> slCapability(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var asset : plant.assets()) {
            var capability = asset.slCapability();
            if (capability == null) continue;
            for (var zoneId : plant.zonesOf(asset.id())) {
                var target = plant.zone(zoneId).map(Zone::slTarget).orElse(null);
                if (target == null) continue;
                var gaps = capability.gapsTo(target);
                if (gaps.isEmpty()) continue;
                findings.add(new Finding(
                        SL_CAPABILITY.id(),
                        Severity.INFO,
                        List.of(asset.id(), zoneId),
                        "asset " + asset.id() + " SL-C " + capability + " is below zone " + zoneId + " SL-T " + target
                                + " in " + describe(gaps, capability, target),
                        "plan compensating countermeasures for those FRs (IEC 62443-3-3 section 4.3) or a more"
                                + " capable component"));
            }
        }
        return findings;
    }

    private static String describe(
            Set<FoundationalRequirement> gaps, SecurityLevelVector lower, SecurityLevelVector higher) {
        return gaps.stream()
                .map(fr -> fr.id() + " " + fr.name() + " (" + lower.of(fr).value() + " < "
                        + higher.of(fr).value() + ")")
                .collect(Collectors.joining(", "));
    }

    // Address plan --------------------------------------------------------------------------------------------

    private record ZoneNetwork(IpNetwork network, String zoneId) {}

    private static List<Finding> network(Plant plant) {
        var findings = new ArrayList<Finding>();
        var all = new ArrayList<ZoneNetwork>();
        var byNetwork = new HashMap<IpNetwork, String>();
        var prefixLengths = new TreeSet<Integer>(Comparator.reverseOrder());
        for (var zone : plant.zones()) {
            for (var network : zone.networks()) {
                all.add(new ZoneNetwork(network, zone.id()));
                byNetwork.putIfAbsent(network, zone.id());
                prefixLengths.add(network.prefixLength() + (network.address().v6() ? 1000 : 0));
            }
        }
        overlaps(all, findings);
        var owners = new LinkedHashMap<IpAddress, List<String>>();
        for (var asset : plant.assets()) {
            for (var ip : asset.ip()) {
                var ids = owners.computeIfAbsent(ip, k -> new ArrayList<>(1));
                if (!ids.contains(asset.id())) ids.add(asset.id()); // an address listed twice is still one owner
            }
            var zones = plant.zonesOf(asset.id());
            if (zones.size() != 1) continue; // ZCR-3.1 reports it
            var zone = plant.zone(zones.get(0));
            if (zone.isEmpty() || zone.get().networks().isEmpty()) continue;
            for (var ip : asset.ip()) {
                if (zone.get().networks().stream().anyMatch(n -> n.contains(ip))) continue;
                var elsewhere = containingZone(ip, byNetwork, prefixLengths);
                boolean boundary = asset.type().isBoundaryDevice();
                findings.add(new Finding(
                        NETWORK.id(),
                        boundary ? Severity.INFO : Severity.WARNING,
                        elsewhere == null
                                ? List.of(asset.id(), zone.get().id())
                                : List.of(asset.id(), zone.get().id(), elsewhere),
                        "address " + ip + " of " + asset.id() + " lies outside zone "
                                + zone.get().id() + "'s networks"
                                + (elsewhere == null ? "" : ", in zone " + elsewhere + "'s"),
                        boundary
                                ? "expected for a " + asset.type() + " interface that faces another zone; make sure"
                                        + " it is the conduit's boundary device"
                                : "correct the address or the zone's networks, or move the asset to the zone it"
                                        + " is wired into"));
            }
        }
        owners.forEach((ip, ids) -> {
            if (ids.size() > 1) {
                findings.add(new Finding(
                        NETWORK.id(),
                        Severity.WARNING,
                        ids,
                        "address " + ip + " is given to " + ids.size() + " assets: " + String.join(", ", ids),
                        "give each asset its own address, or merge the duplicate inventory entries"));
            }
        });
        return findings;
    }

    /** Sweeps the networks in address order: a network that starts before the previous ones end overlaps them. */
    private static void overlaps(List<ZoneNetwork> all, List<Finding> findings) {
        all.sort(Comparator.comparing((ZoneNetwork z) -> z.network().first())
                .thenComparing(z -> z.network().prefixLength()));
        ZoneNetwork widest = null; // of the networks seen so far, the one that ends last
        for (var current : all) {
            if (widest != null
                    && widest.network().address().v6()
                            == current.network().address().v6()
                    && current.network().first().compareTo(widest.network().last()) <= 0) {
                boolean sameZone = widest.zoneId().equals(current.zoneId());
                findings.add(new Finding(
                        NETWORK.id(),
                        Severity.WARNING,
                        sameZone ? List.of(current.zoneId()) : List.of(widest.zoneId(), current.zoneId()),
                        sameZone
                                ? "zone " + current.zoneId() + " lists overlapping networks " + widest.network()
                                        + " and " + current.network()
                                : "network " + current.network() + " of zone " + current.zoneId() + " overlaps network "
                                        + widest.network() + " of zone " + widest.zoneId(),
                        sameZone
                                ? "list each network once"
                                : "give each zone its own address range, so that an address tells its zone"));
            }
            if (widest == null
                    || widest.network().address().v6()
                            != current.network().address().v6()
                    || current.network().last().compareTo(widest.network().last()) > 0) {
                widest = current;
            }
        }
    }

    /** The zone whose network holds {@code ip}, by the longest matching prefix; {@code null} when none does. */
    private static @org.jspecify.annotations.Nullable String containingZone(
            IpAddress ip, Map<IpNetwork, String> byNetwork, Set<Integer> prefixLengths) {
        int offset = ip.v6() ? 1000 : 0;
        for (int key : prefixLengths) {
            int length = key - offset;
            if (length < 0 || length > ip.bits()) continue;
            var zoneId = byNetwork.get(new IpNetwork(ip.mask(length), length));
            if (zoneId != null) return zoneId;
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------------------

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String plural(List<?> items, String noun) {
        return items.size() == 1 ? noun : noun + "s";
    }
}
