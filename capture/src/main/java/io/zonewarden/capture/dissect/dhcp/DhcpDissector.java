package io.zonewarden.capture.dissect.dhcp;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * DHCP message (RFC 2131 section 2): op (1 request, 2 reply), htype, hlen, ..., chaddr at offset 28, the magic cookie
 * 99.130.83.99 at 236, then options as code, length, value (RFC 2132; 0 pad, 255 end). Only client messages (op 1)
 * with an Ethernet hardware address are read. Stateless; allocates nothing.
 */
public final class DhcpDissector {
    public static final int HOST_NAME = 12, VENDOR_CLASS = 60;
    private static final int COOKIE = 0x63825363, OPTIONS = 240, MAX_OPTIONS = 64;

    public void dissect(byte[] buf, int offset, int length, DhcpSink sink) {
        if (length < OPTIONS) {
            if (length > 0) {
                sink.violation(Violation.TRUNCATED_PDU, offset);
            }
            return;
        }
        if (Wire.i32be(buf, offset + 236) != COOKIE) {
            return; // plain BOOTP
        }
        if (Wire.u8(buf, offset) != 1 || Wire.u8(buf, offset + 1) != 1 || Wire.u8(buf, offset + 2) != 6) {
            return;
        }
        long mac = Wire.u48be(buf, offset + 28);
        int pos = offset + OPTIONS;
        int end = offset + length;
        for (int i = 0; i < MAX_OPTIONS && pos < end; i++) {
            int code = Wire.u8(buf, pos);
            if (code == 255) {
                return;
            }
            if (code == 0) {
                pos++;
                continue;
            }
            if (pos + 2 > end || pos + 2 + Wire.u8(buf, pos + 1) > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return;
            }
            int len = Wire.u8(buf, pos + 1);
            if ((code == HOST_NAME || code == VENDOR_CLASS) && len > 0) {
                sink.dhcpClientOption(mac, code, buf, pos + 2, len);
            }
            pos += 2 + len;
        }
    }
}
