package io.zonewarden.capture.engine;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.dissect.bacnet.BacnetSink;
import io.zonewarden.capture.dissect.bacnet.BvlcDissector;
import io.zonewarden.capture.dissect.cotp.CotpSink;
import io.zonewarden.capture.dissect.cotp.TpktCotpDissector;
import io.zonewarden.capture.dissect.dhcp.DhcpDissector;
import io.zonewarden.capture.dissect.dhcp.DhcpSink;
import io.zonewarden.capture.dissect.dnp3.Dnp3Dissector;
import io.zonewarden.capture.dissect.dnp3.Dnp3Sink;
import io.zonewarden.capture.dissect.dnp3.Dnp3Transport;
import io.zonewarden.capture.dissect.enip.EnipDissector;
import io.zonewarden.capture.dissect.enip.EnipSink;
import io.zonewarden.capture.dissect.iec104.Iec104Dissector;
import io.zonewarden.capture.dissect.iec104.Iec104Sink;
import io.zonewarden.capture.dissect.lldp.DiscoveryDissector;
import io.zonewarden.capture.dissect.lldp.DiscoverySink;
import io.zonewarden.capture.dissect.mms.MmsDissector;
import io.zonewarden.capture.dissect.mms.MmsSink;
import io.zonewarden.capture.dissect.modbus.ModbusSink;
import io.zonewarden.capture.dissect.modbus.ModbusTcpDissector;
import io.zonewarden.capture.dissect.mqtt.MqttDissector;
import io.zonewarden.capture.dissect.mqtt.MqttSink;
import io.zonewarden.capture.dissect.opcua.OpcUaDissector;
import io.zonewarden.capture.dissect.opcua.OpcUaSink;
import io.zonewarden.capture.dissect.profinet.DcpDissector;
import io.zonewarden.capture.dissect.profinet.DcpSink;
import io.zonewarden.capture.dissect.s7comm.S7Sink;
import io.zonewarden.capture.dissect.s7comm.S7commDissector;
import io.zonewarden.capture.dissect.tls.TlsDissector;
import io.zonewarden.capture.dissect.tls.TlsSink;
import io.zonewarden.capture.flow.AppProtocol;
import io.zonewarden.capture.flow.ByteBudget;
import io.zonewarden.capture.flow.Flow;
import io.zonewarden.capture.flow.FlowTable;
import io.zonewarden.capture.flow.TcpHalf;
import io.zonewarden.capture.inventory.Inventory;
import io.zonewarden.capture.link.LinkDecoder;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.pcap.PacketConsumer;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns frames into protocol counts, flows and an inventory. Counting follows Wireshark's protocol hierarchy: a
 * protocol counts once per frame in which it was decoded, and a PDU split over TCP segments counts in the frame that
 * completes it (tcp_dissect_pdus with desegmentation).
 *
 * <p>Not thread-safe: one engine per reader thread.
 */
public final class Engine
        implements PacketConsumer,
                ModbusSink,
                CotpSink,
                S7Sink,
                MmsSink,
                Dnp3Sink,
                EnipSink,
                Iec104Sink,
                OpcUaSink,
                BacnetSink,
                DcpSink,
                MqttSink,
                TlsSink,
                DiscoverySink,
                DhcpSink {
    private static final int ETHERTYPE_PROFINET = 0x8892, ETHERTYPE_GOOSE = 0x88B8, ETHERTYPE_LLDP = 0x88CC;
    private static final int OPCUA_POLICY_SEEN = 1, OPCUA_READABLE = 2, MMS_CONTEXT = 4;
    private static final int MAX_TOPICS_PER_FLOW = 16;
    private static final AppProtocol[] PROTOCOLS = AppProtocol.values();

    private final LinkDecoder decoder = new LinkDecoder();
    private final Packet p = new Packet();
    private final FlowTable flows = new FlowTable();
    private final Inventory inventory = new Inventory();
    /** Reassembly memory for all flows together: incomplete PDUs cannot make memory grow with the file. */
    private final ByteBudget reassemblyBudget;

    private final ModbusTcpDissector modbus = new ModbusTcpDissector();
    private final TpktCotpDissector cotp = new TpktCotpDissector();
    private final S7commDissector s7 = new S7commDissector();
    private final MmsDissector mms = new MmsDissector();
    private final Dnp3Dissector dnp3 = new Dnp3Dissector();
    private final EnipDissector enip = new EnipDissector();
    private final Iec104Dissector iec104 = new Iec104Dissector();
    private final OpcUaDissector opcua = new OpcUaDissector();
    private final BvlcDissector bvlc = new BvlcDissector();
    private final DcpDissector dcp = new DcpDissector();
    private final MqttDissector mqtt = new MqttDissector();
    private final TlsDissector tls = new TlsDissector();
    private final DiscoveryDissector discovery = new DiscoveryDissector();
    private final DhcpDissector dhcp = new DhcpDissector();
    /** Hashes of DHCP client names already recorded: a renewal repeats them and must not allocate again. */
    private final long[] dhcpSeen = new long[256];

    private int dhcpSeenCount;
    /** The last List Identity reply of each device that sent one: its repeats leave the inventory as it is. */
    private final Map<Inventory.Asset, CipIdentity> cipIdentities = new IdentityHashMap<>();

    private long packets, bytes, malformedFrames;

    /** Frames numbered in {@link #gapFrames}: the first gaps show where capture lost data, the rest only count. */
    public static final int GAP_FRAMES = 20;

    /**
     * TCP sequence gaps: stream bytes the capture does not hold (dropped by the capturing host or a filter). Counted
     * apart from malformed frames, as Wireshark reports them as expert information ("previous segment not
     * captured"): the frame after a gap is well-formed.
     */
    private long gaps;

    private final long[] gapFrames = new long[GAP_FRAMES];
    private int gapFrameCount;
    private final long[] violations = new long[Violation.values().length];
    private final long[] protocolFrames = new long[PROTOCOLS.length];

    private static final int MIX_SLOT_BITS = 8, MIX_SLOTS = 1 << MIX_SLOT_BITS;
    /** Frames per mix of protocols ({@link #countMix}): open addressing, a slot is free while its count is 0. */
    private final long[] mixBits = new long[MIX_SLOTS], mixFrames = new long[MIX_SLOTS];

    private int[] linkTypes = new int[8];
    private long[] linkTypeCounts = new long[8];
    private int linkTypeSize;
    private long firstNanos = Long.MAX_VALUE, lastNanos = Long.MIN_VALUE;

    /** The protocol bit of a frame's IP version as the decoder sets it: 4, 6, or 0 when it has no IP header. */
    private static final long[] IP_VERSION_BITS = {0, 0, 0, 0, AppProtocol.IPV4.bit(), 0, AppProtocol.IPV6.bit(), 0};

    // per-frame state
    private long frameBits;
    private boolean frameMalformed;
    private @Nullable Flow flow;
    private boolean forward;
    private long now;

    /** Default reassembly memory shared by all flows: 256 MiB. */
    public static final long REASSEMBLY_BUDGET = 256L << 20;

    public Engine() {
        this(REASSEMBLY_BUDGET);
    }

    /** An engine whose TCP and COTP reassembly buffers together hold at most {@code reassemblyBytes}. */
    public Engine(long reassemblyBytes) {
        this.reassemblyBudget = new ByteBudget(reassemblyBytes);
    }

    // ---------------------------------------------------------------- results

    /** The protocols decoded in the last frame, as a mask of {@link AppProtocol#bit()}s. */
    public long lastFrameProtocols() {
        return frameBits;
    }

    public long packets() {
        return packets;
    }

    public long bytes() {
        return bytes;
    }

    public long malformedFrames() {
        return malformedFrames;
    }

    /** TCP sequence gaps seen, each once in the frame that follows it. */
    public long gaps() {
        return gaps;
    }

    /** The numbers (1-based over all files read) of the frames that follow the first {@link #GAP_FRAMES} gaps. */
    public long[] gapFrames() {
        return java.util.Arrays.copyOf(gapFrames, gapFrameCount);
    }

    public long violations(Violation v) {
        return violations[v.ordinal()];
    }

    public long protocolFrames(AppProtocol protocol) {
        long frames = protocolFrames[protocol.ordinal()];
        for (int i = 0; i < MIX_SLOTS; i++) {
            if ((mixBits[i] & protocol.bit()) != 0) {
                frames += mixFrames[i];
            }
        }
        return frames;
    }

    public int linkTypeCount() {
        return linkTypeSize;
    }

    public int linkType(int i) {
        return linkTypes[i];
    }

    public long linkTypeFrames(int i) {
        return linkTypeCounts[i];
    }

    public long firstNanos() {
        return firstNanos;
    }

    public long lastNanos() {
        return lastNanos;
    }

    public FlowTable flows() {
        return flows;
    }

    public Inventory inventory() {
        return inventory;
    }

    public long ipFragments() {
        return decoder.fragments();
    }

    // ---------------------------------------------------------------- reader callbacks

    @Override
    public void malformed(Violation violation) {
        violations[violation.ordinal()]++;
        malformedFrames++;
    }

    @Override
    public void packet(int linkType, long timestampNanos, byte[] buf, int offset, int captured, int original) {
        packets++;
        bytes += original;
        now = timestampNanos;
        // min and max rather than branches: a capture whose clock steps back (or a merged one) took a branch the
        // compiled code had never seen and sent the packet path back to the interpreter to be compiled again
        firstNanos = Math.min(firstNanos, timestampNanos);
        lastNanos = Math.max(lastNanos, timestampNanos);
        countLinkType(linkType);
        frameBits = 0;
        frameMalformed = false;
        flow = null;
        decoder.decode(linkType, buf, offset, captured, p);
        p.timestampNanos = timestampNanos;
        p.capturedLength = captured;
        p.originalLength = original;
        var problem = p.violation;
        if (problem != null) {
            violation(problem, 0);
        }
        frameBits |= IP_VERSION_BITS[p.ipVersion & 7]; // a table, not branches, for the same reason
        if (p.ipVersion != 0) {
            if (!p.fragment && problem == null) {
                switch (p.ipProtocol) {
                    case Packet.IP_TCP -> tcp(original);
                    case Packet.IP_UDP -> udp(original);
                    case Packet.IP_ICMP, Packet.IP_ICMPV6 -> {
                        frameBits |= AppProtocol.ICMP.bit();
                        ipFlow(original);
                    }
                    default -> ipFlow(original);
                }
            }
        } else if (problem == null && p.etherType != 0) {
            layer2(original);
        }
        countMix(frameBits);
        if (frameMalformed) {
            malformedFrames++;
        }
    }

    /**
     * Counts a frame under its mix of protocols. A capture has a few dozen mixes (Ethernet, IPv4, TCP, Modbus; ...):
     * one count per mix, added to its protocols' counts when they are asked for, instead of one per protocol of each
     * frame.
     */
    void countMix(long bits) {
        int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - MIX_SLOT_BITS));
        for (int probes = 0; probes < MIX_SLOTS; probes++) {
            if (mixBits[slot] == bits) {
                mixFrames[slot]++;
                return;
            }
            if (mixFrames[slot] == 0) {
                mixBits[slot] = bits;
                mixFrames[slot] = 1;
                return;
            }
            slot = (slot + 1) & (MIX_SLOTS - 1);
        }
        // more mixes than slots (a hostile capture): count this frame per protocol
        while (bits != 0) {
            protocolFrames[Long.numberOfTrailingZeros(bits)]++;
            bits &= bits - 1;
        }
    }

    private void countLinkType(int linkType) {
        for (int i = 0; i < linkTypeSize; i++) {
            if (linkTypes[i] == linkType) {
                linkTypeCounts[i]++;
                return;
            }
        }
        if (linkTypeSize == linkTypes.length) {
            linkTypes = java.util.Arrays.copyOf(linkTypes, linkTypeSize * 2);
            linkTypeCounts = java.util.Arrays.copyOf(linkTypeCounts, linkTypeSize * 2);
        }
        linkTypes[linkTypeSize] = linkType;
        linkTypeCounts[linkTypeSize++] = 1;
    }

    // ---------------------------------------------------------------- layer 2

    private void layer2(int frameBytes) {
        int type = p.etherType;
        AppProtocol protocol;
        switch (type) {
            case LinkDecoder.ETHERTYPE_ARP -> {
                frameBits |= AppProtocol.ARP.bit();
                protocol = AppProtocol.ARP;
            }
            case ETHERTYPE_PROFINET -> {
                frameBits |= AppProtocol.PROFINET.bit();
                // DCP frame ids (0xFEFC-0xFEFF) or real-time cyclic/acyclic data (IEC 61158-6-10 4.2)
                protocol = DcpDissector.isDcp(p.payloadBuf, p.payloadOffset, p.payloadLength)
                        ? AppProtocol.PROFINET_DCP
                        : AppProtocol.PROFINET;
            }
            case ETHERTYPE_GOOSE -> {
                frameBits |= AppProtocol.GOOSE.bit();
                protocol = AppProtocol.GOOSE;
            }
            case ETHERTYPE_LLDP -> {
                frameBits |= AppProtocol.LLDP.bit();
                protocol = AppProtocol.LLDP;
            }
            case Packet.ETHERTYPE_CDP -> {
                frameBits |= AppProtocol.CDP.bit();
                protocol = AppProtocol.CDP;
            }
            default -> protocol = AppProtocol.UNKNOWN;
        }
        if (p.srcMac < 0) {
            return;
        }
        long dst = p.dstMac < 0 ? 0 : p.dstMac;
        var f = flows.find(0, p.srcMac, 0, 0, dst, 0, -1, type);
        boolean created = false;
        if (f == null) {
            f = flows.add(0, p.srcMac, 0, 0, dst, 0, -1, type);
            f.aMac = p.srcMac;
            f.bMac = dst;
            f.protocol = protocol;
            f.firstNanos = now;
            f.classified = true;
            forward = true;
            created = true;
        } else {
            forward = flows.forward();
        }
        account(f, frameBytes);
        flow = f;
        switch (type) {
            case LinkDecoder.ETHERTYPE_ARP -> {
                if (created) {
                    arp();
                }
            }
            case ETHERTYPE_PROFINET -> {
                if (protocol == AppProtocol.PROFINET_DCP) {
                    frameBits |= AppProtocol.PROFINET_DCP.bit();
                    dcp.dissect(p.payloadBuf, p.payloadOffset, p.payloadLength, this);
                }
            }
            case ETHERTYPE_LLDP -> {
                if (created) {
                    discovery.lldp(p.payloadBuf, p.payloadOffset, p.payloadLength, this);
                }
            }
            case Packet.ETHERTYPE_CDP -> {
                if (created) {
                    discovery.cdp(p.payloadBuf, p.payloadOffset, p.payloadLength, this);
                }
            }
            default -> {
                // GOOSE: counted; its publishers join the inventory when the result is built
            }
        }
    }

    /** ARP (RFC 826): the sender's protocol and hardware addresses name an asset. */
    private void arp() {
        var b = p.payloadBuf;
        int at = p.payloadOffset;
        if (p.payloadLength < 28 || Wire.u16be(b, at + 2) != LinkDecoder.ETHERTYPE_IPV4 || Wire.u8(b, at + 4) != 6) {
            return;
        }
        long mac = Wire.u48be(b, at + 8);
        int ip = Wire.i32be(b, at + 14);
        if (ip != 0 && mac != 0) {
            inventory.ip(0, Packet.v4(ip), mac).protocols.add(AppProtocol.ARP.key());
        }
    }

    // ---------------------------------------------------------------- IP flows

    private Flow ipFlow(int frameBytes) {
        var f = flows.find(p.srcHi, p.srcLo, p.srcPort, p.dstHi, p.dstLo, p.dstPort, p.ipProtocol, 0);
        if (f == null) {
            // side A is the initiator: the sender, unless this is a SYN-ACK or a reply from a well-known port
            boolean senderIsServer = (p.ipProtocol == Packet.IP_TCP
                            && (p.tcpFlags & (Packet.SYN | Packet.ACK)) == (Packet.SYN | Packet.ACK))
                    || (Ports.wellKnown(p.ipProtocol, p.srcPort) && !Ports.wellKnown(p.ipProtocol, p.dstPort))
                    || (p.srcPort < 1024 && p.dstPort >= 1024 && !Ports.wellKnown(p.ipProtocol, p.dstPort));
            if (senderIsServer
                    && p.ipProtocol == Packet.IP_TCP
                    && (p.tcpFlags & Packet.SYN) != 0
                    && (p.tcpFlags & Packet.ACK) == 0) {
                senderIsServer = false;
            }
            if (senderIsServer) {
                f = flows.add(p.dstHi, p.dstLo, p.dstPort, p.srcHi, p.srcLo, p.srcPort, p.ipProtocol, 0);
                f.bMac = p.srcMac;
                f.aMac = unicast(p.dstMac);
                forward = false;
            } else {
                f = flows.add(p.srcHi, p.srcLo, p.srcPort, p.dstHi, p.dstLo, p.dstPort, p.ipProtocol, 0);
                f.aMac = p.srcMac;
                f.bMac = unicast(p.dstMac);
                forward = true;
            }
            f.firstNanos = now;
            // the ports name the application protocol, looked up once per flow
            var portProtocol = switch (p.ipProtocol) {
                case Packet.IP_TCP -> Ports.tcp(p.srcPort, p.dstPort);
                case Packet.IP_UDP -> Ports.udp(p.srcPort, p.dstPort);
                default -> AppProtocol.UNKNOWN;
            };
            f.protocol = portProtocol;
            f.classified = portProtocol != AppProtocol.UNKNOWN;
            register(f.aHi, f.aLo, f.aMac);
            register(f.bHi, f.bLo, f.bMac);
        } else {
            forward = flows.forward();
            if (forward ? f.aMac < 0 : f.bMac < 0) {
                if (p.srcMac >= 0) {
                    if (forward) {
                        f.aMac = p.srcMac;
                    } else {
                        f.bMac = p.srcMac;
                    }
                    register(p.srcHi, p.srcLo, p.srcMac);
                }
            }
        }
        account(f, frameBytes);
        flow = f;
        return f;
    }

    private static long unicast(long mac) {
        return mac < 0 || (mac & 0x0100_0000_0000L) != 0 ? -1 : mac;
    }

    private void register(long hi, long lo, long mac) {
        boolean v4 = Packet.isV4(hi, lo);
        if (v4) {
            int a = (int) lo;
            if ((a >>> 28) == 0xE || a == -1 || a == 0) {
                return; // multicast, limited broadcast, unspecified
            }
        } else if ((hi >>> 56) == 0xFF || (hi == 0 && lo == 0)) {
            return;
        }
        inventory.ip(hi, lo, mac);
    }

    private void account(Flow f, int frameBytes) {
        f.lastNanos = now;
        if (f.firstFrame == 0) {
            f.firstFrame = packets;
        }
        f.lastFrame = packets;
        if (forward) {
            f.packetsAtoB++;
            f.bytesAtoB += frameBytes;
        } else {
            f.packetsBtoA++;
            f.bytesBtoA += frameBytes;
        }
    }

    private void udp(int frameBytes) {
        frameBits |= AppProtocol.UDP.bit();
        var f = ipFlow(frameBytes);
        var b = p.payloadBuf;
        int at = p.payloadOffset;
        int len = p.payloadLength;
        if (len == 0) {
            return;
        }
        switch (f.protocol) {
            case DNP3 -> {
                if (dnp3.accepts(b, at, len)) {
                    frameBits |= AppProtocol.DNP3.bit();
                    int n = dnp3.pduLength(b, at, len);
                    dnp3.dissect(b, at, Math.min(n, len), this, transport(f));
                }
            }
            case ENIP -> {
                if (p.srcPort == EnipDissector.IO_PORT || p.dstPort == EnipDissector.IO_PORT) {
                    frameBits |= AppProtocol.ENIP.bit();
                    f.function(AppProtocol.ENIP, 0x0100_00);
                    enip.dissectIo(b, at, len, this);
                } else {
                    frameBits |= AppProtocol.ENIP.bit();
                    enip.dissect(b, at, len, this);
                }
            }
            case BACNET -> bvlc.dissect(b, at, len, this);
            case DHCP -> {
                frameBits |= AppProtocol.DHCP.bit();
                dhcp.dissect(b, at, len, this);
            }
            case UNKNOWN -> {}
            default -> frameBits |= f.protocol.bit(); // DNS, DHCP, NTP, SNMP, syslog: counted by port
        }
    }

    // ---------------------------------------------------------------- TCP

    private void tcp(int frameBytes) {
        frameBits |= AppProtocol.TCP.bit();
        var f = ipFlow(frameBytes);
        var half = forward ? f.aToB() : f.bToA();
        var reverse = forward ? f.bToA() : f.aToB();
        if ((p.tcpFlags & Packet.ACK) != 0) {
            // Wireshark compares with the last acknowledgement seen, not the highest
            reverse.peerAck = p.tcpAck;
            reverse.acked = true;
        }
        long seq = p.tcpSeq;
        int len = p.payloadLength;
        if ((p.tcpFlags & Packet.SYN) != 0) {
            half.synced = true;
            half.nextSeq = (seq + 1) & 0xFFFFFFFFL;
            half.pending = 0;
            half.pduEndSeq = -1;
            seq = half.nextSeq;
        }
        if (len == 0 || (p.tcpFlags & Packet.RST) != 0 && len == 0) {
            return;
        }
        if (!f.classified) {
            classify(f);
        }
        var framing = framing(f.protocol);
        var b = p.payloadBuf;
        int at = p.payloadOffset;
        if (!half.synced) {
            half.synced = true;
            half.nextSeq = seq;
        }
        int delta = (int) (seq - half.nextSeq); // sequence arithmetic modulo 2^32 (RFC 9293 3.4)
        if (delta >= 0 && half.acked && (int) (half.peerAck - (seq + len)) >= 0) {
            // data the peer has already acknowledged: Wireshark calls it a spurious retransmission and does not
            // dissect it (the original was not captured), so a PDU waiting for it cannot complete either
            half.nextSeq = (seq + len) & 0xFFFFFFFFL;
            half.pending = 0;
            half.pduEndSeq = -1;
            return;
        }
        if (delta < 0) {
            // Retransmitted, out-of-order or overlapping data (sequence number behind the next expected one):
            // Wireshark flags it and does not hand it to the protocol dissector, and neither do we. The stream
            // continues after the segment's end if that is further on.
            if (delta + len > 0) {
                half.nextSeq = (seq + len) & 0xFFFFFFFFL;
                half.pending = 0;
                half.pduEndSeq = -1;
            }
            return;
        } else if (delta > 0) {
            gaps++;
            if (gapFrameCount < GAP_FRAMES) gapFrames[gapFrameCount++] = packets;
            if (half.pending > 0 && half.pduEndSeq >= 0 && (int) (seq - half.pduEndSeq) < 0) {
                // the segment lands inside the PDU being reassembled: that PDU cannot complete any more
                half.pending = 0;
                half.pduEndSeq = -1;
                half.nextSeq = (seq + len) & 0xFFFFFFFFL;
                return;
            }
            half.pending = 0;
            half.pduEndSeq = -1;
        }
        half.nextSeq = (seq + len) & 0xFFFFFFFFL;
        half.streamBytes += len;
        if (framing == null) {
            countByPort(f);
            return;
        }
        if (half.pending == 0) {
            if (framing == tls) {
                // Wireshark's TLS dissector shows itself in every segment it is handed, even one it only
                // starts reassembling a record from
                frameBits |= AppProtocol.TLS.bit();
            }
            stream(framing, half, b, at, len);
            return;
        }
        boolean lengthKnown = half.pduEndSeq >= 0;
        if (!half.append(b, at, len, reassemblyBudget)) {
            violation(Violation.TCP_BUFFER_OVERFLOW, 0);
            half.pending = 0;
            half.pduEndSeq = -1;
            return;
        }
        var view = half.view();
        if (!lengthKnown) {
            // the header was incomplete: Wireshark hands the joined bytes to the dissector as a new buffer
            stream(framing, half, view, 0, half.pending);
            return;
        }
        int need = framing.pduLength(view, 0, half.pending);
        if (need > half.pending) {
            return; // still incomplete
        }
        // the reassembled PDU is a buffer of its own; the rest of the segment is dissected as a new buffer
        if (need > 0 && framing.accepts(view, 0, need)) {
            pdu(f, view, 0, need);
        }
        half.consume(Math.max(need, 0));
        if (half.pending > 0) {
            stream(framing, half, view, 0, half.pending);
        }
    }

    /**
     * Cuts PDUs from a buffer handed to the protocol the way Wireshark hands one to a dissector: its start must be
     * accepted as a PDU start, then PDUs follow by their lengths; an incomplete PDU at the end is kept in {@code
     * half} (the buffer may be {@code half}'s own).
     */
    private void stream(StreamFraming framing, TcpHalf half, byte[] b, int at, int len) {
        boolean own = b == half.view();
        var f = flow;
        if (f == null || !framing.accepts(b, at, len)) {
            if (own) {
                half.consume(half.pending);
            }
            return;
        }
        int pos = at;
        int end = at + len;
        while (pos < end) {
            int n = framing.pduLength(b, pos, end - pos);
            if (n == StreamFraming.DESYNC || n == 0) {
                violation(Violation.TRUNCATED_PDU, pos);
                pos = end;
                break;
            }
            if (n == StreamFraming.NEED_MORE || n > end - pos) {
                break;
            }
            pdu(f, b, pos, n);
            pos += n;
        }
        if (own) {
            half.consume(pos - at);
            if (half.pending > 0) {
                setPduEnd(framing, half, b, 0, half.pending);
            }
        } else if (pos < end) {
            if (half.append(b, pos, end - pos, reassemblyBudget)) {
                setPduEnd(framing, half, b, pos, end - pos);
            } else {
                violation(Violation.TCP_BUFFER_OVERFLOW, pos);
            }
        }
    }

    private static void setPduEnd(StreamFraming framing, TcpHalf half, byte[] b, int at, int len) {
        int n = framing.pduLength(b, at, len);
        half.pduEndSeq = n > 0 ? (half.nextSeq - half.pending + n) & 0xFFFFFFFFL : -1;
    }

    /** Payload signatures for flows no port classified (Zeek dpd.sig style); OPC UA is found on any port. */
    private void classify(Flow f) {
        f.classified = true;
        if (opcua.accepts(p.payloadBuf, p.payloadOffset, p.payloadLength)) {
            f.protocol = AppProtocol.OPCUA;
        }
    }

    private @Nullable StreamFraming framing(AppProtocol protocol) {
        return switch (protocol) {
            case MODBUS -> modbus;
            case COTP, S7COMM, S7COMM_PLUS, MMS -> cotp;
            case DNP3 -> dnp3;
            case ENIP -> enip;
            case IEC104 -> iec104;
            case OPCUA -> opcua;
            case MQTT -> mqtt;
            case TLS -> tls;
            default -> null;
        };
    }

    private void pdu(Flow f, byte[] b, int at, int n) {
        switch (f.protocol) {
            case MODBUS -> {
                frameBits |= AppProtocol.MODBUS.bit();
                modbus.dissect(b, at, n, this);
            }
            case COTP, S7COMM, S7COMM_PLUS, MMS -> {
                frameBits |= AppProtocol.COTP.bit();
                cotp.dissect(b, at, n, this);
            }
            case DNP3 -> {
                frameBits |= AppProtocol.DNP3.bit();
                dnp3.dissect(b, at, n, this, transport(f));
            }
            case ENIP -> {
                frameBits |= AppProtocol.ENIP.bit();
                enip.dissect(b, at, n, this);
            }
            case IEC104 -> {
                frameBits |= AppProtocol.IEC104.bit();
                iec104.dissect(b, at, n, this);
            }
            case OPCUA -> {
                frameBits |= AppProtocol.OPCUA.bit();
                boolean readable = (f.flags & OPCUA_READABLE) != 0 || (f.flags & OPCUA_POLICY_SEEN) == 0;
                opcua.dissect(b, at, n, readable, this);
            }
            case TLS -> {
                frameBits |= AppProtocol.TLS.bit();
                tls.dissect(b, at, n, this);
            }
            case MQTT -> {
                frameBits |= AppProtocol.MQTT.bit();
                mqtt.dissect(b, at, n, f.flags >= 5 ? 5 : 4, this);
            }
            default -> {}
        }
    }

    /** IT protocols are counted per segment by port and a light signature; TLS client hellos give the SNI. */
    private void countByPort(Flow f) {
        var b = p.payloadBuf;
        int at = p.payloadOffset;
        int len = p.payloadLength;
        switch (f.protocol) {
            case HTTP -> {
                if (Ports.looksLikeHttp(b, at, len)) {
                    frameBits |= AppProtocol.HTTP.bit();
                }
            }
            case SMB -> {
                if (len >= 8 && (Wire.u8(b, at + 5) == 'S' && Wire.u8(b, at + 6) == 'M' && Wire.u8(b, at + 7) == 'B')) {
                    frameBits |= AppProtocol.SMB.bit();
                }
            }
            case RDP -> {
                if (cotp.accepts(b, at, len)) {
                    frameBits |= AppProtocol.RDP.bit();
                }
            }
            case UNKNOWN -> {}
            default -> frameBits |= f.protocol.bit();
        }
    }

    private Dnp3Transport transport(Flow f) {
        Object state = forward ? f.stateAtoB : f.stateBtoA;
        if (state instanceof Dnp3Transport t) {
            return t;
        }
        var t = new Dnp3Transport();
        if (forward) {
            f.stateAtoB = t;
        } else {
            f.stateBtoA = t;
        }
        return t;
    }

    private CotpReassembly cotpState(Flow f) {
        Object state = forward ? f.stateAtoB : f.stateBtoA;
        if (state instanceof CotpReassembly r) {
            return r;
        }
        var r = new CotpReassembly();
        if (forward) {
            f.stateAtoB = r;
        } else {
            f.stateBtoA = r;
        }
        return r;
    }

    // ---------------------------------------------------------------- sinks

    @Override
    public void violation(Violation violation, int offset) {
        violations[violation.ordinal()]++;
        frameMalformed = true;
        var f = flow;
        if (f != null) {
            f.violation(violation);
        }
    }

    private @Nullable Flow current() {
        return flow;
    }

    private void function(AppProtocol protocol, int code) {
        var f = current();
        if (f != null) {
            f.function(protocol, code);
        }
    }

    @Override
    public void modbus(int transactionId, int unitId, int function, int exceptionCode, int umasFunction) {
        // an exception response keeps the exception bit, so refused requests stand apart from answered ones; a UMAS
        // function goes above it (FunctionNames.UMAS)
        function(
                AppProtocol.MODBUS,
                exceptionCode >= 0
                        ? function | 0x80
                        : umasFunction >= 0 ? FunctionNames.UMAS | umasFunction << 8 | function : function);
    }

    @Override
    public void cotp(int type, boolean endOfTsdu, byte[] buf, int userData, int userLength) {
        var f = current();
        if (f == null || type != TpktCotpDissector.TPDU_DT) {
            return;
        }
        var reassembly = cotpState(f);
        if (!endOfTsdu) {
            // COTP segmentation (X.224 6.3): the TSDU is delivered with the DT that has EOT set
            if (!reassembly.append(buf, userData, userLength, reassemblyBudget)) {
                violation(Violation.TCP_BUFFER_OVERFLOW, userData);
            }
            return;
        }
        if (reassembly.pending > 0) {
            if (!reassembly.append(buf, userData, userLength, reassemblyBudget)) {
                violation(Violation.TCP_BUFFER_OVERFLOW, userData);
                reassembly.pending = 0;
                return;
            }
            tsdu(f, reassembly.view(), 0, reassembly.pending);
            reassembly.pending = 0;
        } else {
            tsdu(f, buf, userData, userLength);
        }
    }

    private void tsdu(Flow f, byte[] buf, int at, int len) {
        if (S7commDissector.isS7comm(buf, at, len)) {
            frameBits |= AppProtocol.S7COMM.bit();
            f.protocol = AppProtocol.S7COMM;
            s7.dissect(buf, at, len, this);
        } else if (S7commDissector.isS7commPlus(buf, at, len)) {
            frameBits |= AppProtocol.S7COMM_PLUS.bit();
            f.protocol = AppProtocol.S7COMM_PLUS;
            s7.dissectPlus(buf, at, len, this);
        } else {
            int found = mms.dissect(buf, at, len, (f.flags & MMS_CONTEXT) != 0, this);
            if (found == MmsDissector.NONE && MmsDissector.isSessionData(buf, at, len)) {
                // presentation data of a connection set up before the capture began: Wireshark cannot decode it
                // (so it is not counted), but the flow is ISO session traffic on port 102, i.e. MMS
                f.protocol = AppProtocol.MMS;
            }
            if (found != MmsDissector.NONE) {
                frameBits |= AppProtocol.MMS.bit();
                f.protocol = AppProtocol.MMS;
                if (found == MmsDissector.CONNECT) {
                    f.flags |= MMS_CONTEXT;
                }
            }
        }
    }

    @Override
    public void s7comm(int rosctr, int function, int errorClass, int errorCode) {
        if (function >= 0) {
            function(AppProtocol.S7COMM, function);
        }
    }

    @Override
    public void s7Identity(String field, String value) {
        identity(serverSide(), "s7." + field, value);
    }

    @Override
    public void s7commPlus(int version, int opcode, int function) {
        // a flow keeps 24 bits of a code: opcode and function; a SetVariable that asks for an operating state
        // (S7commDissector.PLUS_STOP, PLUS_RUN) takes the opcode 0x80 | state, which no other code has with it
        int code;
        if (opcode == 0x31 && function > 0xFFFF) {
            code = (0x80 | function >>> 16) << 16 | (function & 0xFFFF);
        } else if (opcode == 0x31 || opcode == 0x32) {
            code = opcode << 16 | (function & 0xFFFF);
        } else {
            code = (opcode & 0xFF) << 16;
        }
        function(AppProtocol.S7COMM_PLUS, code);
    }

    @Override
    public void mms(int pdu, int service) {
        function(AppProtocol.MMS, pdu << 8 | (service & 0xFF));
    }

    @Override
    public void dnp3Link(int source, int destination, boolean fromMaster, boolean primary, int linkFunction) {}

    @Override
    public void dnp3Application(int function, int iin) {
        function(AppProtocol.DNP3, function);
    }

    @Override
    public void enip(int command, long status) {
        function(AppProtocol.ENIP, command);
    }

    @Override
    public void cip(int service, boolean response, int classId, int instance, int generalStatus) {
        frameBits |= AppProtocol.CIP.bit();
        if (!response) {
            function(AppProtocol.CIP, service);
        }
    }

    @Override
    public void enipIdentity(
            int vendorId,
            int deviceType,
            int productCode,
            int revisionMajor,
            int revisionMinor,
            long serial,
            byte[] buf,
            int nameOffset,
            int nameLength) {
        // a List Identity reply comes from the device it describes
        var asset = senderAsset();
        if (asset == null) {
            return;
        }
        int revision = revisionMajor << 8 | revisionMinor;
        var last = cipIdentities.get(asset);
        if (last != null
                && last.sameAs(vendorId, deviceType, productCode, revision, serial, buf, nameOffset, nameLength)) {
            return; // the device's answer to the next scan: already recorded
        }
        cipIdentities.put(
                asset,
                CipIdentity.of(vendorId, deviceType, productCode, revision, serial, buf, nameOffset, nameLength));
        String name = Wire.ascii(buf, nameOffset, nameLength);
        asset.identity("cip.vendor_id", Integer.toString(vendorId));
        asset.identity("cip.device_type", Integer.toString(deviceType));
        asset.identity("cip.product_code", Integer.toString(productCode));
        asset.identity("cip.revision", revisionMajor + "." + revisionMinor);
        asset.identity("cip.serial_number", "0x%08x".formatted(serial));
        asset.identity("cip.product_name", name);
    }

    @Override
    public void iec104U(int function) {
        function(AppProtocol.IEC104, 0x1000 | function);
    }

    @Override
    public void iec104S(int receiveSequence) {
        function(AppProtocol.IEC104, 0x2000);
    }

    @Override
    public void iec104I(int typeId, int cause, boolean negative, boolean test, int commonAddress) {
        function(AppProtocol.IEC104, typeId);
    }

    @Override
    public void opcua(int messageType, int chunkType, long secureChannelId) {}

    @Override
    public void opcuaSecurityPolicy(String policyUri) {
        var f = current();
        if (f == null) {
            return;
        }
        f.flags |= OPCUA_POLICY_SEEN;
        if (policyUri.endsWith("#None")) {
            f.flags |= OPCUA_READABLE;
        } else {
            f.flags &= ~OPCUA_READABLE;
        }
        identity(serverSide(), "opcua.security_policy", policyUri);
    }

    @Override
    public void opcuaSecurityMode(int mode) {
        identity(
                serverSide(),
                "opcua.security_mode",
                switch (mode) {
                    case 1 -> "None";
                    case 2 -> "Sign";
                    case 3 -> "SignAndEncrypt";
                    default -> "mode_" + mode;
                });
    }

    @Override
    public void opcuaService(int typeId) {
        function(AppProtocol.OPCUA, typeId);
    }

    @Override
    public void bvlc(int function) {
        frameBits |= AppProtocol.BACNET.bit();
    }

    @Override
    public void bacnetApdu(int pduType, int service) {
        frameBits |= AppProtocol.BACAPP.bit();
        function(AppProtocol.BACNET, pduType << 8 | (service & 0xFF));
    }

    @Override
    public void bacnetIAm(int deviceInstance, int vendorId) {
        var asset = senderAsset();
        if (asset != null) {
            asset.identity("bacnet.device_instance", Integer.toString(deviceInstance));
            if (vendorId >= 0) {
                asset.identity("bacnet.vendor_id", Integer.toString(vendorId));
            }
        }
    }

    /** The device a DCP block describes: the sender of a response, the addressee of a set request. */
    private long dcpDevice = -1;

    @Override
    public void dcp(int frameId, int serviceId, int serviceType) {
        dcpDevice = serviceId == 4 && (serviceType & 1) == 0 ? unicast(p.dstMac) : p.srcMac;
        function(AppProtocol.PROFINET_DCP, serviceId << 8 | serviceType);
    }

    @Override
    public void dcpStationName(String name) {
        if (dcpDevice >= 0) {
            inventory.mac(dcpDevice).identity("profinet.station_name", name);
        }
    }

    @Override
    public void dcpIp(int address, int mask, int gateway) {
        if (dcpDevice >= 0 && address != 0) {
            inventory.mac(dcpDevice).identity("profinet.ip", ipv4Text(address));
        }
    }

    @Override
    public void dcpVendor(String vendor) {
        if (dcpDevice >= 0) {
            inventory.mac(dcpDevice).identity("profinet.vendor", vendor);
        }
    }

    @Override
    public void mqtt(int packetType) {
        function(AppProtocol.MQTT, packetType);
    }

    @Override
    public void mqttConnect(String clientId, int protocolLevel) {
        var f = current();
        if (f != null) {
            f.flags = protocolLevel;
        }
        var asset = senderAsset();
        if (asset != null && !clientId.isEmpty()) {
            asset.identity("mqtt.client_id", clientId);
        }
    }

    @Override
    public void mqttTopic(int packetType, byte[] buf, int offset, int length) {
        var f = current();
        if (f == null) {
            return;
        }
        // topics are kept per flow in a bounded set; the string is made only for a topic not seen before
        Topics topics = f.stateBtoA instanceof Topics t ? t : null;
        if (topics == null) {
            topics = new Topics();
            f.stateBtoA = topics;
        }
        topics.add(buf, offset, length, MAX_TOPICS_PER_FLOW);
    }

    @Override
    public void tlsServerName(String serverName) {
        var f = current();
        if (f != null) {
            identity(serverSide(), "tls.server_name", serverName);
        }
    }

    /** LLDP and CDP are read on a station's first announcement only: they repeat every 30 to 60 seconds. */
    @Override
    public void announced(String field, String value) {
        if (p.srcMac >= 0 && !value.isEmpty()) {
            inventory.mac(p.srcMac).identity((p.etherType == ETHERTYPE_LLDP ? "lldp." : "cdp.") + field, value);
        }
    }

    @Override
    public void dhcpClientOption(long mac, int option, byte[] buf, int offset, int length) {
        long h = mac * 31 + option;
        for (int i = 0; i < length; i++) {
            h = h * 31 + buf[offset + i];
        }
        for (int i = 0; i < dhcpSeenCount; i++) {
            if (dhcpSeen[i] == h) {
                return;
            }
        }
        if (dhcpSeenCount == dhcpSeen.length) {
            return; // bounded: beyond 256 distinct client names, further ones are not recorded
        }
        dhcpSeen[dhcpSeenCount++] = h;
        String field = option == DhcpDissector.HOST_NAME ? "dhcp.host_name" : "dhcp.vendor_class";
        inventory.mac(mac).identity(field, Wire.ascii(buf, offset, length));
    }

    // ---------------------------------------------------------------- identities

    private Inventory.@Nullable Asset senderAsset() {
        if (p.ipVersion == 0) {
            return p.srcMac >= 0 ? inventory.mac(p.srcMac) : null;
        }
        return inventory.findIp(p.srcHi, p.srcLo);
    }

    /** The responder (server, outstation) of the current flow. */
    private Inventory.@Nullable Asset serverSide() {
        var f = current();
        if (f == null) {
            return null;
        }
        return inventory.findIp(f.bHi, f.bLo);
    }

    private static void identity(Inventory.@Nullable Asset asset, String field, String value) {
        if (asset != null && !value.isEmpty()) {
            asset.identity(field, value);
        }
    }

    /** Dotted-quad text of a big-endian IPv4 address. */
    public static String ipv4Text(int a) {
        return (a >>> 24) + "." + ((a >>> 16) & 0xFF) + "." + ((a >>> 8) & 0xFF) + "." + (a & 0xFF);
    }
}
