package io.zonewarden.monitor.traffic;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The attacks the generator can add to a plant's normal traffic. */
public enum Attack {
    /** An engineering station stops a PLC over S7comm (ATT&CK for ICS T0858). */
    PLC_STOP,
    /** A program download to a PLC over S7comm (T0843). */
    PROGRAM_DOWNLOAD,
    /** A Modbus write on a conversation whose rule allows only reads (T0836). */
    MODBUS_WRITE,
    /** An enterprise host reaches a controller of a zone with which it shares no conduit. */
    UNDECLARED_CONDUIT,
    /** A device that is in no inventory polls a controller. */
    UNKNOWN_HOST;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Attack> ofLabel(String label) {
        return Arrays.stream(values()).filter(a -> a.label().equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Attack::label).toList();
    }
}
