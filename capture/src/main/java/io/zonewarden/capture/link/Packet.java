package io.zonewarden.capture.link;

import io.zonewarden.capture.wire.Violation;
import org.jspecify.annotations.Nullable;

/**
 * The decoded headers of one frame. Reused for every frame: read it during the callback, copy what must outlive it.
 * Addresses are 128-bit values in two longs; an IPv4 address is stored IPv4-mapped (::ffff:a.b.c.d, RFC 4291 2.5.5.2).
 */
public final class Packet {
    public static final int NO_MAC = -1;
    public static final int IP_TCP = 6, IP_UDP = 17, IP_ICMP = 1, IP_ICMPV6 = 58;
    /** Pseudo EtherType for Cisco Discovery Protocol, carried in LLC/SNAP with OUI 00000c and PID 0x2000. */
    public static final int ETHERTYPE_CDP = 0x1_2000;
    /** Pseudo EtherType for 802.3 frames with an LLC header that is not SNAP (e.g. spanning tree). */
    public static final int ETHERTYPE_LLC = 0x1_0000;

    public int linkType;
    public long timestampNanos;
    public int capturedLength;
    public int originalLength;

    public long srcMac = NO_MAC;
    public long dstMac = NO_MAC;
    public int etherType;
    public int vlan = -1;

    /** 0 when the frame carries no IP, else 4 or 6. */
    public int ipVersion;

    public long srcHi, srcLo, dstHi, dstLo;
    public int ipProtocol = -1;
    /** The IP payload is a non-final fragment, or a fragment that completed nothing yet. */
    public boolean fragment;
    /** The L4 header comes from a reassembled datagram (IPv4 fragments). */
    public boolean reassembled;

    public int srcPort, dstPort;
    public long tcpSeq, tcpAck;
    public int tcpFlags;

    /** Where the payload of the innermost decoded layer is: the frame buffer or a reassembly buffer. */
    public byte[] payloadBuf = new byte[0];

    public int payloadOffset, payloadLength;

    /** Why decoding stopped early, or null. */
    public @Nullable Violation violation;

    void reset() {
        srcMac = NO_MAC;
        dstMac = NO_MAC;
        etherType = 0;
        vlan = -1;
        ipVersion = 0;
        srcHi = srcLo = dstHi = dstLo = 0;
        ipProtocol = -1;
        fragment = false;
        reassembled = false;
        srcPort = dstPort = 0;
        tcpSeq = tcpAck = 0;
        tcpFlags = 0;
        payloadOffset = payloadLength = 0;
        violation = null;
    }

    public boolean isTcp() {
        return ipProtocol == IP_TCP && !fragment && violation == null;
    }

    public boolean isUdp() {
        return ipProtocol == IP_UDP && !fragment && violation == null;
    }

    /** TCP flag bits (RFC 9293 3.1). */
    public static final int FIN = 0x01, SYN = 0x02, RST = 0x04, PSH = 0x08, ACK = 0x10;

    /** The IPv4-mapped form of a 32-bit IPv4 address: low word of the pair. */
    public static long v4(int address) {
        return 0xFFFF_0000_0000L | (address & 0xFFFFFFFFL);
    }

    public static boolean isV4(long hi, long lo) {
        return hi == 0 && (lo >>> 32) == 0xFFFF;
    }
}
