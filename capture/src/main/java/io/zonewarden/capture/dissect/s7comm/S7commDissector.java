package io.zonewarden.capture.dissect.s7comm;

import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * S7comm PDU in the user data of a COTP DT TPDU.
 *
 * <pre>
 *  0      1       2       4       6         8        10 (12 for ack/ack-data: error class, error code)
 *  | 0x32 | rosctr| redund| pduref| parlen  | datalen | parameter... | data...
 * </pre>
 *
 * Stateless; reads only {@code [offset, offset + length)}.
 */
public final class S7commDissector {
    public static final int PROTOCOL_ID = 0x32, PLUS_PROTOCOL_ID = 0x72;
    public static final int JOB = 1, ACK = 2, ACK_DATA = 3, USERDATA = 7;
    /** Wireshark's s7comm heuristic needs a full header: 10 bytes. */
    static final int MIN_TELEGRAM = 10;

    private static final int SZL_MODULE_ID = 0x0011, SZL_COMPONENT_ID = 0x001C;

    /** True when these bytes are an S7comm PDU (protocol id 0x32, ROSCTR 1..7, at least a header). */
    public static boolean isS7comm(byte[] buf, int offset, int length) {
        if (length < MIN_TELEGRAM || Wire.u8(buf, offset) != PROTOCOL_ID) {
            return false;
        }
        int rosctr = Wire.u8(buf, offset + 1);
        return rosctr >= 1 && rosctr <= 7;
    }

    /** True when these bytes start an S7comm-plus PDU (protocol id 0x72). */
    public static boolean isS7commPlus(byte[] buf, int offset, int length) {
        return length >= 4 && Wire.u8(buf, offset) == PLUS_PROTOCOL_ID;
    }

    public void dissect(byte[] buf, int offset, int length, S7Sink sink) {
        if (!isS7comm(buf, offset, length)) {
            sink.violation(Violation.BAD_S7_HEADER, offset);
            return;
        }
        int end = offset + length;
        int rosctr = Wire.u8(buf, offset + 1);
        int paramLength = Wire.u16be(buf, offset + 6);
        int dataLength = Wire.u16be(buf, offset + 8);
        int header = rosctr == ACK || rosctr == ACK_DATA ? 12 : 10;
        int errorClass = -1, errorCode = -1;
        if (header == 12) {
            if (length < 12) {
                sink.violation(Violation.BAD_S7_HEADER, offset);
                return;
            }
            errorClass = Wire.u8(buf, offset + 10);
            errorCode = Wire.u8(buf, offset + 11);
        }
        int param = offset + header;
        int data = param + paramLength;
        if (data > end) {
            sink.violation(Violation.TRUNCATED_PDU, offset + 6);
            sink.s7comm(rosctr, paramLength > 0 && param < end ? Wire.u8(buf, param) : -1, errorClass, errorCode);
            return;
        }
        if (rosctr == USERDATA && paramLength >= 8) {
            // userdata parameter head 00 01 12, length, method, type|group, subfunction, sequence
            int group = Wire.u8(buf, param + 5) & 0x0F;
            int type = Wire.u8(buf, param + 5) >>> 4;
            int sub = Wire.u8(buf, param + 6);
            sink.s7comm(rosctr, S7Function.userdata(group, sub), errorClass, errorCode);
            if (group == 4 && sub == 1 && type == 8 && dataLength >= 12 && data + dataLength <= end) {
                szlResponse(buf, data, dataLength, sink);
            }
            return;
        }
        sink.s7comm(rosctr, paramLength > 0 ? Wire.u8(buf, param) : -1, errorClass, errorCode);
    }

    /**
     * SZL response data: return code, transport size, length (4 bytes), then SZL-ID, index, record length, record
     * count and the records. SZL 0x0011 records are an index and a 20-character order number; 0x001C records an
     * index and a 32-character name (index 1 PLC name, 2 module name, 3 plant id, 5 serial number, 7 module type).
     */
    private static void szlResponse(byte[] buf, int data, int dataLength, S7Sink sink) {
        if (Wire.u8(buf, data) != 0xFF) {
            return; // return code other than "success"
        }
        int end = data + dataLength;
        int szlId = Wire.u16be(buf, data + 4);
        int recordLength = Wire.u16be(buf, data + 8);
        int count = Wire.u16be(buf, data + 10);
        int pos = data + 12;
        for (int i = 0; i < count && recordLength >= 2 && pos + recordLength <= end && i < 64; i++) {
            int index = Wire.u16be(buf, pos);
            if ((szlId & 0xFF) == SZL_MODULE_ID && index == 1 && recordLength >= 22) {
                sink.s7Identity("order_number", Wire.ascii(buf, pos + 2, 20).trim());
            } else if ((szlId & 0xFF) == SZL_COMPONENT_ID && recordLength >= 34) {
                String field = switch (index) {
                    case 1 -> "plc_name";
                    case 2 -> "module_name";
                    case 3 -> "plant_id";
                    case 5 -> "serial_number";
                    case 7 -> "module_type";
                    default -> "";
                };
                String value = Wire.ascii(buf, pos + 2, 32).trim();
                if (!field.isEmpty() && !value.isEmpty()) {
                    sink.s7Identity(field, value);
                }
            }
            pos += recordLength;
        }
    }

    /**
     * A SetVariable request that writes the CPU's requested operating state: {@code operatingState << 16 | 0x04f2}.
     * Only these pseudo-codes exceed 16 bits.
     */
    public static final int PLUS_STOP = 1 << 16 | 0x04f2, PLUS_RUN = 3 << 16 | 0x04f2;

    /*
     * The object and attribute that hold the CPU's requested operating state, and its values: object id 52
     * (NativeObjects.theCPUexecUnit_Rid), attribute 2167 (CPUexecUnit.operatingStateREQ), DInt 1 = STOP, 3 = RUN;
     * from the S7CommPlusDriver by Thomas Wiens (github.com/thomas-v2/S7CommPlusDriver, Ids.cs and
     * SetPlcOperatingState), the names its author gives them.
     */
    private static final int CPU_EXEC_UNIT = 52, OPERATING_STATE_REQ = 2167, DATATYPE_DINT = 0x08;

    /**
     * S7comm-plus: 0x72, version, data length (2), then opcode and, for requests and responses, a 16-bit function
     * after two reserved bytes. Version 3 inserts an integrity part before the opcode, a digest length (32) and the
     * digest, which is skipped. A
     * SetVariable request that sets the CPU's operating state is reported as {@link #PLUS_STOP} or {@link #PLUS_RUN}
     * (request layout after the opcode, as Wireshark's S7comm-plus dissector reads it: reserved (2), function (2),
     * reserved (2), sequence number (2), session id (4), transport flags (1), then the object id (4), the item count
     * and the items, each an attribute id and a value: flags, datatype, value; counts, ids and DInts are
     * variable-length, 7 bits an octet, high bit set while more follow).
     */
    public void dissectPlus(byte[] buf, int offset, int length, S7Sink sink) {
        if (!isS7commPlus(buf, offset, length)) {
            sink.violation(Violation.BAD_S7_HEADER, offset);
            return;
        }
        int version = Wire.u8(buf, offset + 1);
        int pos = offset + 4;
        int end = offset + length;
        if (version == 3 && pos < end) {
            pos += 1 + Wire.u8(buf, pos); // integrity part: digest length (32) and digest
        }
        int opcode = pos < end ? Wire.u8(buf, pos) : -1;
        int function = (opcode == 0x31 || opcode == 0x32) && pos + 5 <= end ? Wire.u16be(buf, pos + 3) : -1;
        if (opcode == 0x31 && function == S7PlusFunction.SET_VARIABLE.code()) {
            int state = requestedOperatingState(buf, pos + 14, end);
            if (state == 1 || state == 3) function |= state << 16;
        }
        sink.s7commPlus(version, opcode, function);
    }

    /** The operating state a SetVariable request body at {@code pos} asks the CPU for, or -1 when it sets another. */
    private static int requestedOperatingState(byte[] buf, int pos, int end) {
        if (pos + 4 > end || Wire.u32be(buf, pos) != CPU_EXEC_UNIT) return -1;
        pos += 4;
        long count = varUint(buf, pos, end);
        if (count < 0 || (int) (count >>> 8) != 1) return -1;
        pos += (int) (count & 0xFF);
        long id = varUint(buf, pos, end);
        if (id < 0 || (int) (id >>> 8) != OPERATING_STATE_REQ) return -1;
        pos += (int) (id & 0xFF);
        if (pos + 3 > end || Wire.u8(buf, pos) != 0 || Wire.u8(buf, pos + 1) != DATATYPE_DINT) return -1;
        long value = varUint(buf, pos + 2, end); // 1 and 3 are single octets, where signed and unsigned agree
        return value < 0 || (value & 0xFF) != 1 ? -1 : (int) (value >>> 8);
    }

    /**
     * A variable-length unsigned integer of at most 5 octets: {@code value << 8 | octets}, or -1 when it runs past
     * {@code end}. Packed in a long so that the packet path allocates nothing.
     */
    static long varUint(byte[] buf, int pos, int end) {
        long value = 0;
        for (int n = 1; n <= 5; n++) {
            if (pos >= end) return -1;
            int octet = Wire.u8(buf, pos++);
            value = value << 7 | (octet & 0x7F);
            if ((octet & 0x80) == 0) return (value & 0xFFFF_FFFFL) << 8 | n;
        }
        return -1;
    }
}
