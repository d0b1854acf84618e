package io.zonewarden.capture;

/**
 * How often a flow used one function (Modbus function code, CIP service, DNP3 function, ...).
 *
 * @param code the raw code as on the wire (protocol-specific; Modbus exception responses keep the exception bit,
 *     {@code function | 0x80}; S7comm userdata is {@code 0x10000 | group << 8 | subfunction}; IEC 60870-5-104 is
 *     the ASDU type id, {@code 0x1000 |} U-frame bits or {@code 0x2000} for S frames)
 * @param name the code table's name, or a generic one with the raw code for unknown codes
 * @param access what the function does: read, write, control, program, diagnostic, file, session, monitor,
 *     response or other
 */
public record FunctionCount(String protocol, int code, String name, String access, long count) {}
