package io.zonewarden.capture.dissect.profinet;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives PROFINET DCP PDUs. */
public interface DcpSink extends DissectorSink {
    /**
     * One DCP PDU.
     *
     * @param serviceId 3 get, 4 set, 5 identify, 6 hello
     * @param serviceType 0 request, 1 response success, 5 response not supported
     */
    void dcp(int frameId, int serviceId, int serviceType);

    /** NameOfStation (option 2, suboption 2) in a response or set request. */
    void dcpStationName(String name);

    /** IP parameter (option 1, suboption 2): address, mask, gateway as big-endian ints. */
    void dcpIp(int address, int mask, int gateway);

    /** Device vendor string (option 2, suboption 1). */
    void dcpVendor(String vendor);
}
