package io.zonewarden.capture.dissect.tls;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives what a TLS record reveals in clear. */
public interface TlsSink extends DissectorSink {
    /** The host name of a ClientHello's server_name extension. */
    void tlsServerName(String serverName);
}
