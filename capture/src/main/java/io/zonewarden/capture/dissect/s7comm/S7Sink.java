package io.zonewarden.capture.dissect.s7comm;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives S7comm and S7comm-plus PDUs. */
public interface S7Sink extends DissectorSink {
    /**
     * One S7comm PDU.
     *
     * @param rosctr the PDU type (1 job, 2 ack, 3 ack-data, 7 userdata)
     * @param function the parameter's function code for job/ack-data, or for userdata {@link S7Function#userdata}
     *     of the group and subfunction, or -1 when there is no parameter
     */
    void s7comm(int rosctr, int function, int errorClass, int errorCode);

    /** A module identification or component name from an SZL response (SZL-ID 0x0011 / 0x001C). */
    void s7Identity(String field, String value);

    /** An S7comm-plus PDU: protocol version, opcode (0x31 request, 0x32 response, 0x33 notification), function. */
    void s7commPlus(int version, int opcode, int function);
}
