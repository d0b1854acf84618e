package io.zonewarden.capture.engine;

import io.zonewarden.capture.flow.AppProtocol;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.wire.Wire;

/**
 * Port-based protocol assignment, as Wireshark's TCP and UDP dissectors try ports: the lower port first, then the
 * higher one. Ports are the IANA registrations the dissectors use.
 */
final class Ports {
    private static final AppProtocol[] TCP = new AppProtocol[65536];
    private static final AppProtocol[] UDP = new AppProtocol[65536];

    static {
        java.util.Arrays.fill(TCP, AppProtocol.UNKNOWN);
        java.util.Arrays.fill(UDP, AppProtocol.UNKNOWN);
        TCP[502] = AppProtocol.MODBUS;
        TCP[102] = AppProtocol.COTP; // ISO-TSAP: S7comm, S7comm-plus or MMS, told apart by content
        TCP[20000] = AppProtocol.DNP3;
        TCP[44818] = AppProtocol.ENIP;
        TCP[2404] = AppProtocol.IEC104;
        TCP[4840] = AppProtocol.OPCUA;
        TCP[1883] = AppProtocol.MQTT;
        TCP[80] = AppProtocol.HTTP;
        TCP[8080] = AppProtocol.HTTP;
        TCP[443] = AppProtocol.TLS;
        TCP[8883] = AppProtocol.TLS;
        TCP[22] = AppProtocol.SSH;
        TCP[3389] = AppProtocol.RDP;
        TCP[445] = AppProtocol.SMB;
        TCP[139] = AppProtocol.SMB;
        TCP[53] = AppProtocol.DNS;
        UDP[20000] = AppProtocol.DNP3;
        UDP[44818] = AppProtocol.ENIP;
        UDP[2222] = AppProtocol.ENIP;
        UDP[47808] = AppProtocol.BACNET;
        UDP[53] = AppProtocol.DNS;
        UDP[67] = AppProtocol.DHCP;
        UDP[68] = AppProtocol.DHCP;
        UDP[123] = AppProtocol.NTP;
        UDP[161] = AppProtocol.SNMP;
        UDP[162] = AppProtocol.SNMP;
        UDP[514] = AppProtocol.SYSLOG;
    }

    private Ports() {}

    static AppProtocol tcp(int a, int b) {
        return pick(TCP, a, b);
    }

    static AppProtocol udp(int a, int b) {
        return pick(UDP, a, b);
    }

    private static AppProtocol pick(AppProtocol[] table, int a, int b) {
        int low = Math.min(a, b), high = Math.max(a, b);
        var first = table[low & 0xFFFF];
        return first != AppProtocol.UNKNOWN ? first : table[high & 0xFFFF];
    }

    static boolean wellKnown(int ipProtocol, int port) {
        var table = ipProtocol == Packet.IP_TCP ? TCP : ipProtocol == Packet.IP_UDP ? UDP : null;
        return table != null && table[port & 0xFFFF] != AppProtocol.UNKNOWN;
    }

    /** Request line or status line of HTTP/1.x (RFC 9112 section 3 and 4). */
    static boolean looksLikeHttp(byte[] b, int at, int len) {
        return Wire.startsWith(b, at, len, "GET ")
                || Wire.startsWith(b, at, len, "POST ")
                || Wire.startsWith(b, at, len, "HTTP/1.")
                || Wire.startsWith(b, at, len, "HEAD ")
                || Wire.startsWith(b, at, len, "PUT ")
                || Wire.startsWith(b, at, len, "DELETE ")
                || Wire.startsWith(b, at, len, "OPTIONS ")
                || Wire.startsWith(b, at, len, "PATCH ")
                || Wire.startsWith(b, at, len, "CONNECT ");
    }
}
