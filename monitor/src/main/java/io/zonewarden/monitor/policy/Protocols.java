package io.zonewarden.monitor.policy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The protocol names a plant model's allow rules use, mapped to the capture engine's protocol keys. A name the
 * engine does not dissect (a vendor protocol such as OSIsoft PI) matches traffic the engine could not name, on the
 * rule's port.
 */
final class Protocols {

    private static final Map<String, Set<String>> ALIASES = Map.ofEntries(
            Map.entry("modbus", Set.of("modbus")),
            Map.entry("modbus-tcp", Set.of("modbus")),
            Map.entry("s7comm", Set.of("s7comm", "s7comm_plus")),
            Map.entry("s7comm-plus", Set.of("s7comm_plus")),
            Map.entry("dnp3", Set.of("dnp3")),
            Map.entry("enip", Set.of("enip")),
            Map.entry("ethernet-ip", Set.of("enip")),
            Map.entry("cip", Set.of("enip")),
            Map.entry("iec104", Set.of("iec104")),
            Map.entry("iec-104", Set.of("iec104")),
            Map.entry("opcua", Set.of("opcua")),
            Map.entry("opc-ua", Set.of("opcua")),
            Map.entry("bacnet", Set.of("bacnet")),
            Map.entry("profinet", Set.of("profinet_dcp")),
            Map.entry("profinet-dcp", Set.of("profinet_dcp")),
            Map.entry("mqtt", Set.of("mqtt")),
            Map.entry("mms", Set.of("mms")),
            Map.entry("iec61850", Set.of("mms", "goose")),
            Map.entry("goose", Set.of("goose")),
            Map.entry("https", Set.of("tls")),
            Map.entry("tls", Set.of("tls")),
            Map.entry("http", Set.of("http")),
            Map.entry("rdp", Set.of("rdp", "tls")),
            Map.entry("ssh", Set.of("ssh")),
            Map.entry("smb", Set.of("smb")),
            Map.entry("dns", Set.of("dns")),
            Map.entry("dhcp", Set.of("dhcp")),
            Map.entry("ntp", Set.of("ntp")),
            Map.entry("snmp", Set.of("snmp")),
            Map.entry("syslog", Set.of("syslog")));

    private Protocols() {}

    /** True when traffic the engine named {@code observed} over {@code transport} is the model's {@code declared}. */
    static boolean matches(String declared, String observed, String transport) {
        var name = declared.toLowerCase(Locale.ROOT);
        if (name.equals("tcp") || name.equals("udp")) return name.equals(transport);
        if (name.equals("any") || name.equals("ip")) return true;
        Set<String> keys = ALIASES.get(name);
        if (keys == null) return observed.equals("unknown"); // a protocol the engine does not dissect
        return keys.contains(observed);
    }

    /** The engine's keys for a declared name, or {@code null} when the engine does not know the protocol. */
    static @Nullable Set<String> keys(String declared) {
        return ALIASES.get(declared.toLowerCase(Locale.ROOT));
    }
}
