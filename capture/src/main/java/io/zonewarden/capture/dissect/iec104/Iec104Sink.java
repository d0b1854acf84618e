package io.zonewarden.capture.dissect.iec104;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives IEC 60870-5-104 APDUs. */
public interface Iec104Sink extends DissectorSink {
    /** A U-format APDU: function bits (STARTDT act 0x07, STARTDT con 0x0B, STOPDT 0x13/0x23, TESTFR 0x43/0x83). */
    void iec104U(int function);

    /** An S-format APDU (supervisory acknowledgement). */
    void iec104S(int receiveSequence);

    /** An I-format APDU with its ASDU header (see {@link Iec104Type}). */
    void iec104I(int typeId, int cause, boolean negative, boolean test, int commonAddress);
}
