package io.zonewarden.core.model;

import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.risk.Risk;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A plant's zone and conduit model: its assets, zones and conduits. Immutable; lookups by id are indexed.
 *
 * <p>Ids are unique per kind, and assets and zones share one name space because allow rules name either. References
 * between them (a zone listing an unknown asset, a conduit naming an unknown zone) are allowed here, so that
 * validation can report them on a model built in any way; the model file reader refuses them with their location.
 */
public final class Plant {

    private final PlantInfo info;
    private final List<Asset> assets;
    private final List<Zone> zones;
    private final List<Conduit> conduits;
    private final Assessment assessment;
    private final Organisation organisation;
    private final Risk risk;
    private final List<ChangeWindow> changeWindows;
    private final List<VulnerabilityDecision> vulnerabilityDecisions;
    private final Map<String, Asset> assetsById;
    private final Map<String, Zone> zonesById;
    private final Map<String, Conduit> conduitsById;
    private final Map<String, List<String>> zonesOfAsset;

    public Plant(PlantInfo info, List<Asset> assets, List<Zone> zones, List<Conduit> conduits) {
        this(info, assets, zones, conduits, Assessment.EMPTY);
    }

    /**
     * A plant with its zero measurement. The assessment may name zones and assets that do not exist, for the same
     * reason as zones may name unknown assets; the model file reader refuses that.
     */
    public Plant(PlantInfo info, List<Asset> assets, List<Zone> zones, List<Conduit> conduits, Assessment assessment) {
        this(info, assets, zones, conduits, assessment, Organisation.EMPTY);
    }

    /** A plant with its zero measurement and its security organisation (people, roles, policies, awareness). */
    public Plant(
            PlantInfo info,
            List<Asset> assets,
            List<Zone> zones,
            List<Conduit> conduits,
            Assessment assessment,
            Organisation organisation) {
        this(info, assets, zones, conduits, assessment, organisation, Risk.EMPTY);
    }

    /** A plant with its risk assessment (matrix, hazards, threat scenarios) and countermeasures as well. */
    public Plant(
            PlantInfo info,
            List<Asset> assets,
            List<Zone> zones,
            List<Conduit> conduits,
            Assessment assessment,
            Organisation organisation,
            Risk risk) {
        this(info, assets, zones, conduits, assessment, organisation, risk, List.of(), List.of());
    }

    /**
     * A plant with its declared change windows and the owner's decisions on known vulnerabilities of its assets
     * (IEC 62443-3-2 ZCR 5.2) as well. A decision or a window may name an asset that does not exist, for the same
     * reason as zones may; the reader refuses that.
     */
    public Plant(
            PlantInfo info,
            List<Asset> assets,
            List<Zone> zones,
            List<Conduit> conduits,
            Assessment assessment,
            Organisation organisation,
            Risk risk,
            List<ChangeWindow> changeWindows,
            List<VulnerabilityDecision> vulnerabilityDecisions) {
        this.info = info;
        this.changeWindows = List.copyOf(changeWindows);
        this.risk = risk;
        this.vulnerabilityDecisions = List.copyOf(vulnerabilityDecisions);
        this.assessment = assessment;
        this.organisation = organisation;
        this.assets = List.copyOf(assets);
        this.zones = List.copyOf(zones);
        this.conduits = List.copyOf(conduits);
        this.assetsById = index(this.assets, Asset::id, "asset");
        this.zonesById = index(this.zones, Zone::id, "zone");
        this.conduitsById = index(this.conduits, Conduit::id, "conduit");
        for (var zoneId : zonesById.keySet()) {
            if (assetsById.containsKey(zoneId)) {
                throw new IllegalArgumentException("id '" + zoneId + "' names both an asset and a zone");
            }
        }
        var membership = new HashMap<String, List<String>>();
        for (var zone : this.zones) {
            for (var assetId : zone.assets()) {
                membership.computeIfAbsent(assetId, k -> new ArrayList<>(1)).add(zone.id());
            }
        }
        this.zonesOfAsset = membership;
    }

    private static <T> Map<String, T> index(List<T> items, java.util.function.Function<T, String> id, String kind) {
        var map = new LinkedHashMap<String, T>(Math.max(16, items.size() * 2));
        for (var item : items) {
            if (map.putIfAbsent(id.apply(item), item) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id '" + id.apply(item) + "'");
            }
        }
        return map;
    }

    public PlantInfo info() {
        return info;
    }

    public List<Asset> assets() {
        return assets;
    }

    public List<Zone> zones() {
        return zones;
    }

    public List<Conduit> conduits() {
        return conduits;
    }

    public Optional<Asset> asset(String id) {
        return Optional.ofNullable(assetsById.get(id));
    }

    public Optional<Zone> zone(String id) {
        return Optional.ofNullable(zonesById.get(id));
    }

    public Optional<Conduit> conduit(String id) {
        return Optional.ofNullable(conduitsById.get(id));
    }

    /** The ids of the zones that list the asset: exactly one in a valid model (ZCR 3.1). */
    public List<String> zonesOf(String assetId) {
        return zonesOfAsset.getOrDefault(assetId, List.of());
    }

    /** The zone an asset belongs to, when it belongs to exactly one. */
    public Optional<Zone> zoneOf(String assetId) {
        var ids = zonesOf(assetId);
        return ids.size() == 1 ? zone(ids.get(0)) : Optional.empty();
    }

    /** The assessor's answers (IEC 62443-3-3, 4-2 and 2-1); {@link Assessment#EMPTY} when none. */
    public Assessment assessment() {
        return assessment;
    }

    /** A copy with other assets and zones, e.g. after an inventory import. */
    public Plant withAssetsAndZones(List<Asset> newAssets, List<Zone> newZones) {
        return new Plant(
                info,
                newAssets,
                newZones,
                conduits,
                assessment,
                organisation,
                risk,
                changeWindows,
                vulnerabilityDecisions);
    }

    /** A copy with another assessment. */
    public Plant withAssessment(Assessment newAssessment) {
        return new Plant(
                info,
                assets,
                zones,
                conduits,
                newAssessment,
                organisation,
                risk,
                changeWindows,
                vulnerabilityDecisions);
    }

    /** The security organisation; {@link Organisation#EMPTY} when the model describes none. */
    public Organisation organisation() {
        return organisation;
    }

    /** A copy with another security organisation, e.g. after importing people or training records. */
    public Plant withOrganisation(Organisation newOrganisation) {
        return new Plant(
                info,
                assets,
                zones,
                conduits,
                assessment,
                newOrganisation,
                risk,
                changeWindows,
                vulnerabilityDecisions);
    }

    /** The risk assessment and countermeasures; {@link Risk#EMPTY} when the model has none. */
    public Risk risk() {
        return risk;
    }

    /** A copy with another risk assessment, e.g. after importing hazards. */
    public Plant withRisk(Risk newRisk) {
        return new Plant(
                info,
                assets,
                zones,
                conduits,
                assessment,
                organisation,
                newRisk,
                changeWindows,
                vulnerabilityDecisions);
    }

    /** A copy with other conduits, every other section kept. */
    public Plant withConduits(List<Conduit> newConduits) {
        return new Plant(
                info,
                assets,
                zones,
                newConduits,
                assessment,
                organisation,
                risk,
                changeWindows,
                vulnerabilityDecisions);
    }

    /** The declared change windows; empty when the model declares none. */
    public List<ChangeWindow> changeWindows() {
        return changeWindows;
    }

    /** A copy with other change windows. */
    public Plant withChangeWindows(List<ChangeWindow> newChangeWindows) {
        return new Plant(
                info,
                assets,
                zones,
                conduits,
                assessment,
                organisation,
                risk,
                newChangeWindows,
                vulnerabilityDecisions);
    }

    /** The owner's decisions on known vulnerabilities: not affected, or risk accepted until a date. */
    public List<VulnerabilityDecision> vulnerabilityDecisions() {
        return vulnerabilityDecisions;
    }

    /** A copy with other vulnerability decisions. */
    public Plant withVulnerabilityDecisions(List<VulnerabilityDecision> decisions) {
        return new Plant(info, assets, zones, conduits, assessment, organisation, risk, changeWindows, decisions);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Plant p
                && info.equals(p.info)
                && assets.equals(p.assets)
                && zones.equals(p.zones)
                && conduits.equals(p.conduits)
                && assessment.equals(p.assessment)
                && organisation.equals(p.organisation)
                && risk.equals(p.risk)
                && changeWindows.equals(p.changeWindows)
                && vulnerabilityDecisions.equals(p.vulnerabilityDecisions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                info, assets, zones, conduits, assessment, organisation, risk, changeWindows, vulnerabilityDecisions);
    }

    @Override
    public String toString() {
        return "Plant[" + info.id() + ": " + assets.size() + " assets, " + zones.size() + " zones, " + conduits.size()
                + " conduits]";
    }
}
