package io.zonewarden.bench;

import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Criticality;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates a large, plausible plant model for benchmarks: zones of every kind, each with its own /24, assets spread
 * over them with the types a zone of that kind holds, conduits between random pairs of zones with allow rules, and a
 * few deliberate modelling errors (as real first models have). Deterministic for a given seed.
 */
public final class PlantGenerator {

    private static final ZoneKind[] KINDS = {
        ZoneKind.CONTROL,
        ZoneKind.CONTROL,
        ZoneKind.CONTROL,
        ZoneKind.CONTROL,
        ZoneKind.FIELD,
        ZoneKind.SAFETY,
        ZoneKind.DMZ,
        ZoneKind.ENTERPRISE,
        ZoneKind.WIRELESS,
        ZoneKind.REMOTE,
        ZoneKind.TEMPORARY
    };
    private static final AssetType[] CONTROL_TYPES = {
        AssetType.PLC,
        AssetType.PLC,
        AssetType.HMI,
        AssetType.RTU,
        AssetType.IED,
        AssetType.SWITCH,
        AssetType.ENGINEERING_WORKSTATION,
        AssetType.SERVER,
        AssetType.SENSOR
    };
    private static final String[] PROTOCOLS = {"modbus", "s7comm", "opcua", "dnp3", "enip", "iec104", "https"};
    private static final int[] PORTS = {502, 102, 4840, 20000, 44818, 2404, 443};

    private PlantGenerator() {}

    public static Plant generate(int assets, int zones, int conduits, long seed) {
        if (zones < 2 || zones > 65_536 || assets < zones) {
            throw new IllegalArgumentException("need 2..65536 zones and at least one asset per zone");
        }
        var random = new SplittableRandom(seed);
        var assetList = new ArrayList<Asset>(assets);
        var zoneMembers = new ArrayList<List<String>>(zones);
        for (int z = 0; z < zones; z++) zoneMembers.add(new ArrayList<>());
        for (int a = 0; a < assets; a++) {
            int z = a % zones; // round robin: every zone gets assets
            var kind = KINDS[z % KINDS.length];
            var id = "a" + a;
            int host = 1 + (a / zones) % 250;
            var ip = IpAddress.v4((10 << 24) | (z << 8) | host);
            var builder = Asset.builder(id, typeFor(kind, random))
                    .name("Asset " + a)
                    .vendor(random.nextInt(4) == 0 ? "Siemens" : "Schneider Electric")
                    .model("M" + random.nextInt(100))
                    .firmware(random.nextInt(5) + "." + random.nextInt(20))
                    .ip(List.of(ip))
                    .purdue(purdueFor(kind))
                    .criticality(Criticality.values()[random.nextInt(4)])
                    .safety(kind == ZoneKind.SAFETY)
                    .wireless(kind == ZoneKind.WIRELESS)
                    .temporary(kind == ZoneKind.TEMPORARY)
                    .external(kind == ZoneKind.REMOTE);
            if (random.nextInt(10) == 0) builder.slCapability(SecurityLevelVector.of(2, 2, 2, 1, 2, 1, 2));
            if (random.nextInt(1000) == 0) builder.wireless(true); // a stray wireless device, as found on site
            assetList.add(builder.build());
            zoneMembers.get(z).add(id);
        }
        var zoneList = new ArrayList<Zone>(zones);
        for (int z = 0; z < zones; z++) {
            var kind = KINDS[z % KINDS.length];
            var members = zoneMembers.get(z);
            var network = new IpNetwork(IpAddress.v4((10 << 24) | (z << 8)), 24);
            var allow = new ArrayList<AllowRule>();
            if (members.size() >= 2) {
                int p = random.nextInt(PROTOCOLS.length);
                allow.add(new AllowRule(members.get(0), members.get(1), PROTOCOLS[p], PORTS[p], List.of("read")));
            }
            zoneList.add(new Zone(
                    "z" + z,
                    "Zone " + z,
                    kind,
                    SecurityLevelVector.of(2, 2, 2, 1 + random.nextInt(2), 3, 1, 2 + random.nextInt(2)),
                    members,
                    List.of(network),
                    allow,
                    null));
        }
        var conduitList = new ArrayList<Conduit>(conduits);
        for (int c = 0; c < conduits; c++) {
            int a = random.nextInt(zones);
            int b = (a + 1 + random.nextInt(zones - 1)) % zones;
            int p = random.nextInt(PROTOCOLS.length);
            var from = zoneMembers.get(a).get(0);
            var to = zoneMembers.get(b).get(0);
            conduitList.add(new Conduit(
                    "c" + c,
                    "Conduit " + c,
                    List.of("z" + a, "z" + b),
                    SecurityLevelVector.of(2, 2, 2, 1 + random.nextInt(2), 3, 1, 2),
                    List.of(new AllowRule(from, to, PROTOCOLS[p], PORTS[p], List.of())),
                    null));
        }
        return new Plant(
                new PlantInfo("generated", "Generated plant", "bench", null), assetList, zoneList, conduitList);
    }

    private static AssetType typeFor(ZoneKind kind, SplittableRandom random) {
        return switch (kind) {
            case SAFETY -> AssetType.SAFETY_PLC;
            case ENTERPRISE -> random.nextBoolean() ? AssetType.SERVER : AssetType.WORKSTATION;
            case DMZ -> random.nextBoolean() ? AssetType.HISTORIAN : AssetType.SERVER;
            case WIRELESS -> AssetType.WIRELESS_AP;
            case REMOTE -> AssetType.REMOTE_ACCESS;
            case TEMPORARY -> AssetType.WORKSTATION;
            case FIELD -> random.nextBoolean() ? AssetType.SENSOR : AssetType.IED;
            case CONTROL -> CONTROL_TYPES[random.nextInt(CONTROL_TYPES.length)];
        };
    }

    private static PurdueLevel purdueFor(ZoneKind kind) {
        return switch (kind) {
            case ENTERPRISE -> PurdueLevel.L4;
            case DMZ, REMOTE -> PurdueLevel.L3_5;
            case FIELD -> PurdueLevel.L0;
            case SAFETY, WIRELESS -> PurdueLevel.L1;
            case CONTROL, TEMPORARY -> PurdueLevel.L2;
        };
    }
}
