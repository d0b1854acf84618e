package io.zonewarden.capture.dissect.dhcp;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives what a DHCP client says about itself. */
public interface DhcpSink extends DissectorSink {
    /**
     * A client option: {@code option} 12 (host name) or 60 (vendor class identifier), its bytes at {@code [offset,
     * offset + length)} of {@code buf} (copy only what you keep), sent by the client with hardware address {@code mac}.
     */
    void dhcpClientOption(long mac, int option, byte[] buf, int offset, int length);
}
