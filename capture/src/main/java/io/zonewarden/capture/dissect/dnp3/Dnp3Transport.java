package io.zonewarden.capture.dissect.dnp3;

import io.zonewarden.capture.wire.Violation;

/**
 * Transport function reassembly for one direction of one association (IEEE 1815-2012 clause 8.2): segments from FIR
 * to FIN with consecutive 6-bit sequence numbers form one application fragment. Bounded: a fragment longer than
 * {@link #MAX_FRAGMENT} is dropped. The buffer is allocated on first use and reused.
 */
public final class Dnp3Transport {
    /** Application fragments are at most 2048 octets in practice (clause 4.2.2.1 recommends it); allow headroom. */
    public static final int MAX_FRAGMENT = 8192;

    private byte[] fragment = new byte[0];
    private int length;
    private int sequence = -1;
    private boolean active;
    private boolean finished;

    void reset() {
        active = false;
        length = 0;
        finished = false;
    }

    void begin(int header, byte[] buf, int at, int len, Dnp3Sink sink) {
        boolean fin = (header & 0x80) != 0;
        boolean fir = (header & 0x40) != 0;
        int seq = header & 0x3F;
        finished = fin;
        if (fir) {
            active = true;
            length = 0;
        } else if (!active || seq != ((sequence + 1) & 0x3F)) {
            if (active) {
                sink.violation(Violation.DNP3_TRANSPORT_SEQUENCE, at - 1);
            }
            active = false;
            sequence = seq;
            return;
        }
        sequence = seq;
        append(buf, at, len);
    }

    void append(byte[] buf, int at, int len) {
        if (!active) {
            return;
        }
        if (length + len > MAX_FRAGMENT) {
            active = false;
            return;
        }
        if (fragment.length < length + len) {
            fragment = java.util.Arrays.copyOf(fragment, Math.min(MAX_FRAGMENT, Math.max(256, (length + len) * 2)));
        }
        System.arraycopy(buf, at, fragment, length, len);
        length += len;
    }

    void end(Dnp3Sink sink) {
        if (active && finished) {
            Dnp3Dissector.application(fragment, length, sink);
            active = false;
            length = 0;
        }
    }
}
