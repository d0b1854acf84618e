package io.zonewarden.core.model;

import io.zonewarden.core.catalog.SecurityLevel;
import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Plant models for tests, written the way a consultant draws them: {@code aPlant().with(aZone("bpcs").kind(CONTROL)
 * .target(sl(2,2,2,1,3,1,3)).assets(anAsset("plc-1", PLC)))}. Assets listed in a zone join the plant's inventory;
 * {@link ZoneSpec#listing} names ids without adding them, for references to assets elsewhere or nowhere.
 */
public final class PlantFixture {

    private PlantFixture() {}

    /** A flat SL vector from one level, or an SL vector from seven, FR1..FR7. */
    public static SecurityLevelVector sl(int... levels) {
        return levels.length == 1
                ? SecurityLevelVector.flat(SecurityLevel.of(levels[0]))
                : SecurityLevelVector.of(levels);
    }

    public static Asset.Builder anAsset(String id, AssetType type) {
        return Asset.builder(id, type);
    }

    /** A control zone with SL-T 2 until told otherwise. */
    public static ZoneSpec aZone(String id) {
        return new ZoneSpec(id);
    }

    /** A conduit between two zones with SL-T 2 until told otherwise. */
    public static ConduitSpec aConduit(String id, String zoneA, String zoneB) {
        return new ConduitSpec(id, List.of(zoneA, zoneB));
    }

    public static AllowRule allow(String from, String to, String protocol) {
        return new AllowRule(from, to, protocol, null, List.of());
    }

    public static PlantSpec aPlant() {
        return new PlantSpec();
    }

    /**
     * A small plant that follows every zoning rule: enterprise, DMZ, control, safety, wireless, temporary and remote
     * zones, each with its own network, joined through the DMZ by conduits as strong as the zones.
     */
    public static PlantSpec aCompliantPlant() {
        return aPlant().with(aZone("enterprise")
                        .kind(ZoneKind.ENTERPRISE)
                        .target(sl(1))
                        .networks("10.1.0.0/16")
                        .assets(anAsset("erp-1", AssetType.SERVER)
                                .purdue(PurdueLevel.L4)
                                .ip("10.1.0.20")))
                .with(aZone("dmz")
                        .kind(ZoneKind.DMZ)
                        .target(sl(2, 2, 2, 2, 3, 2, 2))
                        .networks("10.10.0.0/24")
                        .assets(
                                anAsset("hist-dmz", AssetType.HISTORIAN)
                                        .purdue(PurdueLevel.L3_5)
                                        .ip("10.10.0.10"),
                                anAsset("fw-ot", AssetType.FIREWALL)
                                        .purdue(PurdueLevel.L3_5)
                                        .ip("10.10.0.1")))
                .with(aZone("bpcs")
                        .kind(ZoneKind.CONTROL)
                        .target(sl(2, 2, 2, 1, 3, 1, 3))
                        .networks("10.20.1.0/24", "10.20.2.0/24")
                        .assets(
                                anAsset("hmi-1", AssetType.HMI)
                                        .purdue(PurdueLevel.L2)
                                        .ip("10.20.2.21"),
                                anAsset("plc-1", AssetType.PLC)
                                        .purdue(PurdueLevel.L1)
                                        .ip("10.20.1.11")
                                        .slCapability(sl(2, 2, 2, 1, 3, 1, 3)))
                        .allow(allow("hmi-1", "plc-1", "s7comm")))
                .with(aZone("sis")
                        .kind(ZoneKind.SAFETY)
                        .target(sl(3))
                        .networks("10.30.1.0/24")
                        .assets(
                                anAsset("sis-plc-1", AssetType.SAFETY_PLC)
                                        .purdue(PurdueLevel.L1)
                                        .safety(true)
                                        .ip("10.30.1.50"),
                                anAsset("fw-sis", AssetType.FIREWALL)
                                        .purdue(PurdueLevel.L1)
                                        .safety(true)
                                        .ip("10.30.1.1")))
                .with(aZone("field-wireless")
                        .kind(ZoneKind.WIRELESS)
                        .target(sl(2))
                        .networks("10.40.0.0/24")
                        .assets(anAsset("wgw-1", AssetType.WIRELESS_AP)
                                .purdue(PurdueLevel.L1)
                                .wireless(true)
                                .ip("10.40.0.90")))
                .with(aZone("temporary")
                        .kind(ZoneKind.TEMPORARY)
                        .target(sl(2))
                        .assets(anAsset("laptop-vendor", AssetType.WORKSTATION)
                                .purdue(PurdueLevel.L2)
                                .temporary(true)))
                .with(aZone("remote-access")
                        .kind(ZoneKind.REMOTE)
                        .target(sl(3, 3, 2, 2, 3, 2, 2))
                        .networks("10.10.9.0/24")
                        .assets(anAsset("jump-1", AssetType.REMOTE_ACCESS)
                                .purdue(PurdueLevel.L3_5)
                                .external(true)
                                .ip("10.10.9.20")))
                .with(aConduit("ent-dmz", "enterprise", "dmz")
                        .target(sl(2, 2, 2, 2, 3, 2, 2))
                        .devices("fw-ot")
                        .allow(allow("enterprise", "hist-dmz", "https")))
                .with(aConduit("dmz-bpcs", "dmz", "bpcs")
                        .target(sl(2, 2, 2, 2, 3, 2, 3))
                        .allow(allow("plc-1", "hist-dmz", "opcua")))
                .with(aConduit("bpcs-sis", "bpcs", "sis")
                        .target(sl(3))
                        .devices("fw-sis")
                        .allow(allow("hmi-1", "sis-plc-1", "s7comm")))
                .with(aConduit("wireless-bpcs", "field-wireless", "bpcs")
                        .target(sl(2, 2, 2, 2, 3, 2, 3))
                        .allow(allow("wgw-1", "plc-1", "modbus")))
                .with(aConduit("temp-bpcs", "temporary", "bpcs")
                        .target(sl(2, 2, 2, 2, 3, 2, 3))
                        .allow(allow("laptop-vendor", "plc-1", "s7comm")))
                .with(aConduit("remote-dmz", "remote-access", "dmz")
                        .target(sl(3, 3, 2, 2, 3, 2, 2))
                        .allow(allow("jump-1", "hist-dmz", "rdp")));
    }

    /** A zone under construction. */
    public static final class ZoneSpec {
        private final String id;
        private ZoneKind kind = ZoneKind.CONTROL;
        private @Nullable SecurityLevelVector target = sl(2);
        private final List<Asset> members = new ArrayList<>();
        private final List<String> assetIds = new ArrayList<>();
        private final List<IpNetwork> networks = new ArrayList<>();
        private final List<AllowRule> allow = new ArrayList<>();

        private ZoneSpec(String id) {
            this.id = id;
        }

        public ZoneSpec kind(ZoneKind kind) {
            this.kind = kind;
            return this;
        }

        public ZoneSpec target(SecurityLevelVector target) {
            this.target = target;
            return this;
        }

        public ZoneSpec withoutTarget() {
            this.target = null;
            return this;
        }

        /** Assets that are members of this zone and part of the plant's inventory. */
        public ZoneSpec assets(Asset.Builder... assets) {
            for (var asset : assets) {
                var built = asset.build();
                members.add(built);
                assetIds.add(built.id());
            }
            return this;
        }

        /** Asset ids the zone lists without adding them to the inventory. */
        public ZoneSpec listing(String... ids) {
            assetIds.addAll(Arrays.asList(ids));
            return this;
        }

        public ZoneSpec networks(String... cidrs) {
            Arrays.stream(cidrs).map(IpNetwork::parse).forEach(networks::add);
            return this;
        }

        public ZoneSpec allow(AllowRule... rules) {
            allow.addAll(Arrays.asList(rules));
            return this;
        }

        Zone build() {
            return new Zone(id, id, kind, target, assetIds, networks, allow, null);
        }
    }

    /** A conduit under construction. */
    public static final class ConduitSpec {
        private final String id;
        private final List<String> zones;
        private @Nullable SecurityLevelVector target = sl(2);
        private final List<AllowRule> allow = new ArrayList<>();
        private final List<String> devices = new ArrayList<>();

        private ConduitSpec(String id, List<String> zones) {
            this.id = id;
            this.zones = zones;
        }

        public ConduitSpec target(SecurityLevelVector target) {
            this.target = target;
            return this;
        }

        public ConduitSpec withoutTarget() {
            this.target = null;
            return this;
        }

        public ConduitSpec allow(AllowRule... rules) {
            allow.addAll(Arrays.asList(rules));
            return this;
        }

        /** The assets enforcing the conduit at the boundary. */
        public ConduitSpec devices(String... ids) {
            devices.addAll(Arrays.asList(ids));
            return this;
        }

        Conduit build() {
            return new Conduit(id, null, zones, target, allow, devices, null);
        }
    }

    /** A plant under construction; assets are taken from the zones that list them, first listing first. */
    public static final class PlantSpec {
        private final List<ZoneSpec> zones = new ArrayList<>();
        private final List<ConduitSpec> conduits = new ArrayList<>();
        private final List<Asset> unzoned = new ArrayList<>();

        private PlantSpec() {}

        public PlantSpec with(ZoneSpec zone) {
            zones.add(zone);
            return this;
        }

        public PlantSpec with(ConduitSpec conduit) {
            conduits.add(conduit);
            return this;
        }

        /** An asset of the inventory that no zone lists (unless one does by {@link ZoneSpec#listing}). */
        public PlantSpec with(Asset.Builder asset) {
            unzoned.add(asset.build());
            return this;
        }

        public Plant build() {
            var assets = new LinkedHashMap<String, Asset>();
            for (var zone : zones) {
                zone.members.forEach(a -> assets.putIfAbsent(a.id(), a));
            }
            unzoned.forEach(a -> assets.putIfAbsent(a.id(), a));
            return new Plant(
                    new PlantInfo("test-plant", "Test plant", null, null),
                    List.copyOf(assets.values()),
                    zones.stream().map(ZoneSpec::build).toList(),
                    conduits.stream().map(ConduitSpec::build).toList());
        }
    }
}
