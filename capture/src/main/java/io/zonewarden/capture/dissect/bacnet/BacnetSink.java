package io.zonewarden.capture.dissect.bacnet;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives BACnet/IP messages. */
public interface BacnetSink extends DissectorSink {
    /** The BVLC function (Annex J.2: 0x0A original-unicast-NPDU, 0x0B original-broadcast-NPDU, 0x04 forwarded-NPDU). */
    void bvlc(int function);

    /**
     * An APDU (clause 20.1).
     *
     * @param pduType 0 confirmed request, 1 unconfirmed request, 2 simple ack, 3 complex ack, 4 segment ack, 5
     *     error, 6 reject, 7 abort
     * @param service the service choice, or -1 for types that carry none (see {@link BacnetService})
     */
    void bacnetApdu(int pduType, int service);

    /** An I-Am (clause 16.10): device instance and vendor identifier (-1 when absent). */
    void bacnetIAm(int deviceInstance, int vendorId);
}
