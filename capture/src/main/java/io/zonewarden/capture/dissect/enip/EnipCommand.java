package io.zonewarden.capture.dissect.enip;

/** Encapsulation commands (CIP Volume 2, table 2-3.2). Open enum: raw codes are kept by callers. */
public enum EnipCommand {
    NOP(0x0000),
    LIST_SERVICES(0x0004),
    LIST_IDENTITY(0x0063),
    LIST_INTERFACES(0x0064),
    REGISTER_SESSION(0x0065),
    UNREGISTER_SESSION(0x0066),
    SEND_RR_DATA(0x006F),
    SEND_UNIT_DATA(0x0070),
    INDICATE_STATUS(0x0072),
    CANCEL(0x0073),
    UNKNOWN(-1);

    private final int code;

    EnipCommand(int code) {
        this.code = code;
    }

    public static EnipCommand of(int code) {
        for (var c : values()) {
            if (c.code == code) {
                return c;
            }
        }
        return UNKNOWN;
    }

    public int code() {
        return code;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
