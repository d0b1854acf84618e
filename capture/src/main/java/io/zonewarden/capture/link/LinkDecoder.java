package io.zonewarden.capture.link;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * Decodes the link, network and transport headers of one frame into a reused {@link Packet}. Never throws on bad
 * bytes: a header that does not fit sets {@link Packet#violation} and stops decoding there.
 */
public final class LinkDecoder {
    /** LINKTYPE_ values (tcpdump.org link-layer header types). */
    public static final int NULL = 0, ETHERNET = 1, RAW = 101, LOOP = 108, SLL = 113, IPV4 = 228, IPV6 = 229;

    public static final int SLL2 = 276;
    /** DLT_RAW as some systems write it into pcap files instead of LINKTYPE_RAW. */
    private static final int RAW_OPENBSD = 14, RAW_BSD = 12;

    public static final int ETHERTYPE_IPV4 = 0x0800, ETHERTYPE_ARP = 0x0806, ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100, ETHERTYPE_QINQ = 0x88A8, ETHERTYPE_QINQ_OLD = 0x9100;
    private static final int MAX_VLAN_TAGS = 4, MAX_IPV6_EXTENSIONS = 8;

    private final Ipv4Defragmenter defragmenter = new Ipv4Defragmenter();
    private long fragments;

    /** IPv4 fragments seen so far. */
    public long fragments() {
        return fragments;
    }

    /** True when this decoder knows {@code linkType}. */
    public static boolean knows(int linkType) {
        return switch (linkType) {
            case NULL, ETHERNET, RAW, RAW_BSD, RAW_OPENBSD, LOOP, SLL, SLL2, IPV4, IPV6 -> true;
            default -> false;
        };
    }

    public void decode(int linkType, byte[] buf, int offset, int length, Packet p) {
        p.reset();
        p.linkType = linkType;
        p.payloadBuf = buf;
        p.payloadOffset = offset;
        p.payloadLength = length;
        switch (linkType) {
            case ETHERNET -> ethernet(buf, offset, length, p);
            case SLL -> sll(buf, offset, length, p);
            case SLL2 -> sll2(buf, offset, length, p);
            case RAW, RAW_BSD, RAW_OPENBSD -> rawIp(buf, offset, length, p);
            case IPV4 -> ipv4(buf, offset, length, p);
            case IPV6 -> ipv6(buf, offset, length, p);
            case NULL, LOOP -> loopback(linkType, buf, offset, length, p);
            default -> p.violation = Violation.UNKNOWN_LINK_TYPE;
        }
    }

    private void ethernet(byte[] b, int at, int len, Packet p) {
        if (len < 14) {
            p.violation = Violation.TRUNCATED_LINK_HEADER;
            return;
        }
        p.dstMac = Wire.u48be(b, at);
        p.srcMac = Wire.u48be(b, at + 6);
        int type = Wire.u16be(b, at + 12);
        int pos = at + 14;
        int end = at + len;
        // 802.1Q tags, and QinQ (802.1ad 0x88a8, pre-standard 0x9100) stacked outside them
        for (int tags = 0;
                (type == ETHERTYPE_VLAN || type == ETHERTYPE_QINQ || type == ETHERTYPE_QINQ_OLD)
                        && tags < MAX_VLAN_TAGS;
                tags++) {
            if (end - pos < 4) {
                p.violation = Violation.TRUNCATED_LINK_HEADER;
                return;
            }
            p.vlan = Wire.u16be(b, pos) & 0x0FFF;
            type = Wire.u16be(b, pos + 2);
            pos += 4;
        }
        if (type <= 1500) {
            // IEEE 802.3 length field: an LLC header follows (IEEE 802.2), maybe with SNAP (RFC 1042)
            int llcEnd = pos + Math.min(type, end - pos);
            if (llcEnd - pos >= 8 && Wire.u8(b, pos) == 0xAA && Wire.u8(b, pos + 1) == 0xAA) {
                int oui = (Wire.u8(b, pos + 3) << 16) | Wire.u16be(b, pos + 4);
                int pid = Wire.u16be(b, pos + 6);
                if (oui == 0) {
                    type = pid;
                    pos += 8;
                } else if (oui == 0x00000C && pid == 0x2000) {
                    p.etherType = Packet.ETHERTYPE_CDP;
                    setPayload(p, b, pos + 8, llcEnd - pos - 8);
                    return;
                } else {
                    p.etherType = Packet.ETHERTYPE_LLC;
                    setPayload(p, b, pos, llcEnd - pos);
                    return;
                }
            } else {
                p.etherType = Packet.ETHERTYPE_LLC;
                setPayload(p, b, pos, llcEnd - pos);
                return;
            }
        }
        etherType(type, b, pos, end - pos, p);
    }

    private void etherType(int type, byte[] b, int at, int len, Packet p) {
        p.etherType = type;
        switch (type) {
            case ETHERTYPE_IPV4 -> ipv4(b, at, len, p);
            case ETHERTYPE_IPV6 -> ipv6(b, at, len, p);
            default -> setPayload(p, b, at, len);
        }
    }

    /** Linux cooked capture v1: 16-byte header, protocol type last (LINKTYPE_LINUX_SLL). */
    private void sll(byte[] b, int at, int len, Packet p) {
        if (len < 16) {
            p.violation = Violation.TRUNCATED_LINK_HEADER;
            return;
        }
        int addrLen = Wire.u16be(b, at + 4);
        if (addrLen == 6) {
            p.srcMac = Wire.u48be(b, at + 6);
        }
        cooked(Wire.u16be(b, at + 2), Wire.u16be(b, at + 14), b, at + 16, len - 16, p);
    }

    /** Linux cooked capture v2: 20-byte header, protocol type first (LINKTYPE_LINUX_SLL2). */
    private void sll2(byte[] b, int at, int len, Packet p) {
        if (len < 20) {
            p.violation = Violation.TRUNCATED_LINK_HEADER;
            return;
        }
        int addrLen = Wire.u8(b, at + 11);
        if (addrLen == 6) {
            p.srcMac = Wire.u48be(b, at + 12);
        }
        cooked(Wire.u16be(b, at + 8), Wire.u16be(b, at), b, at + 20, len - 20, p);
    }

    private void cooked(int hardwareType, int protocol, byte[] b, int at, int len, Packet p) {
        // protocol values below 0x0600 are Linux-specific codes (e.g. 4 = 802.2 LLC), not EtherTypes
        if (protocol < 0x0600) {
            p.etherType = Packet.ETHERTYPE_LLC;
            setPayload(p, b, at, len);
            return;
        }
        etherType(protocol, b, at, len, p);
    }

    private void rawIp(byte[] b, int at, int len, Packet p) {
        if (len < 1) {
            p.violation = Violation.TRUNCATED_IP_HEADER;
            return;
        }
        int version = Wire.u8(b, at) >>> 4;
        if (version == 4) {
            p.etherType = ETHERTYPE_IPV4;
            ipv4(b, at, len, p);
        } else if (version == 6) {
            p.etherType = ETHERTYPE_IPV6;
            ipv6(b, at, len, p);
        } else {
            p.violation = Violation.BAD_IP_HEADER;
        }
    }

    /** BSD loopback: a 4-byte address family, host byte order for NULL, network order for LOOP. */
    private void loopback(int linkType, byte[] b, int at, int len, Packet p) {
        if (len < 4) {
            p.violation = Violation.TRUNCATED_LINK_HEADER;
            return;
        }
        long family = linkType == LOOP ? Wire.u32be(b, at) : Wire.u32le(b, at);
        if (linkType == NULL && family > 0xFFFF) {
            family = Wire.u32be(b, at); // written on a big-endian host
        }
        // AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD/OpenBSD), 28 (FreeBSD) or 30 (macOS)
        if (family == 2) {
            p.etherType = ETHERTYPE_IPV4;
            ipv4(b, at + 4, len - 4, p);
        } else if (family == 24 || family == 28 || family == 30 || family == 10) {
            p.etherType = ETHERTYPE_IPV6;
            ipv6(b, at + 4, len - 4, p);
        } else {
            p.violation = Violation.UNKNOWN_LINK_TYPE;
        }
    }

    /** IPv4, RFC 791 section 3.1. */
    private void ipv4(byte[] b, int at, int len, Packet p) {
        if (len < 20) {
            p.violation = Violation.TRUNCATED_IP_HEADER;
            return;
        }
        int vihl = Wire.u8(b, at);
        int headerLength = (vihl & 0x0F) * 4;
        if ((vihl >>> 4) != 4 || headerLength < 20 || headerLength > len) {
            p.violation = Violation.BAD_IP_HEADER;
            return;
        }
        p.ipVersion = 4;
        int total = Wire.u16be(b, at + 2);
        int src = Wire.i32be(b, at + 12);
        int dst = Wire.i32be(b, at + 16);
        p.srcLo = Packet.v4(src);
        p.dstLo = Packet.v4(dst);
        int protocol = Wire.u8(b, at + 9);
        p.ipProtocol = protocol;
        if (total < headerLength) {
            p.violation = Violation.BAD_IP_LENGTH;
            return;
        }
        // the total length trims Ethernet padding; a capture cut short (snaplen) keeps what is there
        int available = Math.min(total, len);
        int flags = Wire.u16be(b, at + 6);
        boolean more = (flags & 0x2000) != 0;
        int fragOffset = (flags & 0x1FFF) * 8;
        if (more || fragOffset != 0) {
            fragments++;
            p.fragment = true;
            if (total > len) {
                return; // a cut fragment cannot complete a datagram
            }
            int slot = defragmenter.add(
                    src,
                    dst,
                    Wire.u16be(b, at + 4),
                    protocol,
                    fragOffset,
                    more,
                    b,
                    at + headerLength,
                    total - headerLength);
            if (slot == Ipv4Defragmenter.OVERFLOW) {
                p.violation = Violation.FRAGMENT_OVERFLOW;
                return;
            }
            if (slot < 0) {
                return;
            }
            p.fragment = false;
            p.reassembled = true;
            transport(protocol, defragmenter.buffer(slot), 0, defragmenter.length(slot), p);
            return;
        }
        transport(protocol, b, at + headerLength, available - headerLength, p);
    }

    /** IPv6, RFC 8200, walking the extension header chain (section 4). */
    private void ipv6(byte[] b, int at, int len, Packet p) {
        if (len < 40) {
            p.violation = Violation.TRUNCATED_IP_HEADER;
            return;
        }
        if ((Wire.u8(b, at) >>> 4) != 6) {
            p.violation = Violation.BAD_IP_HEADER;
            return;
        }
        p.ipVersion = 6;
        p.srcHi = Wire.i64be(b, at + 8);
        p.srcLo = Wire.i64be(b, at + 16);
        p.dstHi = Wire.i64be(b, at + 24);
        p.dstLo = Wire.i64be(b, at + 32);
        int payloadLength = Wire.u16be(b, at + 4);
        int end = at + 40 + Math.min(payloadLength, len - 40);
        int next = Wire.u8(b, at + 6);
        int pos = at + 40;
        for (int i = 0; i < MAX_IPV6_EXTENSIONS; i++) {
            switch (next) {
                case 0, 43, 60 -> { // hop-by-hop, routing, destination options: (len + 1) * 8 bytes
                    if (end - pos < 8) {
                        p.violation = Violation.TRUNCATED_IP_HEADER;
                        return;
                    }
                    int size = (Wire.u8(b, pos + 1) + 1) * 8;
                    next = Wire.u8(b, pos);
                    pos += size;
                    if (pos > end) {
                        p.violation = Violation.TRUNCATED_IP_HEADER;
                        return;
                    }
                }
                case 51 -> { // authentication header: (len + 2) * 4 bytes (RFC 4302)
                    if (end - pos < 8) {
                        p.violation = Violation.TRUNCATED_IP_HEADER;
                        return;
                    }
                    int size = (Wire.u8(b, pos + 1) + 2) * 4;
                    next = Wire.u8(b, pos);
                    pos += size;
                    if (pos > end) {
                        p.violation = Violation.TRUNCATED_IP_HEADER;
                        return;
                    }
                }
                case 44 -> { // fragment header: only an atomic fragment carries a decodable L4 header
                    if (end - pos < 8) {
                        p.violation = Violation.TRUNCATED_IP_HEADER;
                        return;
                    }
                    int offsetFlags = Wire.u16be(b, pos + 2);
                    next = Wire.u8(b, pos);
                    pos += 8;
                    if ((offsetFlags & 0xFFF9) != 0) {
                        p.ipProtocol = next;
                        p.fragment = true;
                        fragments++;
                        return;
                    }
                }
                default -> {
                    p.ipProtocol = next;
                    transport(next, b, pos, end - pos, p);
                    return;
                }
            }
        }
        p.ipProtocol = next;
        p.violation = Violation.BAD_IP_HEADER;
    }

    private static void transport(int protocol, byte[] b, int at, int len, Packet p) {
        switch (protocol) {
            case Packet.IP_TCP -> {
                if (len < 20) {
                    p.violation = Violation.TRUNCATED_TRANSPORT_HEADER;
                    return;
                }
                int headerLength = (Wire.u8(b, at + 12) >>> 4) * 4;
                if (headerLength < 20 || headerLength > len) {
                    p.violation = Violation.BAD_TCP_HEADER;
                    return;
                }
                p.srcPort = Wire.u16be(b, at);
                p.dstPort = Wire.u16be(b, at + 2);
                p.tcpSeq = Wire.u32be(b, at + 4);
                p.tcpAck = Wire.u32be(b, at + 8);
                p.tcpFlags = Wire.u8(b, at + 13);
                setPayload(p, b, at + headerLength, len - headerLength);
            }
            case Packet.IP_UDP -> {
                if (len < 8) {
                    p.violation = Violation.TRUNCATED_TRANSPORT_HEADER;
                    return;
                }
                p.srcPort = Wire.u16be(b, at);
                p.dstPort = Wire.u16be(b, at + 2);
                int udpLength = Wire.u16be(b, at + 4);
                int payload = len - 8;
                // RFC 768: the length covers header and data; trust it only when it fits what was captured
                if (udpLength >= 8 && udpLength - 8 < payload) {
                    payload = udpLength - 8;
                }
                setPayload(p, b, at + 8, payload);
            }
            default -> setPayload(p, b, at, len);
        }
    }

    private static void setPayload(Packet p, byte[] b, int at, int len) {
        p.payloadBuf = b;
        p.payloadOffset = at;
        p.payloadLength = Math.max(0, len);
    }
}
