package io.zonewarden.capture.dissect.dnp3;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * DNP3 data link frame (IEEE 1815-2012 clause 9.2.4): 0x05 0x64, length (control + addresses + user data, at least
 * 5), control, destination and source (little-endian), header CRC; then user data in blocks of up to 16 bytes, each
 * followed by its CRC. The first user data octet is the transport header (clause 8.2: FIN 0x80, FIR 0x40, sequence).
 *
 * <p>Stateless: transport reassembly state lives in a {@link Dnp3Transport} owned by the caller, one per direction.
 */
public final class Dnp3Dissector extends StreamFraming {
    public static final int PORT = 20000;
    static final int HEADER = 10;
    private static final int[] CRC_TABLE = new int[256];

    static {
        // DNP3 CRC: polynomial x^16+x^13+x^12+x^11+x^10+x^8+x^6+x^5+x^2+1 (0x3D65), processed LSB first (0xA6BC)
        for (int i = 0; i < 256; i++) {
            int crc = i;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xA6BC : crc >>> 1;
            }
            CRC_TABLE[i] = crc;
        }
    }

    /** The ones' complement CRC over {@code [at, at + length)}, as transmitted (low octet first). */
    static int crc(byte[] buf, int at, int length) {
        int crc = 0;
        for (int i = 0; i < length; i++) {
            crc = (crc >>> 8) ^ CRC_TABLE[(crc ^ Wire.u8(buf, at + i)) & 0xFF];
        }
        return ~crc & 0xFFFF;
    }

    /** Start octets 0x05 0x64, a length of at least 5 and a correct header CRC: Wireshark's check_dnp3_header. */
    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available >= HEADER
                && Wire.u8(buf, offset) == 0x05
                && Wire.u8(buf, offset + 1) == 0x64
                && Wire.u8(buf, offset + 2) >= 5
                && crc(buf, offset, 8) == Wire.u16le(buf, offset + 8);
    }

    /** Header, then the user data (length - 5 octets) with a 2-octet CRC per started 16-octet block. */
    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < 3) {
            return NEED_MORE;
        }
        int userData = Wire.u8(buf, offset + 2) - 5;
        if (userData < 0) {
            return DESYNC; // a length below 5 cannot hold control and addresses: the rest of the segment is lost
        }
        return HEADER + userData + 2 * ((userData + 15) / 16);
    }

    /**
     * Dissects one link frame of {@code length} bytes; user data of a frame with good CRCs goes to {@code transport}
     * (when not null), which reports completed application fragments.
     */
    public void dissect(byte[] buf, int offset, int length, Dnp3Sink sink, Dnp3Transport transport) {
        if (length < HEADER || Wire.u8(buf, offset) != 0x05 || Wire.u8(buf, offset + 1) != 0x64) {
            sink.violation(Violation.BAD_DNP3_LINK_HEADER, offset);
            return;
        }
        if (crc(buf, offset, 8) != Wire.u16le(buf, offset + 8)) {
            sink.violation(Violation.BAD_DNP3_CRC, offset + 8);
            return;
        }
        int control = Wire.u8(buf, offset + 3);
        int destination = Wire.u16le(buf, offset + 4);
        int source = Wire.u16le(buf, offset + 6);
        boolean primary = (control & 0x40) != 0;
        sink.dnp3Link(source, destination, (control & 0x80) != 0, primary, control & 0x0F);
        int userData = Wire.u8(buf, offset + 2) - 5;
        // only primary UNCONFIRMED/CONFIRMED USER DATA (functions 4 and 3) carry transport segments
        int function = control & 0x0F;
        if (userData <= 0 || !primary || (function != 3 && function != 4)) {
            return;
        }
        int pos = offset + HEADER;
        int end = offset + length;
        int remaining = userData;
        boolean first = true;
        while (remaining > 0) {
            int block = Math.min(16, remaining);
            if (pos + block + 2 > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                transport.reset();
                return;
            }
            if (crc(buf, pos, block) != Wire.u16le(buf, pos + block)) {
                sink.violation(Violation.BAD_DNP3_CRC, pos + block);
                transport.reset();
                return;
            }
            if (first) {
                transport.begin(Wire.u8(buf, pos), buf, pos + 1, block - 1, sink);
                first = false;
            } else {
                transport.append(buf, pos, block);
            }
            pos += block + 2;
            remaining -= block;
        }
        transport.end(sink);
    }

    /** Dissects a complete application fragment (clause 4.2.2): control, function, and IIN for responses. */
    static void application(byte[] fragment, int length, Dnp3Sink sink) {
        if (length < 2) {
            sink.violation(Violation.TRUNCATED_PDU, 0);
            return;
        }
        int function = fragment[1] & 0xFF;
        int iin = -1;
        if (function >= 0x81 && function <= 0x83 && length >= 4) {
            iin = (fragment[2] & 0xFF) << 8 | (fragment[3] & 0xFF);
        }
        sink.dnp3Application(function, iin);
    }
}
