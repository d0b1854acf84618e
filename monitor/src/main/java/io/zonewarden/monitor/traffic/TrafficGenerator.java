package io.zonewarden.monitor.traffic;

import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.ZoneKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a capture of a plant's normal traffic, one conversation per allow rule (zones and conduits) repeated for a
 * number of rounds, plus chosen attacks. Modbus/TCP, S7comm, DNP3, OPC UA and TLS (for https) are laid out as their
 * specifications say; other protocols get recognisable bytes that no dissector claims. An allow rule needs IPv4
 * addresses at both ends (an asset's, or the first of its zone's assets') to produce traffic; rules without them are
 * reported as skipped.
 */
public final class TrafficGenerator {

    /** What was written. */
    public record Summary(long frames, long conversations, List<String> skipped) {}

    private static final Map<String, Integer> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("modbus", 502),
            Map.entry("s7comm", 102),
            Map.entry("dnp3", 20000),
            Map.entry("enip", 44818),
            Map.entry("iec104", 2404),
            Map.entry("opcua", 4840),
            Map.entry("https", 443),
            Map.entry("http", 80),
            Map.entry("rdp", 3389),
            Map.entry("ssh", 22),
            Map.entry("mqtt", 1883));

    private final Plant plant;
    private int nextClientPort = 49_152;

    private TrafficGenerator(Plant plant) {
        this.plant = plant;
    }

    /**
     * @param rounds request/response exchanges per conversation
     * @param startMicros the first frame's time, in microseconds since the epoch
     */
    public static Summary write(Plant plant, OutputStream out, int rounds, Set<Attack> attacks, long startMicros)
            throws IOException {
        if (rounds < 1) throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        return new TrafficGenerator(plant).run(new PcapWriter(out, startMicros), rounds, attacks);
    }

    private Summary run(PcapWriter pcap, int rounds, Set<Attack> attacks) throws IOException {
        var skipped = new ArrayList<String>();
        long conversations = 0;
        var rules = new ArrayList<AllowRule>();
        plant.zones().forEach(z -> rules.addAll(z.allow()));
        plant.conduits().forEach(c -> rules.addAll(c.allow()));
        for (var rule : rules) {
            var from = address(rule.from());
            var to = address(rule.to());
            var port = rule.port() != null ? rule.port() : DEFAULT_PORTS.get(rule.protocol());
            if (from.isEmpty() || to.isEmpty() || port == null) {
                skipped.add(rule.from() + " -> " + rule.to() + " " + rule.protocol()
                        + (port == null ? ": no port" : ": no IPv4 address"));
                continue;
            }
            converse(pcap, from.get(), to.get(), port, rule, rounds);
            conversations++;
        }
        for (var attack : attacks) {
            if (attack(pcap, attack)) conversations++;
            else skipped.add("attack " + attack.label() + ": the model has no assets to stage it");
        }
        return new Summary(pcap.frames(), conversations, skipped);
    }

    private void converse(PcapWriter pcap, int client, int server, int port, AllowRule rule, int rounds)
            throws IOException {
        var c = pcap.new Connection(client, nextClientPort++, server, port);
        var protocol = rule.protocol().toLowerCase(Locale.ROOT);
        boolean writes = rule.functions().stream().anyMatch(f -> f.startsWith("write"));
        for (int round = 0; round < rounds; round++) {
            switch (protocol) {
                case "modbus" -> {
                    c.request(Payloads.modbus(round, 3, "00000002"));
                    c.response(Payloads.modbus(round, 3, "0400010002"));
                    if (writes && rule.functions().contains("write-single-register")) {
                        c.request(Payloads.modbus(round, 6, "0001002a"));
                        c.response(Payloads.modbus(round, 6, "0001002a"));
                    }
                }
                case "s7comm" -> {
                    c.request(Payloads.S7_READ_VAR);
                    c.response(Payloads.S7_READ_VAR_ACK);
                }
                case "dnp3" -> {
                    c.request(Payloads.dnp3(true, round & 0x0F));
                    c.response(Payloads.dnp3(false, round & 0x0F));
                }
                case "opcua" -> {
                    c.request(Payloads.opcUaHello("opc.tcp://" + IpAddress.v4(server) + ":" + port));
                    c.response(Payloads.opcUaAcknowledge());
                }
                case "https", "tls" -> {
                    c.request(Payloads.tlsClientHello(rule.to()));
                    c.response(Payloads.tlsServerHello());
                }
                default -> {
                    c.request(Payloads.opaque(round));
                    c.response(Payloads.opaque(round));
                }
            }
        }
    }

    private boolean attack(PcapWriter pcap, Attack attack) throws IOException {
        var plc = first(a -> a.type() == AssetType.PLC || a.type() == AssetType.SAFETY_PLC);
        var station = first(a -> a.type() == AssetType.ENGINEERING_WORKSTATION)
                .or(() -> first(a -> a.type() == AssetType.WORKSTATION));
        switch (attack) {
            case PLC_STOP, PROGRAM_DOWNLOAD -> {
                if (plc.isEmpty() || station.isEmpty()) return false;
                var c = pcap.new Connection(v4(station.get()), nextClientPort++, v4(plc.get()), 102);
                c.request(attack == Attack.PLC_STOP ? Payloads.S7_PLC_STOP : Payloads.S7_REQUEST_DOWNLOAD);
                c.response(attack == Attack.PLC_STOP ? Payloads.S7_PLC_STOP_ACK : Payloads.S7_REQUEST_DOWNLOAD_ACK);
                return true;
            }
            case MODBUS_WRITE -> {
                for (var zone : plant.zones()) {
                    for (var rule : zone.allow()) {
                        if (!rule.protocol().equals("modbus")
                                || rule.functions().stream().anyMatch(f -> f.startsWith("write"))) continue;
                        return modbusWrite(pcap, rule);
                    }
                }
                for (var conduit : plant.conduits()) {
                    for (var rule : conduit.allow()) {
                        if (!rule.protocol().equals("modbus")
                                || rule.functions().stream().anyMatch(f -> f.startsWith("write"))) continue;
                        return modbusWrite(pcap, rule);
                    }
                }
                return false;
            }
            case UNDECLARED_CONDUIT -> {
                // an enterprise host reaching a device of a zone its own zone has no conduit to
                var office = first(a -> plant.zoneOf(a.id())
                        .map(z -> z.kind() == ZoneKind.ENTERPRISE)
                        .orElse(false));
                if (office.isEmpty()) return false;
                var officeZone = zoneOf(office.get());
                var target = first(a -> !zoneOf(a).isEmpty()
                        && !zoneOf(a).equals(officeZone)
                        && plant.conduits().stream().noneMatch(c -> c.joins(zoneOf(a)) && c.joins(officeZone)));
                if (target.isEmpty()) return false;
                var c = pcap.new Connection(v4(office.get()), nextClientPort++, v4(target.get()), 102);
                c.request(Payloads.S7_READ_VAR);
                c.response(Payloads.S7_READ_VAR_ACK);
                return true;
            }
            case UNKNOWN_HOST -> {
                if (plc.isEmpty()) return false;
                int stranger = v4(plc.get()) ^ 0xEE; // same network, an address the inventory does not hold
                var c = pcap.new Connection(stranger, nextClientPort++, v4(plc.get()), 502);
                c.request(Payloads.modbus(1, 3, "00000001"));
                c.response(Payloads.modbus(1, 3, "020001"));
                return true;
            }
        }
        return false;
    }

    private boolean modbusWrite(PcapWriter pcap, AllowRule rule) throws IOException {
        var from = address(rule.from());
        var to = address(rule.to());
        if (from.isEmpty() || to.isEmpty()) return false;
        var c = pcap.new Connection(from.get(), nextClientPort++, to.get(), rule.port() == null ? 502 : rule.port());
        c.request(Payloads.modbus(7, 6, "0010ffff"));
        c.response(Payloads.modbus(7, 6, "0010ffff"));
        return true;
    }

    private String zoneOf(Asset asset) {
        return plant.zoneOf(asset.id()).map(z -> z.id()).orElse("");
    }

    private Optional<Asset> first(java.util.function.Predicate<Asset> which) {
        return plant.assets().stream()
                .filter(a -> a.ip().stream().anyMatch(ip -> !ip.v6()))
                .filter(which)
                .findFirst();
    }

    private static int v4(Asset asset) {
        return (int) asset.ip().stream()
                .filter(ip -> !ip.v6())
                .findFirst()
                .orElseThrow()
                .low();
    }

    /** The IPv4 address of an asset, or of the first asset of a zone that has one. */
    private Optional<Integer> address(String id) {
        var asset = plant.asset(id);
        if (asset.isPresent()) {
            return asset.get().ip().stream().filter(ip -> !ip.v6()).findFirst().map(ip -> (int) ip.low());
        }
        return plant.zone(id)
                .flatMap(z -> z.assets().stream()
                        .map(plant::asset)
                        .flatMap(Optional::stream)
                        .flatMap(a -> a.ip().stream())
                        .filter(ip -> !ip.v6())
                        .findFirst()
                        .map(ip -> (int) ip.low()));
    }
}
