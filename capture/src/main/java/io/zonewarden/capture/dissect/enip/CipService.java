package io.zonewarden.capture.dissect.enip;

/**
 * CIP service codes: common services (CIP Volume 1, appendix A-3), Connection Manager services (3-5.5) and the
 * Logix tag services. Codes from 0x4B up are object-specific; the names given are those of the objects that use them
 * in practice. Open enum: raw codes are kept by callers.
 */
public enum CipService {
    GET_ATTRIBUTES_ALL(0x01, Kind.READ),
    SET_ATTRIBUTES_ALL(0x02, Kind.WRITE),
    GET_ATTRIBUTE_LIST(0x03, Kind.READ),
    SET_ATTRIBUTE_LIST(0x04, Kind.WRITE),
    RESET(0x05, Kind.CONTROL),
    START(0x06, Kind.CONTROL),
    STOP(0x07, Kind.CONTROL),
    CREATE(0x08, Kind.WRITE),
    DELETE(0x09, Kind.WRITE),
    MULTIPLE_SERVICE_PACKET(0x0A, Kind.OTHER),
    APPLY_ATTRIBUTES(0x0D, Kind.WRITE),
    GET_ATTRIBUTE_SINGLE(0x0E, Kind.READ),
    SET_ATTRIBUTE_SINGLE(0x10, Kind.WRITE),
    FIND_NEXT_OBJECT_INSTANCE(0x11, Kind.READ),
    RESTORE(0x15, Kind.WRITE),
    SAVE(0x16, Kind.WRITE),
    NO_OPERATION(0x17, Kind.OTHER),
    GET_MEMBER(0x18, Kind.READ),
    SET_MEMBER(0x19, Kind.WRITE),
    EXECUTE_PCCC(0x4B, Kind.OTHER),
    READ_TAG(0x4C, Kind.READ),
    WRITE_TAG(0x4D, Kind.WRITE),
    FORWARD_CLOSE(0x4E, Kind.SESSION),
    READ_MODIFY_WRITE_TAG(0x4F, Kind.WRITE),
    UNCONNECTED_SEND(0x52, Kind.OTHER),
    WRITE_TAG_FRAGMENTED(0x53, Kind.WRITE),
    FORWARD_OPEN(0x54, Kind.SESSION),
    GET_INSTANCE_ATTRIBUTE_LIST(0x55, Kind.READ),
    GET_CONNECTION_DATA(0x56, Kind.READ),
    LARGE_FORWARD_OPEN(0x5B, Kind.SESSION),
    UNKNOWN(-1, Kind.OTHER);

    /** What a service does to the device. */
    public enum Kind {
        READ,
        WRITE,
        CONTROL,
        SESSION,
        OTHER
    }

    private static final CipService[] BY_CODE = new CipService[128];

    static {
        java.util.Arrays.fill(BY_CODE, UNKNOWN);
        for (var s : values()) {
            if (s.code >= 0) {
                BY_CODE[s.code] = s;
            }
        }
    }

    private final int code;
    private final Kind kind;

    CipService(int code, Kind kind) {
        this.code = code;
        this.kind = kind;
    }

    public static CipService of(int code) {
        return code >= 0 && code < 128 ? BY_CODE[code] : UNKNOWN;
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
