package io.zonewarden.capture.flow;

/**
 * One direction of a TCP connection: the next expected sequence number and the bytes of a PDU that is not complete
 * yet. The buffer grows on demand up to {@link #MAX_PENDING} and is then reused; a PDU longer than that is dropped
 * (counted as a violation by the caller), so memory is bounded per flow.
 */
public final class TcpHalf {
    /** Largest incomplete PDU kept, per direction. */
    public static final int MAX_PENDING = 256 * 1024;

    public boolean synced;
    /** The last acknowledgement number the other side sent for this direction's data, when {@link #acked}. */
    public long peerAck;

    public boolean acked;
    public long nextSeq;
    /** Bytes of an incomplete PDU, from index 0. */
    public int pending;
    /** Sequence number at which the pending PDU completes, or -1 while its length is not known yet. */
    public long pduEndSeq = -1;
    /** Stream bytes seen (excluding retransmissions). */
    public long streamBytes;

    /**
     * Shared by every half that has not needed a buffer yet (most never do: a PDU rarely spans segments), so a flow
     * costs two small objects here, not six. Nothing writes to it and its capacity is zero.
     */
    private static final byte[] NONE = new byte[0];

    private byte[] data = NONE;

    /** The pending bytes, from index 0; the array is replaced when it grows. */
    public byte[] view() {
        return data;
    }

    /**
     * Appends {@code length} bytes; false (and nothing appended) when that would pass {@link #MAX_PENDING} or the
     * buffer would have to grow beyond what {@code budget} still grants.
     */
    public boolean append(byte[] src, int offset, int length, ByteBudget budget) {
        int needed = pending + length;
        if (needed > MAX_PENDING) {
            return false;
        }
        if (needed > data.length) {
            int capacity = Math.min(MAX_PENDING, Math.max(needed, Math.max(512, data.length * 2)));
            if (!budget.take(capacity - data.length)) {
                return false;
            }
            data = java.util.Arrays.copyOf(data, capacity);
        }
        System.arraycopy(src, offset, data, pending, length);
        pending = needed;
        return true;
    }

    /** Drops the first {@code consumed} pending bytes, keeping the rest at index 0. */
    public void consume(int consumed) {
        pduEndSeq = -1;
        if (consumed >= pending) {
            pending = 0;
            return;
        }
        System.arraycopy(data, consumed, data, 0, pending - consumed);
        pending -= consumed;
    }
}
