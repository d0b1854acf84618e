package io.zonewarden.capture.dissect;

import io.zonewarden.capture.wire.Violation;

/** Receives what a dissector found. Every protocol's sink extends this one. */
public interface DissectorSink {
    /** A malformed field at {@code offset} (an index into the buffer the dissector was given). */
    void violation(Violation violation, int offset);
}
