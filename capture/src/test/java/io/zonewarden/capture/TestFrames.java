package io.zonewarden.capture;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Builds frames (Ethernet, IPv4, IPv6, TCP, UDP) and capture files (pcap, pcapng) for tests. */
public final class TestFrames {
    private TestFrames() {}

    public static final long CLIENT_MAC = 0x0000BC3EEBE4L; // Rockwell Automation OUI 00:00:BC
    public static final long SERVER_MAC = 0x080006112233L; // Siemens OUI 08:00:06
    public static final int CLIENT_IP = 0xC0A80A69, SERVER_IP = 0xC0A80A78;

    /** A frame with its timestamp, as one capture record. */
    public record Record(long timestampNanos, byte[] data) {}

    public static byte[] ethernet(long dst, long src, int etherType, byte[] payload, int... vlanTags) {
        var b = ByteBuffer.allocate(14 + 4 * vlanTags.length + payload.length);
        b.put(mac(dst)).put(mac(src));
        for (int tag : vlanTags) {
            b.putShort((short) (tag >>> 16)).putShort((short) tag); // TPID << 16 | TCI
        }
        b.putShort((short) etherType).put(payload);
        return b.array();
    }

    static byte[] mac(long mac) {
        var m = new byte[6];
        for (int i = 0; i < 6; i++) {
            m[i] = (byte) (mac >>> (40 - 8 * i));
        }
        return m;
    }

    public static byte[] ipv4(int src, int dst, int protocol, byte[] payload) {
        return ipv4Fragment(src, dst, 1, protocol, 0, false, payload);
    }

    /** An IPv4 packet or fragment; {@code offset} in bytes (a multiple of 8). */
    public static byte[] ipv4Fragment(
            int src, int dst, int id, int protocol, int offset, boolean more, byte[] payload) {
        var b = ByteBuffer.allocate(20 + payload.length);
        b.put((byte) 0x45).put((byte) 0).putShort((short) (20 + payload.length)).putShort((short) id);
        b.putShort((short) ((more ? 0x2000 : 0) | (offset / 8)));
        b.put((byte) 64)
                .put((byte) protocol)
                .putShort((short) 0)
                .putInt(src)
                .putInt(dst)
                .put(payload);
        return b.array();
    }

    /** IPv6 with a hop-by-hop and a destination options header before the transport header. */
    public static byte[] ipv6WithExtensions(long srcLo, long dstLo, int protocol, byte[] payload) {
        var b = ByteBuffer.allocate(40 + 16 + payload.length);
        b.putInt(0x60000000)
                .putShort((short) (16 + payload.length))
                .put((byte) 0)
                .put((byte) 64);
        b.putLong(0x20010DB800000000L)
                .putLong(srcLo)
                .putLong(0x20010DB800000000L)
                .putLong(dstLo);
        b.put((byte) 60).put((byte) 0).put(new byte[6]); // hop-by-hop, next: destination options, 8 bytes
        b.put((byte) protocol).put((byte) 0).put(new byte[6]); // destination options, 8 bytes
        return b.put(payload).array();
    }

    public static byte[] tcp(int srcPort, int dstPort, long seq, long ack, int flags, byte[] payload) {
        var b = ByteBuffer.allocate(20 + payload.length);
        b.putShort((short) srcPort).putShort((short) dstPort).putInt((int) seq).putInt((int) ack);
        b.put((byte) 0x50).put((byte) flags).putShort((short) 8192).putInt(0).put(payload);
        return b.array();
    }

    public static byte[] udp(int srcPort, int dstPort, byte[] payload) {
        var b = ByteBuffer.allocate(8 + payload.length);
        b.putShort((short) srcPort)
                .putShort((short) dstPort)
                .putShort((short) (8 + payload.length))
                .putShort((short) 0);
        return b.put(payload).array();
    }

    /** An Ethernet/IPv4/TCP frame from the client to the server or back. */
    public static byte[] tcpFrame(
            boolean toServer, int clientPort, int serverPort, long seq, long ack, int flags, byte[] payload) {
        byte[] segment = toServer
                ? tcp(clientPort, serverPort, seq, ack, flags, payload)
                : tcp(serverPort, clientPort, seq, ack, flags, payload);
        byte[] ip = toServer ? ipv4(CLIENT_IP, SERVER_IP, 6, segment) : ipv4(SERVER_IP, CLIENT_IP, 6, segment);
        return toServer ? ethernet(SERVER_MAC, CLIENT_MAC, 0x0800, ip) : ethernet(CLIENT_MAC, SERVER_MAC, 0x0800, ip);
    }

    public static byte[] udpFrame(boolean toServer, int clientPort, int serverPort, byte[] payload) {
        byte[] datagram = toServer ? udp(clientPort, serverPort, payload) : udp(serverPort, clientPort, payload);
        byte[] ip = toServer ? ipv4(CLIENT_IP, SERVER_IP, 17, datagram) : ipv4(SERVER_IP, CLIENT_IP, 17, datagram);
        return toServer ? ethernet(SERVER_MAC, CLIENT_MAC, 0x0800, ip) : ethernet(CLIENT_MAC, SERVER_MAC, 0x0800, ip);
    }

    /** A classic pcap file. */
    public static byte[] pcap(boolean littleEndian, boolean nano, int linkType, List<Record> records) {
        var out = new ByteArrayOutputStream();
        var order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
        var header = ByteBuffer.allocate(24).order(order);
        header.putInt(nano ? 0xA1B23C4D : 0xA1B2C3D4).putShort((short) 2).putShort((short) 4);
        header.putInt(0).putInt(0).putInt(262144).putInt(linkType);
        out.writeBytes(header.array());
        for (var r : records) {
            var h = ByteBuffer.allocate(16).order(order);
            long seconds = r.timestampNanos() / 1_000_000_000L;
            long fraction = r.timestampNanos() % 1_000_000_000L;
            h.putInt((int) seconds).putInt((int) (nano ? fraction : fraction / 1000));
            h.putInt(r.data().length).putInt(r.data().length);
            out.writeBytes(h.array());
            out.writeBytes(r.data());
        }
        return out.toByteArray();
    }

    /** Builds pcapng blocks in one byte order. */
    public static final class Pcapng {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private ByteOrder order = ByteOrder.LITTLE_ENDIAN;

        public Pcapng section(boolean littleEndian) {
            order = littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
            var body = ByteBuffer.allocate(16).order(order);
            body.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
            return block(0x0A0D0D0A, body.array());
        }

        /** An interface; {@code tsresol} as the if_tsresol option byte (6 = microseconds), or -1 for none. */
        public Pcapng iface(int linkType, int tsresol) {
            var body = ByteBuffer.allocate(tsresol >= 0 ? 8 + 8 + 4 : 8).order(order);
            body.putShort((short) linkType).putShort((short) 0).putInt(262144);
            if (tsresol >= 0) {
                body.putShort((short) 9).putShort((short) 1).put((byte) tsresol).put(new byte[3]);
                body.putShort((short) 0).putShort((short) 0);
            }
            return block(1, body.array());
        }

        public Pcapng enhanced(int iface, long timestampUnits, byte[] data) {
            var body = ByteBuffer.allocate(20 + pad(data.length)).order(order);
            body.putInt(iface).putInt((int) (timestampUnits >>> 32)).putInt((int) timestampUnits);
            body.putInt(data.length).putInt(data.length).put(data);
            return block(6, body.array());
        }

        public Pcapng simple(byte[] data) {
            var body = ByteBuffer.allocate(4 + pad(data.length)).order(order);
            body.putInt(data.length).put(data);
            return block(3, body.array());
        }

        public Pcapng nameResolution() {
            var body = ByteBuffer.allocate(16).order(order);
            body.putShort((short) 1)
                    .putShort((short) 8)
                    .putInt(0x0A000001)
                    .put("h1\0\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            body.putShort((short) 0).putShort((short) 0);
            return block(4, body.array());
        }

        public Pcapng block(int type, byte[] body) {
            var b = ByteBuffer.allocate(12 + body.length).order(order);
            b.putInt(type).putInt(12 + body.length).put(body).putInt(12 + body.length);
            out.writeBytes(b.array());
            return this;
        }

        public byte[] bytes() {
            return out.toByteArray();
        }

        private static int pad(int n) {
            return (n + 3) & ~3;
        }
    }

    public static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
