package io.zonewarden.capture.dissect.opcua;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * OPC UA binary message (OPC 10000-6 7.1.2.2): message type (3 ASCII), chunk type ('F', 'C', 'A'), message size
 * (u32, little-endian, whole chunk). OPN, MSG and CLO continue with the secure channel id; OPN with the asymmetric
 * security header (policy URI, sender certificate, receiver thumbprint; 6.7.2.3), MSG and CLO with the token id
 * (6.7.2.4); then the sequence header (sequence number, request id) and the body, whose first field is the NodeId of
 * the service encoding. Stateless: whether the body is readable is the caller's knowledge of the channel.
 */
public final class OpcUaDissector extends StreamFraming {
    public static final int PORT = 4840;
    public static final int HEL = ('H' << 16) | ('E' << 8) | 'L';
    public static final int ACK = ('A' << 16) | ('C' << 8) | 'K';
    public static final int ERR = ('E' << 16) | ('R' << 8) | 'R';
    public static final int RHE = ('R' << 16) | ('H' << 8) | 'E';
    public static final int OPN = ('O' << 16) | ('P' << 8) | 'N';
    public static final int MSG = ('M' << 16) | ('S' << 8) | 'G';
    public static final int CLO = ('C' << 16) | ('L' << 8) | 'O';
    static final int HEADER = 8;
    /** Largest chunk we accept as plausible when detecting OPC UA off its port. */
    private static final int MAX_CHUNK = 1 << 24;

    private static final String POLICY_NONE = "http://opcfoundation.org/UA/SecurityPolicy#None";

    static int type(byte[] buf, int offset) {
        return (Wire.u8(buf, offset) << 16) | (Wire.u8(buf, offset + 1) << 8) | Wire.u8(buf, offset + 2);
    }

    static boolean knownType(int type) {
        return type == HEL || type == ACK || type == ERR || type == RHE || type == OPN || type == MSG || type == CLO;
    }

    /** A known message type, chunk type and a plausible size: used for detection off port 4840 too. */
    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        if (available < HEADER || !knownType(type(buf, offset))) {
            return false;
        }
        int chunk = Wire.u8(buf, offset + 3);
        long size = Wire.u32le(buf, offset + 4);
        return (chunk == 'F' || chunk == 'C' || chunk == 'A') && size >= HEADER && size <= MAX_CHUNK;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < HEADER) {
            return NEED_MORE;
        }
        long size = Wire.u32le(buf, offset + 4);
        return size < HEADER || size > MAX_CHUNK ? DESYNC : (int) size;
    }

    /**
     * Dissects one chunk. Returns true when the chunk was an OPN whose security policy is None, false for an OPN with
     * any other policy; other chunks return {@code bodyReadable} unchanged so the caller can keep it per channel.
     */
    public boolean dissect(byte[] buf, int offset, int length, boolean bodyReadable, OpcUaSink sink) {
        if (length < HEADER) {
            sink.violation(Violation.BAD_OPCUA_HEADER, offset);
            return bodyReadable;
        }
        int type = type(buf, offset);
        int chunk = Wire.u8(buf, offset + 3);
        int end = offset + length;
        boolean secured = type == OPN || type == MSG || type == CLO;
        long channel = secured && length >= 12 ? Wire.u32le(buf, offset + 8) : -1;
        sink.opcua(type, chunk, channel);
        if (!knownType(type)) {
            sink.violation(Violation.BAD_OPCUA_HEADER, offset);
            return bodyReadable;
        }
        if (!secured || length < 12) {
            return bodyReadable;
        }
        int pos = offset + 12;
        boolean readable = bodyReadable;
        if (type == OPN) {
            int policyLength = end - pos >= 4 ? Wire.i32le(buf, pos) : -2;
            if (policyLength < -1 || policyLength > end - pos - 4) {
                sink.violation(Violation.TRUNCATED_PDU, pos);
                return bodyReadable;
            }
            boolean none =
                    policyLength == POLICY_NONE.length() && Wire.startsWith(buf, pos + 4, policyLength, POLICY_NONE);
            if (policyLength > 0) {
                sink.opcuaSecurityPolicy(none ? POLICY_NONE : Wire.ascii(buf, pos + 4, Math.min(policyLength, 256)));
            }
            readable = none || policyLength <= 0;
            pos += 4 + Math.max(0, policyLength);
            pos = skipByteString(buf, pos, end); // sender certificate
            pos = skipByteString(buf, pos, end); // receiver certificate thumbprint
            if (pos < 0) {
                sink.violation(Violation.TRUNCATED_PDU, offset + 12);
                return readable;
            }
        } else {
            pos += 4; // token id
        }
        pos += 8; // sequence number, request id
        if (!readable || chunk != 'F' || pos + 1 > end) {
            return readable;
        }
        int typeId = numericNodeId(buf, pos, end);
        if (typeId < 0) {
            return readable;
        }
        sink.opcuaService(typeId);
        if (typeId == OpcUaService.OPEN_SECURE_CHANNEL.requestId()) {
            int mode = openSecureChannelMode(buf, pos, end);
            if (mode > 0) {
                sink.opcuaSecurityMode(mode);
            }
        }
        return readable;
    }

    /** The numeric identifier of the NodeId at {@code pos} (OPC 10000-6 5.2.2.9), or -1 if not numeric. */
    static int numericNodeId(byte[] buf, int pos, int end) {
        if (pos < 0 || pos >= end) {
            return -1;
        }
        int encoding = Wire.u8(buf, pos) & 0x0F;
        return switch (encoding) {
            case 0 -> pos + 2 <= end ? Wire.u8(buf, pos + 1) : -1;
            case 1 -> pos + 4 <= end ? Wire.u16le(buf, pos + 2) : -1;
            case 2 -> pos + 7 <= end ? Wire.i32le(buf, pos + 3) : -1;
            default -> -1;
        };
    }

    /** Index after the NodeId at {@code pos}, or -1. */
    static int skipNodeId(byte[] buf, int pos, int end) {
        if (pos < 0 || pos >= end) { // -1 is what the previous field's skip returns when it did not fit
            return -1;
        }
        int encoding = Wire.u8(buf, pos);
        int size = switch (encoding & 0x0F) {
            case 0 -> 2;
            case 1 -> 4;
            case 2 -> 7;
            case 3, 5 -> { // string or opaque: ns (2) + length-prefixed bytes
                if (pos + 7 > end) {
                    yield -1;
                }
                int n = Wire.i32le(buf, pos + 3);
                yield n < 0 ? 7 : (n > end - pos - 7 ? -1 : 7 + n);
            }
            case 4 -> 19; // GUID
            default -> -1;
        };
        if (size < 0) {
            return -1;
        }
        int next = pos + size;
        if ((encoding & 0x80) != 0) { // namespace URI follows
            next = skipByteString(buf, next, end);
        }
        if (next >= 0 && (encoding & 0x40) != 0) { // server index follows
            next += 4;
        }
        return next < 0 || next > end ? -1 : next;
    }

    /** Index after the String/ByteString (i32 length, -1 for null) at {@code pos}, or -1. */
    static int skipByteString(byte[] buf, int pos, int end) {
        if (pos < 0 || pos + 4 > end) {
            return -1;
        }
        int n = Wire.i32le(buf, pos);
        if (n < 0) {
            return pos + 4;
        }
        return n > end - pos - 4 ? -1 : pos + 4 + n;
    }

    /**
     * OpenSecureChannelRequest (OPC 10000-4 5.5.2): RequestHeader (authentication token NodeId, timestamp, request
     * handle, return diagnostics, audit entry id, timeout hint, additional header ExtensionObject), client protocol
     * version, request type, security mode.
     */
    private static int openSecureChannelMode(byte[] buf, int typeIdAt, int end) {
        int pos = skipNodeId(buf, typeIdAt, end);
        pos = skipNodeId(buf, pos, end); // authentication token
        if (pos < 0) {
            return -1;
        }
        pos += 8 + 4 + 4; // timestamp, request handle, return diagnostics
        pos = skipByteString(buf, pos, end); // audit entry id
        if (pos < 0) {
            return -1;
        }
        pos += 4; // timeout hint
        pos = skipNodeId(buf, pos, end); // additional header type id
        if (pos < 0 || pos >= end) {
            return -1;
        }
        int bodyEncoding = Wire.u8(buf, pos);
        pos += 1;
        if ((bodyEncoding & 0x03) != 0) {
            pos = skipByteString(buf, pos, end);
        }
        if (pos < 0 || pos + 12 > end) {
            return -1;
        }
        return Wire.i32le(buf, pos + 8);
    }
}
