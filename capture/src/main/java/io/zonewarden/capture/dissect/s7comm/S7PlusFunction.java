package io.zonewarden.capture.dissect.s7comm;

/**
 * S7comm-plus function codes (the 16-bit code after the opcode of a request or response). The values are those of
 * the Wireshark S7comm-plus dissector by Thomas Wiens ({@code packet-s7comm_plus.c}, table {@code
 * data_functioncode_names}; mirrored at github.com/moki-ics/s7commwireshark, {@code src/s7comm_plus/}).
 *
 * <p>The kind is what the function does to the controller, for conduit policies (IEC 62443-3-3 SR 5.2: the conduit
 * decides which functions may cross it). CreateObject and DeleteObject open and close sessions as well as
 * subscriptions and program objects, so they count as session functions; a program download is told apart only by
 * what it sets.
 */
public enum S7PlusFunction {
    ERROR(0x04b1, "error", S7Function.Kind.OTHER),
    EXPLORE(0x04bb, "explore", S7Function.Kind.READ),
    CREATE_OBJECT(0x04ca, "create_object", S7Function.Kind.SESSION),
    DELETE_OBJECT(0x04d4, "delete_object", S7Function.Kind.SESSION),
    SET_VARIABLE(0x04f2, "set_variable", S7Function.Kind.WRITE),
    GET_VARIABLE(0x04fc, "get_variable", S7Function.Kind.READ),
    ADD_LINK(0x0506, "add_link", S7Function.Kind.WRITE),
    REMOVE_LINK(0x051a, "remove_link", S7Function.Kind.WRITE),
    GET_LINK(0x0524, "get_link", S7Function.Kind.READ),
    SET_MULTI_VARIABLES(0x0542, "set_multi_variables", S7Function.Kind.WRITE),
    GET_MULTI_VARIABLES(0x054c, "get_multi_variables", S7Function.Kind.READ),
    BEGIN_SEQUENCE(0x0556, "begin_sequence", S7Function.Kind.SESSION),
    END_SEQUENCE(0x0560, "end_sequence", S7Function.Kind.SESSION),
    INVOKE(0x056b, "invoke", S7Function.Kind.CONTROL),
    SET_VAR_SUB_STREAMED(0x057c, "set_var_sub_streamed", S7Function.Kind.WRITE),
    GET_VAR_SUB_STREAMED(0x0586, "get_var_sub_streamed", S7Function.Kind.READ),
    GET_VARIABLES_ADDRESS(0x0590, "get_variables_address", S7Function.Kind.READ),
    ABORT(0x059a, "abort", S7Function.Kind.SESSION),
    UNKNOWN(-1, "unknown", S7Function.Kind.OTHER);

    private static final S7PlusFunction[] VALUES = values();

    private final int code;
    private final String label;
    private final S7Function.Kind kind;

    S7PlusFunction(int code, String label, S7Function.Kind kind) {
        this.code = code;
        this.label = label;
        this.kind = kind;
    }

    public static S7PlusFunction of(int code) {
        for (var f : VALUES) {
            if (f.code == code) return f;
        }
        return UNKNOWN;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public S7Function.Kind kind() {
        return kind;
    }
}
