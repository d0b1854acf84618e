package io.zonewarden.capture.wire;

/**
 * Why a record, frame or PDU was judged malformed. Bad traffic is data: each violation is counted per flow and per
 * capture, never thrown.
 */
public enum Violation {
    // capture file records
    TRUNCATED_RECORD,
    RECORD_BEYOND_FILE,
    RECORD_LONGER_THAN_WINDOW,
    BAD_TIMESTAMP,
    BAD_BLOCK,
    UNKNOWN_INTERFACE,
    // link, network and transport layers
    UNKNOWN_LINK_TYPE,
    TRUNCATED_LINK_HEADER,
    TRUNCATED_IP_HEADER,
    BAD_IP_HEADER,
    BAD_IP_LENGTH,
    FRAGMENT_OVERFLOW,
    TRUNCATED_TRANSPORT_HEADER,
    BAD_TCP_HEADER,
    TCP_BUFFER_OVERFLOW,
    // application protocols
    BAD_MBAP_HEADER,
    BAD_TPKT_HEADER,
    BAD_COTP_HEADER,
    BAD_S7_HEADER,
    BAD_DNP3_LINK_HEADER,
    BAD_DNP3_CRC,
    DNP3_TRANSPORT_SEQUENCE,
    BAD_ENIP_HEADER,
    BAD_CIP_PATH,
    BAD_IEC104_APCI,
    BAD_OPCUA_HEADER,
    BAD_BVLC_HEADER,
    BAD_NPDU,
    BAD_DCP_HEADER,
    BAD_MQTT_HEADER,
    TRUNCATED_PDU;

    /** Lower-case name for reports, e.g. {@code bad_mbap_header}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
