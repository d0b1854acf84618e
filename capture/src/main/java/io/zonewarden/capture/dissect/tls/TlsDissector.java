package io.zonewarden.capture.dissect.tls;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Wire;

/**
 * TLS record header: content type (20 change_cipher_spec, 21 alert, 22 handshake, 23 application_data), legacy
 * version 0x03xx, 16-bit length. A handshake record holding a ClientHello (type 1) is walked to its extensions for
 * server_name (type 0). Stateless.
 *
 * <p>Framing follows Wireshark's TLS dissector: a segment that starts with a record header is cut into records (a
 * record longer than the segment is reassembled); bytes that do not start with a record header, as in a capture that
 * begins inside a record, are "continuation data" to the end of the segment, still TLS.
 */
public final class TlsDissector extends StreamFraming {
    public static final int PORT = 443;
    static final int HEADER = 5;

    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available > 0;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < HEADER) {
            return NEED_MORE;
        }
        return isRecordHeader(buf, offset) ? HEADER + Wire.u16be(buf, offset + 3) : available;
    }

    /** Content type 20..24 (RFC 8446 5.1, RFC 6520 heartbeat) and a legacy version 3.0 to 3.4. */
    static boolean isRecordHeader(byte[] buf, int offset) {
        int type = Wire.u8(buf, offset);
        return type >= 20 && type <= 24 && Wire.u8(buf, offset + 1) == 3 && Wire.u8(buf, offset + 2) <= 4;
    }

    /** Returns true when the bytes start with a TLS record header (else they are continuation data). */
    public boolean dissect(byte[] buf, int offset, int length, TlsSink sink) {
        if (length < 5) {
            return false;
        }
        if (!isRecordHeader(buf, offset)) {
            return false;
        }
        int type = Wire.u8(buf, offset);
        if (type == 22 && length >= 9 && Wire.u8(buf, offset + 5) == 1) {
            clientHello(buf, offset + 9, offset + length, sink);
        }
        return true;
    }

    private static void clientHello(byte[] buf, int pos, int end, TlsSink sink) {
        pos += 2 + 32; // client version, random
        if (pos + 1 > end) {
            return;
        }
        pos += 1 + Wire.u8(buf, pos); // session id
        if (pos + 2 > end) {
            return;
        }
        pos += 2 + Wire.u16be(buf, pos); // cipher suites
        if (pos + 1 > end) {
            return;
        }
        pos += 1 + Wire.u8(buf, pos); // compression methods
        if (pos + 2 > end) {
            return;
        }
        int extensionsEnd = Math.min(end, pos + 2 + Wire.u16be(buf, pos));
        pos += 2;
        for (int i = 0; i < 64 && pos + 4 <= extensionsEnd; i++) {
            int type = Wire.u16be(buf, pos);
            int length = Wire.u16be(buf, pos + 2);
            int data = pos + 4;
            if (data + length > extensionsEnd) {
                return;
            }
            // server_name: list length (2), name type (1, 0 = host_name), name length (2), name
            if (type == 0 && length >= 5 && Wire.u8(buf, data + 2) == 0) {
                int nameLength = Wire.u16be(buf, data + 3);
                if (data + 5 + nameLength <= data + length) {
                    sink.tlsServerName(Wire.ascii(buf, data + 5, Math.min(nameLength, 255)));
                }
                return;
            }
            pos = data + length;
        }
    }
}
