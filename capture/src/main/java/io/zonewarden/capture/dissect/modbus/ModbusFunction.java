package io.zonewarden.capture.dissect.modbus;

/**
 * Modbus public function codes (MODBUS Application Protocol v1.1b3, section 5.1) and the access they give. An open
 * enum: {@link #of} maps any code, unknown ones to {@link #UNKNOWN}; the raw code is kept by whoever reports it.
 */
public enum ModbusFunction {
    READ_COILS(1, Access.READ),
    READ_DISCRETE_INPUTS(2, Access.READ),
    READ_HOLDING_REGISTERS(3, Access.READ),
    READ_INPUT_REGISTERS(4, Access.READ),
    WRITE_SINGLE_COIL(5, Access.WRITE),
    WRITE_SINGLE_REGISTER(6, Access.WRITE),
    READ_EXCEPTION_STATUS(7, Access.DIAGNOSTIC),
    DIAGNOSTICS(8, Access.DIAGNOSTIC),
    GET_COMM_EVENT_COUNTER(11, Access.DIAGNOSTIC),
    GET_COMM_EVENT_LOG(12, Access.DIAGNOSTIC),
    WRITE_MULTIPLE_COILS(15, Access.WRITE),
    WRITE_MULTIPLE_REGISTERS(16, Access.WRITE),
    REPORT_SERVER_ID(17, Access.DIAGNOSTIC),
    READ_FILE_RECORD(20, Access.READ),
    WRITE_FILE_RECORD(21, Access.WRITE),
    MASK_WRITE_REGISTER(22, Access.WRITE),
    READ_WRITE_MULTIPLE_REGISTERS(23, Access.WRITE),
    READ_FIFO_QUEUE(24, Access.READ),
    /** Schneider Electric program/configuration function (Concept/ProWORX), user-defined range. */
    PROGRAM_CONCEPT(40, Access.PROGRAM),
    ENCAPSULATED_INTERFACE_TRANSPORT(43, Access.DIAGNOSTIC),
    /** Schneider Electric UMAS: programming, start/stop, download (user-defined function code 90). */
    UMAS(90, Access.PROGRAM),
    PROGRAM_484(9, Access.PROGRAM),
    POLL_484(10, Access.PROGRAM),
    PROGRAM_CONTROLLER(13, Access.PROGRAM),
    POLL_CONTROLLER(14, Access.PROGRAM),
    PROGRAM_584_984(126, Access.PROGRAM),
    PROGRAM_MODICON(125, Access.PROGRAM),
    UNKNOWN(-1, Access.OTHER);

    /** What a function does to the device, for conduit policies. */
    public enum Access {
        READ,
        WRITE,
        DIAGNOSTIC,
        PROGRAM,
        OTHER
    }

    private static final ModbusFunction[] BY_CODE = new ModbusFunction[128];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (var f : values()) {
            if (f.code >= 0) {
                BY_CODE[f.code] = f;
            }
        }
    }

    private final int code;
    private final Access access;

    ModbusFunction(int code, Access access) {
        this.code = code;
        this.access = access;
    }

    public static ModbusFunction of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : UNKNOWN;
    }

    public int code() {
        return code;
    }

    public Access access() {
        return access;
    }

    /** Lower-case name for reports. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
