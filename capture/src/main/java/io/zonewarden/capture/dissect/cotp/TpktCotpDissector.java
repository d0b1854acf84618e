package io.zonewarden.capture.dissect.cotp;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * TPKT (RFC 1006 section 6: version 3, reserved 0, 16-bit length including the 4-byte header) carrying one COTP
 * TPDU (X.224 section 13: length indicator, TPDU code, fixed and variable part, user data).
 */
public final class TpktCotpDissector extends StreamFraming {
    public static final int PORT = 102;
    public static final int TPDU_DT = 0xF, TPDU_CR = 0xE, TPDU_CC = 0xD, TPDU_DR = 0x8, TPDU_ED = 0x1;
    static final int TPKT_SIZE = 4;

    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available >= TPKT_SIZE && Wire.u8(buf, offset) == 3 && Wire.u8(buf, offset + 1) == 0;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < TPKT_SIZE) {
            return NEED_MORE;
        }
        int length = Wire.u16be(buf, offset + 2);
        return Wire.u8(buf, offset) != 3 || length < TPKT_SIZE ? DESYNC : length;
    }

    /** Dissects one complete TPKT of {@code length} bytes. */
    public void dissect(byte[] buf, int offset, int length, CotpSink sink) {
        if (length < TPKT_SIZE + 2) {
            sink.violation(Violation.BAD_TPKT_HEADER, offset);
            return;
        }
        int li = Wire.u8(buf, offset + TPKT_SIZE);
        int cotpEnd = offset + TPKT_SIZE + 1 + li;
        if (li < 1 || cotpEnd > offset + length) {
            sink.violation(Violation.BAD_COTP_HEADER, offset + TPKT_SIZE);
            return;
        }
        int type = Wire.u8(buf, offset + TPKT_SIZE + 1) >>> 4;
        boolean eot = false;
        if (type == TPDU_DT) {
            // class 0 DT: LI = 2, then TPDU-NR with the EOT flag in its high bit (X.224 13.7.3)
            eot = li >= 2 && (Wire.u8(buf, offset + TPKT_SIZE + 2) & 0x80) != 0;
        }
        sink.cotp(type, eot, buf, cotpEnd, offset + length - cotpEnd);
    }
}
