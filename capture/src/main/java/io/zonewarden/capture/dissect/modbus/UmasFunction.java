package io.zonewarden.capture.dissect.modbus;

/**
 * Schneider Electric UMAS function codes, carried in Modbus function 90 after a session byte: {@code 5A session
 * code data...}. UMAS is not published; the values are those of the public research: J. Esteban, "The Unity (UMAS)
 * protocol" (lirasenlared.blogspot.com, 2017, part I), as tabled in the UMAS Wireshark plugin by biero-el-corridor
 * ({@code get_umas_function_name}; its labels give START_PLC 0x40 and STOP_PLC 0x41). They were checked against
 * {@code modicon_test.pcap} of ITI's ICS-Security-Tools, whose project upload runs 0x33, 0x34 once a block and 0x35,
 * and whose responses answer 0xFE.
 *
 * <p>Transfers are named by their direction as ATT&CK for ICS and S7comm name them: a download goes to the
 * controller (0x30-0x32), an upload comes from it (0x33-0x35). The 2017 write-up calls them the other way round
 * while describing the same directions.
 */
public enum UmasFunction {
    INIT_COMM(0x01, Kind.SESSION),
    READ_ID(0x02, Kind.READ),
    READ_PROJECT_INFO(0x03, Kind.READ),
    READ_PLC_INFO(0x04, Kind.READ),
    READ_CARD_INFO(0x06, Kind.READ),
    REPEAT(0x0A, Kind.SESSION),
    TAKE_PLC_RESERVATION(0x10, Kind.SESSION),
    RELEASE_PLC_RESERVATION(0x11, Kind.SESSION),
    KEEP_ALIVE(0x12, Kind.SESSION),
    READ_MEMORY_BLOCK(0x20, Kind.READ),
    READ_VARIABLES(0x22, Kind.READ),
    WRITE_VARIABLES(0x23, Kind.WRITE),
    READ_COILS_REGISTERS(0x24, Kind.READ),
    WRITE_COILS_REGISTERS(0x25, Kind.WRITE),
    INITIALIZE_DOWNLOAD(0x30, Kind.PROGRAM),
    DOWNLOAD_BLOCK(0x31, Kind.PROGRAM),
    END_DOWNLOAD(0x32, Kind.PROGRAM),
    INITIALIZE_UPLOAD(0x33, Kind.PROGRAM),
    UPLOAD_BLOCK(0x34, Kind.PROGRAM),
    END_UPLOAD(0x35, Kind.PROGRAM),
    READ_ETH_MASTER_DATA(0x39, Kind.READ),
    START_PLC(0x40, Kind.CONTROL),
    STOP_PLC(0x41, Kind.CONTROL),
    MONITOR_PLC(0x50, Kind.READ),
    CHECK_PLC(0x58, Kind.READ),
    READ_IO_OBJECT(0x70, Kind.READ),
    WRITE_IO_OBJECT(0x71, Kind.WRITE),
    GET_STATUS_MODULE(0x73, Kind.READ),
    RESPONSE_OK(0xFE, Kind.RESPONSE),
    RESPONSE_ERROR(0xFD, Kind.RESPONSE),
    UNKNOWN(-1, Kind.PROGRAM);

    /** What a UMAS function does to the controller, for conduit policies; unknown ones count as programming. */
    public enum Kind {
        READ,
        WRITE,
        CONTROL,
        PROGRAM,
        SESSION,
        RESPONSE
    }

    private static final UmasFunction[] BY_CODE = new UmasFunction[256];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (var f : values()) {
            if (f.code >= 0) BY_CODE[f.code] = f;
        }
    }

    private final int code;
    private final Kind kind;

    UmasFunction(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public static UmasFunction of(int code) {
        return code >= 0 && code < BY_CODE.length ? BY_CODE[code] : UNKNOWN;
    }

    public int code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    /** Lower-case name for reports, prefixed {@code umas_} so that it reads apart from Modbus's own functions. */
    public String label() {
        return "umas_" + name().toLowerCase(java.util.Locale.ROOT);
    }
}
