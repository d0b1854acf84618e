package io.zonewarden.capture.dissect.enip;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives EtherNet/IP encapsulation messages and the CIP messages they carry. */
public interface EnipSink extends DissectorSink {
    /** One encapsulation message: command (see {@link EnipCommand}) and status. */
    void enip(int command, long status);

    /**
     * One CIP explicit message.
     *
     * @param service the service code without the response bit (see {@link CipService})
     * @param classId the class in the request path, or -1 (responses have no path)
     * @param instance the instance in the request path, or -1
     * @param generalStatus a response's general status, or -1 for requests
     */
    void cip(int service, boolean response, int classId, int instance, int generalStatus);

    /** A device identity from a List Identity reply (CIP Volume 1 5A-2.2 identity object attributes). */
    void enipIdentity(
            int vendorId,
            int deviceType,
            int productCode,
            int revisionMajor,
            int revisionMinor,
            long serial,
            String name);
}
