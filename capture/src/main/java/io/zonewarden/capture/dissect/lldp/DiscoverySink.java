package io.zonewarden.capture.dissect.lldp;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives what a station announces about itself. */
public interface DiscoverySink extends DissectorSink {
    /** One announced field: {@code system_name}, {@code system_description}, {@code port} or {@code platform}. */
    void announced(String field, String value);
}
