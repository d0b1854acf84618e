package io.zonewarden.capture.dissect.bacnet;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * BACnet/IP datagram: BVLC header (Annex J.2: type 0x81, function, 16-bit length of the whole BVLL message), for
 * Forwarded-NPDU six octets of original B/IP address, then the NPDU (clause 6.2: version 1, control, optional
 * DNET/DLEN/DADR, SNET/SLEN/SADR, hop count, message type for network messages) and the APDU. Stateless.
 */
public final class BvlcDissector {
    public static final int PORT = 47808;
    private static final int TYPE_BIP = 0x81;
    private static final int FORWARDED_NPDU = 0x04, DISTRIBUTE_BROADCAST = 0x09;
    private static final int ORIGINAL_UNICAST = 0x0A, ORIGINAL_BROADCAST = 0x0B;

    /** Returns true when the datagram was a BVLC message (whatever it carried). */
    public boolean dissect(byte[] buf, int offset, int length, BacnetSink sink) {
        if (length < 4 || Wire.u8(buf, offset) != TYPE_BIP) {
            return false;
        }
        int function = Wire.u8(buf, offset + 1);
        int bvlcLength = Wire.u16be(buf, offset + 2);
        if (function > 0x0C || bvlcLength < 4) {
            return false;
        }
        sink.bvlc(function);
        int end = offset + Math.min(length, bvlcLength);
        int npdu;
        switch (function) {
            case FORWARDED_NPDU -> npdu = offset + 10;
            case ORIGINAL_UNICAST, ORIGINAL_BROADCAST, DISTRIBUTE_BROADCAST -> npdu = offset + 4;
            default -> {
                return true;
            }
        }
        if (npdu + 2 > end) {
            sink.violation(Violation.BAD_BVLC_HEADER, offset);
            return true;
        }
        npdu(buf, npdu, end, sink);
        return true;
    }

    private static void npdu(byte[] buf, int at, int end, BacnetSink sink) {
        if (Wire.u8(buf, at) != 0x01) {
            sink.violation(Violation.BAD_NPDU, at);
            return;
        }
        int control = Wire.u8(buf, at + 1);
        int pos = at + 2;
        if ((control & 0x20) != 0) { // DNET, DLEN, DADR
            if (pos + 3 > end) {
                sink.violation(Violation.BAD_NPDU, pos);
                return;
            }
            pos += 3 + Wire.u8(buf, pos + 2);
        }
        if ((control & 0x08) != 0) { // SNET, SLEN, SADR
            if (pos + 3 > end) {
                sink.violation(Violation.BAD_NPDU, pos);
                return;
            }
            pos += 3 + Wire.u8(buf, pos + 2);
        }
        if ((control & 0x20) != 0) {
            pos += 1; // hop count
        }
        if ((control & 0x80) != 0 || pos >= end) {
            return; // network layer message: no APDU
        }
        apdu(buf, pos, end, sink);
    }

    private static void apdu(byte[] buf, int at, int end, BacnetSink sink) {
        int first = Wire.u8(buf, at);
        int type = first >>> 4;
        int serviceAt = switch (type) {
            case 0 -> at + ((first & 0x08) != 0 ? 5 : 3); // segmented requests carry sequence and window
            case 1 -> at + 1;
            case 2, 5 -> at + 2;
            case 3 -> at + ((first & 0x08) != 0 ? 4 : 2);
            default -> -1;
        };
        int service = serviceAt >= 0 && serviceAt < end ? Wire.u8(buf, serviceAt) : -1;
        if (serviceAt >= end) {
            sink.violation(Violation.TRUNCATED_PDU, at);
        }
        sink.bacnetApdu(type, service);
        if (type == 1 && service == 0) {
            iAm(buf, serviceAt + 1, end, sink);
        }
    }

    /** I-Am: application-tagged object identifier (tag 12, length 4: 0xC4), max APDU, segmentation, vendor id. */
    private static void iAm(byte[] buf, int at, int end, BacnetSink sink) {
        if (at + 5 > end || Wire.u8(buf, at) != 0xC4) {
            sink.violation(Violation.TRUNCATED_PDU, at);
            return;
        }
        long objectId = Wire.u32be(buf, at + 1);
        int instance = (int) (objectId & 0x3FFFFF);
        int pos = at + 5;
        int vendor = -1;
        // max-APDU (unsigned, tag 2), segmentation (enumerated, tag 9), vendor id (unsigned, tag 2)
        for (int field = 0; field < 3 && pos < end; field++) {
            int tag = Wire.u8(buf, pos);
            int len = tag & 0x07;
            if (len > 4 || pos + 1 + len > end) {
                break;
            }
            if (field == 2) {
                vendor = 0;
                for (int i = 0; i < len; i++) {
                    vendor = vendor << 8 | Wire.u8(buf, pos + 1 + i);
                }
            }
            pos += 1 + len;
        }
        sink.bacnetIAm(instance, vendor);
    }
}
