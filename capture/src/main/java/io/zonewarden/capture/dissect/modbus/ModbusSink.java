package io.zonewarden.capture.dissect.modbus;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives Modbus/TCP ADUs. */
public interface ModbusSink extends DissectorSink {
    /**
     * One ADU.
     *
     * @param function the function code without the exception bit (raw; see {@link ModbusFunction#of})
     * @param exceptionCode the exception code of an exception response, else -1
     * @param umasFunction for function 90 (Schneider Electric UMAS), the UMAS function code (see {@link
     *     UmasFunction}), else -1
     */
    void modbus(int transactionId, int unitId, int function, int exceptionCode, int umasFunction);
}
