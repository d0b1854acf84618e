package io.zonewarden.capture.flow;

import java.util.Locale;

/**
 * The protocols counted per frame, as Wireshark's protocol hierarchy counts them; {@link #key} is the name used in
 * reports ({@code protocols.modbus}, ...). The first ones are application protocols a flow can be classified as.
 */
public enum AppProtocol {
    MODBUS,
    S7COMM,
    S7COMM_PLUS,
    MMS,
    DNP3,
    ENIP,
    IEC104,
    OPCUA,
    BACNET,
    PROFINET_DCP,
    MQTT,
    GOOSE,
    DNS,
    DHCP,
    HTTP,
    TLS,
    SSH,
    RDP,
    SMB,
    NTP,
    SNMP,
    SYSLOG,
    LLDP,
    CDP,
    ARP,
    // counted per frame; COTP and PROFINET also name flows whose content is nothing more specific
    CIP,
    COTP,
    BACAPP,
    PROFINET,
    ICMP,
    TCP,
    UDP,
    IPV4,
    IPV6,
    UNKNOWN;

    private final String key = name().toLowerCase(Locale.ROOT);

    public String key() {
        return key;
    }

    /** Bit of this protocol in a per-frame mask. */
    public long bit() {
        return 1L << ordinal();
    }
}
