package io.zonewarden.monitor.traffic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Writes a classic pcap file (LINKTYPE_ETHERNET, microsecond timestamps, little-endian) of Ethernet/IPv4/TCP frames,
 * keeping each TCP connection's sequence numbers so that a reader reassembles the streams.
 */
final class PcapWriter {

    private static final int SYN = 0x02, ACK = 0x10, PSH_ACK = 0x18;

    private final OutputStream out;
    private final ByteBuffer record =
            ByteBuffer.allocate(16 + 14 + 20 + 20 + 65_535).order(ByteOrder.LITTLE_ENDIAN);
    private long micros;
    private long frames;

    PcapWriter(OutputStream out, long startMicros) throws IOException {
        this.out = out;
        this.micros = startMicros;
        var header = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(0xa1b2c3d4)
                .putShort((short) 2)
                .putShort((short) 4)
                .putInt(0)
                .putInt(0)
                .putInt(65_535)
                .putInt(1);
        out.write(header.array());
    }

    long frames() {
        return frames;
    }

    /** One TCP connection: client and server IPv4 addresses and ports, and both sides' next sequence numbers. */
    final class Connection {
        private final int client, server, clientPort, serverPort;
        private int clientSeq = 1000, serverSeq = 5000;

        Connection(int client, int clientPort, int server, int serverPort) throws IOException {
            this.client = client;
            this.server = server;
            this.clientPort = clientPort;
            this.serverPort = serverPort;
            frame(client, clientPort, server, serverPort, clientSeq++, 0, SYN, new byte[0]);
            frame(server, serverPort, client, clientPort, serverSeq++, clientSeq, SYN | ACK, new byte[0]);
            frame(client, clientPort, server, serverPort, clientSeq, serverSeq, ACK, new byte[0]);
        }

        void request(byte[] payload) throws IOException {
            frame(client, clientPort, server, serverPort, clientSeq, serverSeq, PSH_ACK, payload);
            clientSeq += payload.length;
        }

        void response(byte[] payload) throws IOException {
            frame(server, serverPort, client, clientPort, serverSeq, clientSeq, PSH_ACK, payload);
            serverSeq += payload.length;
        }
    }

    private void frame(int src, int sport, int dst, int dport, int seq, int ack, int flags, byte[] payload)
            throws IOException {
        int length = 14 + 20 + 20 + payload.length;
        micros += 1_000; // a millisecond apart: a believable poll cycle
        var b = record.clear();
        b.order(ByteOrder.LITTLE_ENDIAN)
                .putInt((int) (micros / 1_000_000))
                .putInt((int) (micros % 1_000_000))
                .putInt(length)
                .putInt(length);
        b.order(ByteOrder.BIG_ENDIAN);
        mac(b, dst);
        mac(b, src);
        b.putShort((short) 0x0800);
        int ip = b.position();
        b.put((byte) 0x45)
                .put((byte) 0)
                .putShort((short) (40 + payload.length))
                .putShort((short) frames)
                .putShort((short) 0x4000)
                .put((byte) 64)
                .put((byte) 6)
                .putShort((short) 0)
                .putInt(src)
                .putInt(dst);
        b.putShort(ip + 10, checksum(b, ip, 20));
        b.putShort((short) sport)
                .putShort((short) dport)
                .putInt(seq)
                .putInt(ack)
                .put((byte) 0x50)
                .put((byte) flags)
                .putShort((short) 64_240)
                .putShort((short) 0)
                .putShort((short) 0);
        b.put(payload);
        out.write(b.array(), 0, b.position());
        frames++;
    }

    /** A locally administered MAC address derived from the IPv4 address: 02:00 and the four address bytes. */
    private static void mac(ByteBuffer b, int ip) {
        b.put((byte) 0x02).put((byte) 0).putInt(ip);
    }

    /** The IPv4 header checksum (RFC 791): ones' complement of the ones' complement sum of 16-bit words. */
    private static short checksum(ByteBuffer b, int offset, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 2) sum += b.getShort(offset + i) & 0xFFFF;
        while ((sum >>> 16) != 0) sum = (sum & 0xFFFF) + (sum >>> 16);
        return (short) ~sum;
    }
}
