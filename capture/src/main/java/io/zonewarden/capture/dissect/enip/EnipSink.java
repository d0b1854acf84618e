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

    /**
     * A device identity from a List Identity reply (CIP Volume 1 5A-2.2 identity object attributes). The product name
     * is passed as its bytes, {@code nameLength} at {@code nameOffset} of {@code buf} and valid during the call only:
     * a device repeats the same reply on every scan, and only a sink that has not seen it yet needs its text.
     */
    void enipIdentity(
            int vendorId,
            int deviceType,
            int productCode,
            int revisionMajor,
            int revisionMinor,
            long serial,
            byte[] buf,
            int nameOffset,
            int nameLength);
}
