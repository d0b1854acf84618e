package io.zonewarden.capture.dissect.s7comm;

/**
 * S7comm function codes of job and ack-data PDUs, and userdata groups (as Wireshark's packet-s7comm.c names them;
 * Siemens does not publish the protocol). Open enum with raw codes kept by callers.
 */
public enum S7Function {
    CPU_SERVICES(0x00, Kind.READ),
    READ_VAR(0x04, Kind.READ),
    WRITE_VAR(0x05, Kind.WRITE),
    REQUEST_DOWNLOAD(0x1A, Kind.PROGRAM),
    DOWNLOAD_BLOCK(0x1B, Kind.PROGRAM),
    DOWNLOAD_ENDED(0x1C, Kind.PROGRAM),
    START_UPLOAD(0x1D, Kind.PROGRAM),
    UPLOAD(0x1E, Kind.PROGRAM),
    END_UPLOAD(0x1F, Kind.PROGRAM),
    PLC_CONTROL(0x28, Kind.CONTROL),
    PLC_STOP(0x29, Kind.CONTROL),
    SETUP_COMMUNICATION(0xF0, Kind.SESSION),
    // userdata: USERDATA_BASE | group << 8 | subfunction
    USERDATA_MODE_TRANSITION(0x10000 | 0x100, Kind.CONTROL),
    USERDATA_CYCLIC_DATA(0x10000 | 0x200, Kind.READ),
    USERDATA_BLOCK_FUNCTIONS(0x10000 | 0x300, Kind.READ),
    USERDATA_READ_SZL(0x10000 | 0x401, Kind.READ),
    USERDATA_CPU_FUNCTIONS(0x10000 | 0x400, Kind.READ),
    USERDATA_SECURITY(0x10000 | 0x500, Kind.SESSION),
    USERDATA_PBC(0x10000 | 0x600, Kind.OTHER),
    USERDATA_TIME(0x10000 | 0x700, Kind.OTHER),
    USERDATA_NC_PROGRAMMING(0x10000 | 0xF00, Kind.PROGRAM),
    UNKNOWN(-1, Kind.OTHER);

    /** What a function does to the PLC. */
    public enum Kind {
        READ,
        WRITE,
        PROGRAM,
        CONTROL,
        SESSION,
        OTHER
    }

    /** Userdata codes are {@code 0x10000 | group << 8 | subfunction}, apart from job functions (0x00-0xFF). */
    public static final int USERDATA_BASE = 0x10000;

    private final int code;
    private final Kind kind;

    S7Function(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    /** The code recorded for a userdata PDU. */
    public static int userdata(int group, int subfunction) {
        return USERDATA_BASE | (group & 0xF) << 8 | (subfunction & 0xFF);
    }

    public static S7Function of(int code) {
        if (code >= USERDATA_BASE) {
            if (code == USERDATA_READ_SZL.code) {
                return USERDATA_READ_SZL;
            }
            int group = code & 0xF00;
            for (var f : values()) {
                if (f.code >= USERDATA_BASE && f != USERDATA_READ_SZL && (f.code & 0xF00) == group) {
                    return f;
                }
            }
            return UNKNOWN;
        }
        for (var f : values()) {
            if (f.code == code) {
                return f;
            }
        }
        return UNKNOWN;
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
