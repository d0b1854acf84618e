package io.zonewarden.capture.dissect.dnp3;

/** DNP3 application layer function codes (IEEE 1815-2012, table 4-3). Open enum: raw codes are kept by callers. */
public enum Dnp3Function {
    CONFIRM(0x00, Kind.OTHER),
    READ(0x01, Kind.READ),
    WRITE(0x02, Kind.WRITE),
    SELECT(0x03, Kind.CONTROL),
    OPERATE(0x04, Kind.CONTROL),
    DIRECT_OPERATE(0x05, Kind.CONTROL),
    DIRECT_OPERATE_NR(0x06, Kind.CONTROL),
    IMMED_FREEZE(0x07, Kind.CONTROL),
    IMMED_FREEZE_NR(0x08, Kind.CONTROL),
    FREEZE_CLEAR(0x09, Kind.CONTROL),
    FREEZE_CLEAR_NR(0x0A, Kind.CONTROL),
    FREEZE_AT_TIME(0x0B, Kind.CONTROL),
    FREEZE_AT_TIME_NR(0x0C, Kind.CONTROL),
    COLD_RESTART(0x0D, Kind.RESTART),
    WARM_RESTART(0x0E, Kind.RESTART),
    INITIALIZE_DATA(0x0F, Kind.RESTART),
    INITIALIZE_APPL(0x10, Kind.PROGRAM),
    START_APPL(0x11, Kind.PROGRAM),
    STOP_APPL(0x12, Kind.PROGRAM),
    SAVE_CONFIG(0x13, Kind.PROGRAM),
    ENABLE_UNSOLICITED(0x14, Kind.WRITE),
    DISABLE_UNSOLICITED(0x15, Kind.WRITE),
    ASSIGN_CLASS(0x16, Kind.WRITE),
    DELAY_MEASURE(0x17, Kind.OTHER),
    RECORD_CURRENT_TIME(0x18, Kind.OTHER),
    OPEN_FILE(0x19, Kind.FILE),
    CLOSE_FILE(0x1A, Kind.FILE),
    DELETE_FILE(0x1B, Kind.FILE),
    GET_FILE_INFO(0x1C, Kind.FILE),
    AUTHENTICATE_FILE(0x1D, Kind.FILE),
    ABORT_FILE(0x1E, Kind.FILE),
    ACTIVATE_CONFIG(0x1F, Kind.PROGRAM),
    AUTHENTICATE_REQ(0x20, Kind.OTHER),
    AUTH_REQ_NO_ACK(0x21, Kind.OTHER),
    RESPONSE(0x81, Kind.RESPONSE),
    UNSOLICITED_RESPONSE(0x82, Kind.RESPONSE),
    AUTHENTICATE_RESP(0x83, Kind.RESPONSE),
    UNKNOWN(-1, Kind.OTHER);

    /** What a function does to the outstation. */
    public enum Kind {
        READ,
        WRITE,
        CONTROL,
        RESTART,
        PROGRAM,
        FILE,
        RESPONSE,
        OTHER
    }

    private static final Dnp3Function[] BY_CODE = new Dnp3Function[256];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (var f : values()) {
            if (f.code >= 0) {
                BY_CODE[f.code] = f;
            }
        }
    }

    private final int code;
    private final Kind kind;

    Dnp3Function(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public static Dnp3Function of(int code) {
        return code >= 0 && code < 256 ? BY_CODE[code] : UNKNOWN;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
