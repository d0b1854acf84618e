package io.zonewarden.capture.dissect.iec104;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * IEC 60870-5-104 APDU (clause 5.1): start 0x68, APDU length (control field + ASDU, 4..253), control field (4), ASDU.
 * The ASDU (clause 8 with IEC 60870-5-101 7.2): type id, VSQ, two-octet cause of transmission (cause, P/N and test
 * bits; originator address), two-octet common address, little-endian.
 */
public final class Iec104Dissector extends StreamFraming {
    public static final int PORT = 2404;
    static final int APCI = 6;
    private static final int START = 0x68;

    /** Wireshark frames 104 traffic without a start check: any segment on the port is an APDU stream. */
    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available > 0;
    }

    /**
     * Like Wireshark's get_iec104apdu_len: the start octet is looked for in the first five octets, skipping noise,
     * and the PDU runs to its length; without a start octet the rest of the segment is one (bad) PDU.
     */
    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < APCI) {
            return NEED_MORE;
        }
        for (int skip = 0; skip <= APCI - 2; skip++) {
            if (Wire.u8(buf, offset + skip) == START) {
                return skip + 2 + Wire.u8(buf, offset + skip + 1);
            }
        }
        return available;
    }

    public void dissect(byte[] buf, int offset, int length, Iec104Sink sink) {
        int start = -1;
        for (int skip = 0; skip <= APCI - 2 && skip < length; skip++) {
            if (Wire.u8(buf, offset + skip) == START) {
                start = offset + skip;
                break;
            }
        }
        int end = offset + length;
        if (start < 0 || end - start < APCI) {
            sink.violation(Violation.BAD_IEC104_APCI, offset);
            return;
        }
        int apduLength = Wire.u8(buf, start + 1);
        if (apduLength < 4 || start + 2 + apduLength > end) {
            sink.violation(Violation.BAD_IEC104_APCI, start + 1);
            return;
        }
        int control = Wire.u8(buf, start + 2);
        if ((control & 0x01) == 0) {
            int asdu = start + APCI;
            if (apduLength < 4 + 6) {
                sink.violation(Violation.TRUNCATED_PDU, asdu);
                return;
            }
            int cot = Wire.u8(buf, asdu + 2);
            sink.iec104I(
                    Wire.u8(buf, asdu), cot & 0x3F, (cot & 0x40) != 0, (cot & 0x80) != 0, Wire.u16le(buf, asdu + 4));
        } else if ((control & 0x03) == 0x01) {
            sink.iec104S(Wire.u16le(buf, start + 4) >>> 1);
        } else {
            sink.iec104U(control & 0xFC);
        }
    }
}
