package io.zonewarden.capture;

import io.zonewarden.capture.engine.Engine;
import io.zonewarden.capture.engine.FunctionNames;
import io.zonewarden.capture.engine.Topics;
import io.zonewarden.capture.flow.AppProtocol;
import io.zonewarden.capture.flow.Flow;
import io.zonewarden.capture.inventory.Inventory;
import io.zonewarden.capture.inventory.OuiRegistry;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.pcap.CaptureReader;
import io.zonewarden.capture.pcap.PacketConsumer;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.core.model.IpAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads capture files (pcap or pcapng, any mix) as one capture and reports packets, per-protocol frame counts, flows
 * and the observed inventory. The entry point of {@code zonewarden analyze}.
 */
public final class Analyzer {
    private final CaptureReader reader;

    public Analyzer() {
        this(new CaptureReader());
    }

    Analyzer(CaptureReader reader) {
        this.reader = reader;
    }

    /** Analyses {@code files} in order as one capture. */
    public static CaptureAnalysis analyze(List<Path> files, ProgressListener progress) throws CaptureException {
        return new Analyzer().run(files, progress);
    }

    /** Analyses {@code files} in order as one capture, reading them the way {@code access} says. */
    public static CaptureAnalysis analyze(List<Path> files, ProgressListener progress, CaptureReader.Access access)
            throws CaptureException {
        return new Analyzer(new CaptureReader(access)).run(files, progress);
    }

    /** Analyses {@code files} without progress reports. */
    public static CaptureAnalysis analyze(List<Path> files) throws CaptureException {
        return analyze(files, ProgressListener.NONE);
    }

    CaptureAnalysis run(List<Path> files, ProgressListener progress) throws CaptureException {
        var engine = new Engine();
        var fileFirstFrames = new ArrayList<Long>(files.size());
        for (var file : files) {
            fileFirstFrames.add(engine.packets() + 1);
            reader.read(file, new PacketConsumer() {
                @Override
                public void packet(int linkType, long ts, byte[] buf, int offset, int captured, int original) {
                    engine.packet(linkType, ts, buf, offset, captured, original);
                }

                @Override
                public void malformed(Violation violation) {
                    engine.malformed(violation);
                }

                @Override
                public void progress(long position, long size) {
                    progress.progress(file, position, size);
                }
            });
        }
        return result(files, engine, fileFirstFrames);
    }

    static CaptureAnalysis result(List<Path> files, Engine engine, List<Long> fileFirstFrames) {
        var reasons = new TreeMap<String, Long>();
        for (var v : Violation.values()) {
            long n = engine.violations(v);
            if (n > 0) {
                reasons.put(v.key(), n);
            }
        }
        var linkTypes = new TreeMap<Integer, Long>();
        for (int i = 0; i < engine.linkTypeCount(); i++) {
            linkTypes.put(engine.linkType(i), engine.linkTypeFrames(i));
        }
        var protocols = new TreeMap<String, Long>();
        for (var protocol : AppProtocol.values()) {
            if (protocol != AppProtocol.UNKNOWN) {
                protocols.put(protocol.key(), engine.protocolFrames(protocol));
            }
        }
        var inventory = engine.inventory();
        var flows = new ArrayList<ObservedFlow>();
        // a capture has some 10^5 flows between some 10^4 addresses: each address's text is made once, kept on its
        // asset or, for the few addresses that are no asset (broadcast, multicast), here
        var ipv4Texts = new HashMap<Long, String>();
        // ... and use a few dozen distinct functions between them: each function's name and access are made once
        var functionTexts = new HashMap<Long, String[]>();
        for (var flow : engine.flows().flows()) {
            // the flow's ends among the assets (broadcast and multicast addresses are none)
            var client = flow.ipProtocol < 0 ? null : inventory.findIp(flow.aHi, flow.aLo);
            var server = flow.ipProtocol < 0 ? null : inventory.findIp(flow.bHi, flow.bLo);
            flows.add(flow(flow, client, server, ipv4Texts, functionTexts));
            roles(flow, inventory, client, server);
        }
        var oui = OuiRegistry.shared();
        // a router's or a replayed capture's one MAC address stands behind many IP assets: looked up once
        var vendors = new HashMap<Long, Optional<String>>();
        var assets = new ArrayList<ObservedAsset>();
        for (var a : inventory.merged()) {
            assets.add(new ObservedAsset(
                    a.macOnly ? null : assetAddress(a),
                    a.mac >= 0 ? mac(a.mac) : null,
                    a.mac > 0
                            ? vendors.computeIfAbsent(a.mac, mac -> Optional.ofNullable(oui.vendor(mac)))
                                    .orElse(null)
                            : null,
                    a.roles,
                    a.protocols,
                    a.identity));
        }
        boolean any = engine.packets() > 0;
        return new CaptureAnalysis(
                files,
                engine.packets(),
                engine.bytes(),
                engine.malformedFrames(),
                reasons,
                linkTypes,
                protocols,
                assets,
                flows,
                any ? instant(engine.firstNanos()) : null,
                any ? instant(engine.lastNanos()) : null,
                fileFirstFrames,
                engine.gaps(),
                java.util.Arrays.stream(engine.gapFrames()).boxed().toList());
    }

    private static ObservedFlow flow(
            Flow f,
            Inventory.@Nullable Asset client,
            Inventory.@Nullable Asset server,
            Map<Long, String> ipv4Texts,
            Map<Long, String[]> functionTexts) {
        boolean l2 = f.ipProtocol < 0;
        String transport = l2
                ? "eth"
                : switch (f.ipProtocol) {
                    case Packet.IP_TCP -> "tcp";
                    case Packet.IP_UDP -> "udp";
                    case Packet.IP_ICMP, Packet.IP_ICMPV6 -> "icmp";
                    default -> "ip";
                };
        // most flows carry no function and no malformed frame: those share the empty collections
        List<FunctionCount> functions = f.functionCount() == 0 ? List.of() : new ArrayList<>(f.functionCount());
        for (int i = 0; i < f.functionCount(); i++) {
            var protocol = f.functionProtocol(i);
            int code = f.functionCode(i);
            var texts = functionTexts.computeIfAbsent((long) protocol.ordinal() << 32 | (code & 0xFFFF_FFFFL), key ->
                    new String[] {FunctionNames.name(protocol, code), FunctionNames.access(protocol, code)});
            functions.add(new FunctionCount(protocol.key(), code, texts[0], texts[1], f.functionTimes(i)));
        }
        Map<String, Long> malformed = Map.of();
        if (f.hasViolations()) {
            malformed = new TreeMap<>();
            for (var v : Violation.values()) {
                long n = f.violations(v);
                if (n > 0) {
                    malformed.put(v.key(), n);
                }
            }
        }
        Set<String> topics = f.stateBtoA instanceof Topics t ? t.names() : Set.of();
        return new ObservedFlow(
                transport,
                l2 ? mac(f.aLo) : address(f.aHi, f.aLo, client, ipv4Texts),
                f.aPort,
                l2 ? mac(f.bLo) : address(f.bHi, f.bLo, server, ipv4Texts),
                f.bPort,
                l2 ? f.etherType : 0,
                instant(f.firstNanos),
                instant(f.lastNanos),
                f.packetsAtoB,
                f.bytesAtoB,
                f.packetsBtoA,
                f.bytesBtoA,
                f.protocol.key(),
                functions,
                malformed,
                topics,
                f.firstFrame,
                f.lastFrame);
    }

    /** Client/server (or master/outstation) roles of the flow's two ends, for flows that carried the protocol. */
    private static void roles(
            Flow f, Inventory inventory, Inventory.@Nullable Asset client, Inventory.@Nullable Asset server) {
        if (f.protocol == AppProtocol.UNKNOWN) {
            return;
        }
        if (f.ipProtocol < 0) {
            // a layer-2 protocol names the unicast stations that spoke or were spoken to
            for (long mac : new long[] {f.aLo, f.bLo}) {
                if (mac > 0 && (mac & 0x0100_0000_0000L) == 0) {
                    inventory.mac(mac).protocols.add(f.protocol.key());
                }
            }
            return;
        }
        if (f.functionCount() == 0 && f.packetsBtoA == 0) {
            return; // never answered and nothing decoded: no evidence of a server
        }
        String key = f.protocol.key();
        var names = ROLES[f.protocol.ordinal()];
        if (client != null) {
            client.role(f.protocol.bit(), false, names[0], key);
        }
        if (server != null) {
            server.role(f.protocol.bit(), true, names[1], key);
        }
    }

    /** The two roles' names per protocol, "modbus client" and "modbus server", made once rather than per flow. */
    private static final String[][] ROLES = roleNames();

    private static String[][] roleNames() {
        var roles = new String[AppProtocol.values().length][];
        for (var protocol : AppProtocol.values()) {
            String[] names = switch (protocol) {
                case DNP3 -> new String[] {"master", "outstation"};
                case IEC104 -> new String[] {"controlling station", "controlled station"};
                case MQTT -> new String[] {"client", "broker"};
                default -> new String[] {"client", "server"};
            };
            roles[protocol.ordinal()] = new String[] {protocol.key() + " " + names[0], protocol.key() + " " + names[1]};
        }
        return roles;
    }

    static Instant instant(long nanos) {
        // one division, not floorDiv and floorMod: in C1-compiled code each long division is a call into the runtime
        long seconds = nanos / 1_000_000_000L;
        long nano = nanos - seconds * 1_000_000_000L;
        if (nano < 0) {
            seconds--;
            nano += 1_000_000_000L;
        }
        return Instant.ofEpochSecond(seconds, nano);
    }

    /** An IP asset's address as text: made for its flows already, as a rule. */
    private static String assetAddress(Inventory.Asset a) {
        return a.addressText != null ? a.addressText : address(a.ipHi, a.ipLo);
    }

    /** The address's text, kept on its asset or (an address no asset has) in {@code ipv4Texts}. */
    private static String address(long hi, long lo, Inventory.@Nullable Asset asset, Map<Long, String> ipv4Texts) {
        if (asset != null) {
            var text = asset.addressText;
            if (text == null) {
                text = address(hi, lo);
                asset.addressText = text;
            }
            return text;
        }
        return Packet.isV4(hi, lo) ? ipv4Texts.computeIfAbsent(lo, v4 -> address(0, v4)) : address(hi, lo);
    }

    /** Text of a 128-bit address: dotted quad for IPv4-mapped addresses, RFC 5952 text for IPv6. */
    static String address(long hi, long lo) {
        if (Packet.isV4(hi, lo)) {
            int a = (int) lo;
            return (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
        }
        // the same text as the plant model's addresses; java.net.InetAddress would neither compress the zeros nor
        // start cheaply (its first use loads the security properties)
        return new IpAddress(hi, lo, true).toString();
    }

    /**
     * Text of a 48-bit MAC address, {@code 00:1b:1b:aa:bb:cc}. Written digit by digit: a format string is parsed on
     * every call, and a capture has a MAC address for each asset and each layer-2 flow.
     */
    static String mac(long mac) {
        // bytes, not chars: a String made from chars is compressed to Latin-1 in a loop that C2 then compiled
        var text = new byte[17];
        for (int i = 0; i < 6; i++) {
            int octet = (int) (mac >>> (40 - 8 * i)) & 0xFF;
            text[3 * i] = HEX_DIGITS[octet >>> 4];
            text[3 * i + 1] = HEX_DIGITS[octet & 0xF];
            if (i < 5) {
                text[3 * i + 2] = ':';
            }
        }
        return new String(text, StandardCharsets.ISO_8859_1);
    }

    private static final byte[] HEX_DIGITS = "0123456789abcdef".getBytes(StandardCharsets.ISO_8859_1);
}
