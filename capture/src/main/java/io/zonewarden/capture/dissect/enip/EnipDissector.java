package io.zonewarden.capture.dissect.enip;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * EtherNet/IP encapsulation header (CIP Volume 2, 2-3.1), 24 bytes, little-endian:
 *
 * <pre>
 *  0     2      4        8       12              20       24
 *  | cmd | len  | session| status| sender context| options| data (len bytes)
 * </pre>
 *
 * SendRRData and SendUnitData data: interface handle (4), timeout (2), then a Common Packet Format item list (2-6):
 * item count, and per item type id, length, data. CIP messages travel in unconnected data items (0x00B2) and, after
 * a 2-byte sequence count, in connected data items (0x00B1). Stateless.
 */
public final class EnipDissector extends StreamFraming {
    public static final int PORT = 44818, IO_PORT = 2222;
    static final int HEADER = 24;
    private static final int ITEM_IDENTITY = 0x000C, ITEM_CONNECTED = 0x00B1, ITEM_UNCONNECTED = 0x00B2;
    private static final int MAX_ITEMS = 16;

    /**
     * A segment starts an encapsulation message when its command is in the range the specification assigns or
     * reserves for legacy use (0x0000-0x00C7, CIP Volume 2 table 2-3.2); codes from 0x00C8 are reserved for the
     * future and not seen on the wire.
     */
    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available >= 4 && Wire.u16le(buf, offset) < 0x00C8;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < 4) {
            return NEED_MORE;
        }
        return HEADER + Wire.u16le(buf, offset + 2);
    }

    /** Dissects one encapsulation message of {@code length} bytes (TCP PDU or UDP datagram on port 44818). */
    public void dissect(byte[] buf, int offset, int length, EnipSink sink) {
        if (length < HEADER) {
            sink.violation(Violation.BAD_ENIP_HEADER, offset);
            return;
        }
        int command = Wire.u16le(buf, offset);
        long status = Wire.u32le(buf, offset + 8);
        sink.enip(command, status);
        int data = offset + HEADER;
        int end = offset + Math.min(length, HEADER + Wire.u16le(buf, offset + 2));
        if (command == 0x006F || command == 0x0070) {
            if (end - data >= 8) {
                items(buf, data + 6, end, command == 0x0070, sink);
            }
        } else if (command == 0x0063 && end - data >= 2) {
            items(buf, data, end, false, sink);
        }
    }

    /** Dissects a class 0/1 I/O datagram on UDP 2222: a Common Packet Format item list without encapsulation. */
    public boolean dissectIo(byte[] buf, int offset, int length, EnipSink sink) {
        if (length < 2) {
            sink.violation(Violation.BAD_ENIP_HEADER, offset);
            return false;
        }
        int count = Wire.u16le(buf, offset);
        int pos = offset + 2;
        int end = offset + length;
        for (int i = 0; i < count && i < MAX_ITEMS; i++) {
            if (end - pos < 4) {
                sink.violation(Violation.BAD_ENIP_HEADER, pos);
                return false;
            }
            pos += 4 + Wire.u16le(buf, pos + 2);
        }
        return true;
    }

    private static void items(byte[] buf, int at, int end, boolean connected, EnipSink sink) {
        int count = Wire.u16le(buf, at);
        int pos = at + 2;
        for (int i = 0; i < count && i < MAX_ITEMS; i++) {
            if (end - pos < 4) {
                sink.violation(Violation.BAD_ENIP_HEADER, pos);
                return;
            }
            int type = Wire.u16le(buf, pos);
            int length = Wire.u16le(buf, pos + 2);
            int data = pos + 4;
            if (data + length > end) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return;
            }
            switch (type) {
                case ITEM_UNCONNECTED -> cip(buf, data, length, sink);
                case ITEM_CONNECTED -> {
                    if (connected && length >= 2) {
                        cip(buf, data + 2, length - 2, sink);
                    }
                }
                case ITEM_IDENTITY -> identity(buf, data, length, sink);
                default -> {
                    // address items (null 0x0000, connected address 0x00A1, sockaddr 0x8000/0x8001) carry no message
                }
            }
            pos = data + length;
        }
    }

    /**
     * CIP message router request (CIP Volume 1, 2-4.1): service, request path size in words, request path; response
     * (2-4.2): service | 0x80, reserved, general status, additional status size.
     */
    static void cip(byte[] buf, int at, int length, EnipSink sink) {
        if (length < 2) {
            sink.violation(Violation.TRUNCATED_PDU, at);
            return;
        }
        int service = Wire.u8(buf, at);
        boolean response = (service & 0x80) != 0;
        if (response) {
            int status = length >= 3 ? Wire.u8(buf, at + 2) : -1;
            sink.cip(service & 0x7F, true, -1, -1, status);
            return;
        }
        int pathEnd = at + 2 + Wire.u8(buf, at + 1) * 2;
        if (pathEnd > at + length) {
            sink.violation(Violation.BAD_CIP_PATH, at + 1);
            sink.cip(service, false, -1, -1, -1);
            return;
        }
        int classId = -1, instance = -1;
        int pos = at + 2;
        // logical segments (CIP Volume 1, C-1.4.2): 0x20/0x21 class, 0x24/0x25 instance, 0x30/0x31 attribute;
        // 8-bit format, or 16-bit format with a pad byte; 0x91 ANSI extended symbolic segment
        while (pos + 2 <= pathEnd) {
            int segment = Wire.u8(buf, pos);
            int format = segment & 0x03;
            if ((segment & 0xE0) == 0x20) {
                int value;
                int size;
                if (format == 0) {
                    value = Wire.u8(buf, pos + 1);
                    size = 2;
                } else if (format == 1 && pos + 4 <= pathEnd) {
                    value = Wire.u16le(buf, pos + 2);
                    size = 4;
                } else if (format == 2 && pos + 6 <= pathEnd) {
                    value = Wire.i32le(buf, pos + 2);
                    size = 6;
                } else {
                    sink.violation(Violation.BAD_CIP_PATH, pos);
                    break;
                }
                int logicalType = (segment >>> 2) & 0x07;
                // the first class and instance address the object the service is for; later ones (e.g. the
                // connection path of a Forward Open) are its arguments
                if (logicalType == 0 && classId < 0) {
                    classId = value;
                } else if (logicalType == 1 && instance < 0) {
                    instance = value;
                }
                pos += size;
            } else if (segment == 0x91) {
                pos += 2 + ((Wire.u8(buf, pos + 1) + 1) & ~1);
            } else {
                break; // port, network and data segments: no class or instance to report
            }
        }
        sink.cip(service, false, classId, instance, -1);
    }

    /**
     * CIP identity item of a List Identity reply (CIP Volume 2, 2-4.3.3): encapsulation protocol version, socket
     * address (16, big-endian), vendor id, device type, product code, revision, status, serial number, product name
     * (SHORT_STRING), state.
     */
    private static void identity(byte[] buf, int at, int length, EnipSink sink) {
        if (length < 33) {
            sink.violation(Violation.TRUNCATED_PDU, at);
            return;
        }
        int vendor = Wire.u16le(buf, at + 18);
        int deviceType = Wire.u16le(buf, at + 20);
        int productCode = Wire.u16le(buf, at + 22);
        int major = Wire.u8(buf, at + 24);
        int minor = Wire.u8(buf, at + 25);
        long serial = Wire.u32le(buf, at + 28);
        int nameLength = Math.min(Wire.u8(buf, at + 32), length - 33);
        sink.enipIdentity(vendor, deviceType, productCode, major, minor, serial, buf, at + 33, nameLength);
    }
}
