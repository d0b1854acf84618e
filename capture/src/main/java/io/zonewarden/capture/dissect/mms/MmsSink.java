package io.zonewarden.capture.dissect.mms;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives MMS PDUs. */
public interface MmsSink extends DissectorSink {
    /**
     * One MMS PDU.
     *
     * @param pdu the MMSpdu choice tag number (0 confirmed-Request, 1 confirmed-Response, 3 unconfirmed, 8
     *     initiate-Request, 11 conclude-Request, ... ISO 9506-2 section 7)
     * @param service the confirmed service tag number for requests and responses, else -1
     */
    void mms(int pdu, int service);
}
