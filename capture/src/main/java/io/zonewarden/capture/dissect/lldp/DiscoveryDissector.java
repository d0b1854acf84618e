package io.zonewarden.capture.dissect.lldp;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * LLDPDU (IEEE 802.1AB-2016 8.4 and 8.5): TLVs of a 7-bit type and a 9-bit length, ending with type 0; port
 * description (4), system name (5) and system description (6) are text. CDP (Cisco, version 1/2): version, TTL and
 * checksum, then TLVs of a 16-bit type and a 16-bit length that includes the 4-byte header; device ID (1), port ID (3)
 * and platform (6) are text. Stateless; strings are made, so call it for the first frame of a station only.
 */
public final class DiscoveryDissector {
    private static final int MAX_TLVS = 64, MAX_TEXT = 255;

    public void lldp(byte[] buf, int offset, int length, DiscoverySink sink) {
        int pos = offset;
        int end = offset + length;
        for (int i = 0; i < MAX_TLVS && pos + 2 <= end; i++) {
            int header = Wire.u16be(buf, pos);
            int type = header >>> 9;
            int len = header & 0x1FF;
            if (type == 0) {
                return;
            }
            if (pos + 2 + len > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return;
            }
            String field = switch (type) {
                case 4 -> "port";
                case 5 -> "system_name";
                case 6 -> "system_description";
                default -> "";
            };
            if (!field.isEmpty() && len > 0) {
                sink.announced(
                        field, Wire.ascii(buf, pos + 2, Math.min(len, MAX_TEXT)).trim());
            }
            pos += 2 + len;
        }
    }

    public void cdp(byte[] buf, int offset, int length, DiscoverySink sink) {
        int pos = offset + 4;
        int end = offset + length;
        for (int i = 0; i < MAX_TLVS && pos + 4 <= end; i++) {
            int type = Wire.u16be(buf, pos);
            int len = Wire.u16be(buf, pos + 2);
            if (len < 4 || pos + len > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return;
            }
            String field = switch (type) {
                case 1 -> "system_name";
                case 3 -> "port";
                case 6 -> "platform";
                default -> "";
            };
            if (!field.isEmpty() && len > 4) {
                sink.announced(
                        field,
                        Wire.ascii(buf, pos + 4, Math.min(len - 4, MAX_TEXT)).trim());
            }
            pos += len;
        }
    }
}
