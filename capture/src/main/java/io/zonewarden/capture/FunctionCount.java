package io.zonewarden.capture;

/**
 * How often a flow used one function (Modbus function code, CIP service, DNP3 function, ...).
 *
 * @param code the raw code as on the wire (protocol-specific; for S7comm userdata {@code 0x10000 | group << 8 |
 *     subfunction}, for IEC 60870-5-104 the ASDU type id or {@code 0x1000 |} U-frame bits)
 * @param name the code table's name, or a generic one with the raw code for unknown codes
 * @param access what the function does: read, write, control, program, diagnostic, file, session, monitor,
 *     response or other
 */
public record FunctionCount(String protocol, int code, String name, String access, long count) {}
