package io.zonewarden.capture.dissect.profinet;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * PROFINET real-time frame carrying DCP (IEC 61158-6-10, 4.3.1): FrameID (0xFEFC hello, 0xFEFD get/set, 0xFEFE
 * identify request, 0xFEFF identify response), ServiceID, ServiceType, Xid (4), ResponseDelay (2), DCPDataLength (2),
 * then blocks of option, suboption, length, [BlockInfo in responses], value, padded to even length. Stateless.
 */
public final class DcpDissector {
    public static final int ETHERTYPE = 0x8892;
    private static final int HEADER = 12;
    private static final int MAX_BLOCKS = 64;

    /** True when the PROFINET frame id is a DCP one. */
    public static boolean isDcp(byte[] buf, int offset, int length) {
        if (length < 2) {
            return false;
        }
        int frameId = Wire.u16be(buf, offset);
        return frameId >= 0xFEFC && frameId <= 0xFEFF;
    }

    /** Dissects the Ethernet payload (starting at the FrameID). Returns true when it was DCP. */
    public boolean dissect(byte[] buf, int offset, int length, DcpSink sink) {
        if (!isDcp(buf, offset, length)) {
            return false;
        }
        int frameId = Wire.u16be(buf, offset);
        if (length < HEADER) {
            sink.violation(Violation.BAD_DCP_HEADER, offset);
            return true;
        }
        int serviceId = Wire.u8(buf, offset + 2);
        int serviceType = Wire.u8(buf, offset + 3);
        sink.dcp(frameId, serviceId, serviceType);
        int end = offset + Math.min(length, HEADER + Wire.u16be(buf, offset + 10));
        boolean response = (serviceType & 0x01) != 0;
        boolean carriesValues = response || serviceId == 4; // responses, and set requests
        if (!carriesValues) {
            return true;
        }
        int pos = offset + HEADER;
        for (int i = 0; i < MAX_BLOCKS && pos + 4 <= end; i++) {
            int option = Wire.u8(buf, pos);
            int suboption = Wire.u8(buf, pos + 1);
            int blockLength = Wire.u16be(buf, pos + 2);
            int value = pos + 4;
            if (value + blockLength > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return true;
            }
            // responses carry a 2-octet BlockInfo first; set requests a 2-octet BlockQualifier
            int data = value + 2;
            int dataLength = blockLength - 2;
            if (dataLength >= 0) {
                if (option == 2 && suboption == 2 && dataLength > 0) {
                    sink.dcpStationName(Wire.ascii(buf, data, Math.min(dataLength, 240)));
                } else if (option == 2 && suboption == 1 && dataLength > 0 && response) {
                    sink.dcpVendor(Wire.ascii(buf, data, Math.min(dataLength, 240)));
                } else if (option == 1 && suboption == 2 && dataLength >= 12) {
                    sink.dcpIp(Wire.i32be(buf, data), Wire.i32be(buf, data + 4), Wire.i32be(buf, data + 8));
                }
            }
            pos = value + blockLength + (blockLength & 1);
        }
        return true;
    }
}
