package io.zonewarden.capture.dissect.modbus;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * Modbus/TCP ADU (MODBUS Messaging on TCP/IP Implementation Guide v1.0b, section 3.1.3, "MBAP header").
 *
 * <pre>
 *  0       2       4       6      7      8
 *  | trans | proto | len   | unit | fc   | data...     len counts unit + fc + data
 * </pre>
 *
 * Stateless. Reads by absolute index only and allocates nothing per frame.
 */
public final class ModbusTcpDissector extends StreamFraming {
    public static final int PORT = 502;
    static final int MBAP_SIZE = 7, MAX_ADU_SIZE = 260;
    private static final int PROTOCOL_ID = 2, LENGTH = 4, UNIT_ID = 6, FUNCTION = 7;

    /** A segment starts an ADU when it holds MBAP and function code, protocol id 0 and a length of at least 2. */
    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available >= MBAP_SIZE + 1
                && Wire.u16be(buf, offset + PROTOCOL_ID) == 0
                && Wire.u16be(buf, offset + LENGTH) >= 2;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        if (available < MBAP_SIZE - 1) {
            return NEED_MORE;
        }
        return MBAP_SIZE - 1 + Wire.u16be(buf, offset + LENGTH);
    }

    /** Dissects one complete ADU of {@code length} bytes. */
    public void dissect(byte[] buf, int offset, int length, ModbusSink sink) {
        if (length < MBAP_SIZE + 1) {
            sink.violation(Violation.TRUNCATED_PDU, offset);
            return;
        }
        if (Wire.u16be(buf, offset + PROTOCOL_ID) != 0 || length > MAX_ADU_SIZE) {
            sink.violation(Violation.BAD_MBAP_HEADER, offset);
        }
        int function = Wire.u8(buf, offset + FUNCTION);
        boolean exception = (function & 0x80) != 0;
        int exceptionCode = exception && length > MBAP_SIZE + 1 ? Wire.u8(buf, offset + FUNCTION + 1) : -1;
        // UMAS: 0x5A, a session byte, then its own function code
        int umas = function == ModbusFunction.UMAS.code() && length > MBAP_SIZE + 2
                ? Wire.u8(buf, offset + FUNCTION + 2)
                : -1;
        sink.modbus(Wire.u16be(buf, offset), Wire.u8(buf, offset + UNIT_ID), function & 0x7F, exceptionCode, umas);
    }
}
