package io.zonewarden.monitor.traffic;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Application payloads for the generator, laid out as the protocol specifications say (each method cites its). */
final class Payloads {

    private static final HexFormat HEX = HexFormat.of();

    private Payloads() {}

    /** Modbus/TCP ADU (Messaging on TCP/IP Implementation Guide 1.0b, 3.1.3): MBAP header, function, data. */
    static byte[] modbus(int transaction, int function, String dataHex) {
        byte[] data = HEX.parseHex(dataHex);
        var b = ByteBuffer.allocate(8 + data.length).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) transaction)
                .putShort((short) 0)
                .putShort((short) (2 + data.length))
                .put((byte) 1)
                .put((byte) function)
                .put(data);
        return b.array();
    }

    // S7comm over TPKT (RFC 1006) and COTP data (ISO 8073); the frames are those of public captures.
    static final byte[] S7_READ_VAR = HEX.parseHex("0300001f02f080320100003106000e00000401120a10020001000081000000");
    static final byte[] S7_READ_VAR_ACK = HEX.parseHex("0300001a02f0803203000031060002000500000401ff04000800");
    static final byte[] S7_PLC_STOP =
            HEX.parseHex("0300002102f0803201000000020010000029000000000009505f50524f4752414d");
    static final byte[] S7_PLC_STOP_ACK = HEX.parseHex("0300001402f08032030000000200010000000029");
    static final byte[] S7_REQUEST_DOWNLOAD = HEX.parseHex(
            "0300003102f080320100007700002000001a00010000000000095f30423030303037500d31303030303934303030303232");
    static final byte[] S7_REQUEST_DOWNLOAD_ACK = HEX.parseHex("0300001402f0803203000077000001000000001a");

    /**
     * A DNP3 read of class 1, 2 and 3 data (IEEE 1815-2012): link header (start 0x0564, length, control, destination,
     * source, CRC), then the transport and application bytes in blocks of up to 16 with a CRC each.
     */
    static byte[] dnp3(boolean request, int sequence) {
        byte[] user = request
                ? new byte[] {
                    (byte) (0xC0 | sequence),
                    (byte) (0xC0 | sequence),
                    0x01,
                    0x3C,
                    0x02,
                    0x06,
                    0x3C,
                    0x03,
                    0x06,
                    0x3C,
                    0x04,
                    0x06
                }
                : new byte[] {(byte) (0xC0 | sequence), (byte) (0xC0 | sequence), (byte) 0x81, 0x00, 0x00};
        int control = request ? 0xC4 : 0x44; // DIR and PRM from the master; PRM from the outstation; unconfirmed data
        var header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) 0x05)
                .put((byte) 0x64)
                .put((byte) (5 + user.length))
                .put((byte) control)
                .putShort((short) (request ? 10 : 1))
                .putShort((short) (request ? 1 : 10));
        header.putShort(8, crc(header.array(), 0, 8));
        int blocks = (user.length + 15) / 16;
        var out = ByteBuffer.allocate(10 + user.length + 2 * blocks).order(ByteOrder.LITTLE_ENDIAN);
        out.put(header.array());
        for (int i = 0; i < user.length; i += 16) {
            int n = Math.min(16, user.length - i);
            out.put(user, i, n);
            out.putShort(crc(user, i, n));
        }
        return out.array();
    }

    /** CRC-16/DNP: polynomial 0x3D65 reflected (0xA6BC), initial 0, result complemented (IEEE 1815 9.2.2). */
    static short crc(byte[] data, int offset, int length) {
        int crc = 0;
        for (int i = offset; i < offset + length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA6BC : crc >>> 1;
        }
        return (short) ~crc;
    }

    /** OPC UA Hello and Acknowledge (OPC 10000-6, 7.1.2): the transport handshake every connection begins with. */
    static byte[] opcUaHello(String endpoint) {
        byte[] url = endpoint.getBytes(StandardCharsets.UTF_8);
        var b = ByteBuffer.allocate(32 + url.length).order(ByteOrder.LITTLE_ENDIAN);
        b.put("HELF".getBytes(StandardCharsets.US_ASCII))
                .putInt(32 + url.length)
                .putInt(0)
                .putInt(65_536)
                .putInt(65_536)
                .putInt(0)
                .putInt(0)
                .putInt(url.length)
                .put(url);
        return b.array();
    }

    static byte[] opcUaAcknowledge() {
        var b = ByteBuffer.allocate(28).order(ByteOrder.LITTLE_ENDIAN);
        b.put("ACKF".getBytes(StandardCharsets.US_ASCII))
                .putInt(28)
                .putInt(0)
                .putInt(65_536)
                .putInt(65_536)
                .putInt(0)
                .putInt(0);
        return b.array();
    }

    /** A TLS 1.2 record of a ClientHello with a server name (RFC 5246 7.4.1.2, RFC 6066 3). */
    static byte[] tlsClientHello(String serverName) {
        byte[] name = serverName.getBytes(StandardCharsets.US_ASCII);
        int sni = 2 + 1 + 2 + name.length; // list length, type, name length, name
        int extensions = 4 + sni;
        int body = 2 + 32 + 1 + 2 + 2 + 1 + 1 + 2 + extensions;
        var b = ByteBuffer.allocate(5 + 4 + body).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x16).putShort((short) 0x0303).putShort((short) (4 + body));
        b.put((byte) 1).put((byte) 0).putShort((short) body);
        b.putShort((short) 0x0303).put(new byte[32]).put((byte) 0);
        b.putShort((short) 2).putShort((short) 0xC02F).put((byte) 1).put((byte) 0);
        b.putShort((short) extensions).putShort((short) 0).putShort((short) sni);
        b.putShort((short) (sni - 2))
                .put((byte) 0)
                .putShort((short) name.length)
                .put(name);
        return b.array();
    }

    /** A TLS 1.2 ServerHello record (RFC 5246 7.4.1.3). */
    static byte[] tlsServerHello() {
        int body = 2 + 32 + 1 + 2 + 1;
        var b = ByteBuffer.allocate(5 + 4 + body).order(ByteOrder.BIG_ENDIAN);
        b.put((byte) 0x16).putShort((short) 0x0303).putShort((short) (4 + body));
        b.put((byte) 2).put((byte) 0).putShort((short) body);
        b.putShort((short) 0x0303)
                .put(new byte[32])
                .put((byte) 0)
                .putShort((short) 0xC02F)
                .put((byte) 0);
        return b.array();
    }

    /** Bytes of a protocol the generator does not synthesise: recognisable, and no protocol's header. */
    static byte[] opaque(int round) {
        return ("ZoneWarden test traffic " + round + "\n").getBytes(StandardCharsets.US_ASCII);
    }
}
