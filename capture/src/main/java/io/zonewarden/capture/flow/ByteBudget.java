package io.zonewarden.capture.flow;

/**
 * Bytes that reassembly buffers may still claim, shared by all flows of one engine. Per-flow limits alone would let a
 * capture with many flows, each holding an incomplete PDU, grow memory with the file; the shared budget keeps peak
 * memory bounded whatever the traffic. A buffer keeps what it was granted and reuses it.
 */
public final class ByteBudget {
    private long remaining;

    public ByteBudget(long bytes) {
        this.remaining = bytes;
    }

    /** Takes {@code bytes} from the budget; false (and nothing taken) when not enough is left. */
    public boolean take(long bytes) {
        if (bytes > remaining) {
            return false;
        }
        remaining -= bytes;
        return true;
    }

    public long remaining() {
        return remaining;
    }
}
