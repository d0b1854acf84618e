package io.zonewarden.capture.dissect;

/**
 * How a protocol cuts a TCP byte stream into PDUs, the way Wireshark's {@code tcp_dissect_pdus} does: a segment that
 * does not continue a pending PDU must first be {@linkplain #accepts accepted} as the start of one; after that PDUs
 * follow each other by their length fields. Implementations read only {@code [offset, offset + available)}.
 *
 * <p>An abstract class rather than an interface: the engine calls it for every TCP segment of eight protocols, and a
 * virtual call through the class's method table is cheaper than an interface call, which searched the dissector's
 * interfaces (an "itable stub", 3 % of the engine's time).
 */
public abstract class StreamFraming {
    /** Returned by {@link #pduLength} when the header is not complete yet. */
    public static final int NEED_MORE = -1;
    /** Returned by {@link #pduLength} when the bytes cannot be the start of a PDU. */
    public static final int DESYNC = -2;

    protected StreamFraming() {}

    /** True when a segment starting with these bytes looks like the start of a PDU of this protocol. */
    public abstract boolean accepts(byte[] buf, int offset, int available);

    /** The length of the PDU starting at {@code offset}, {@link #NEED_MORE} or {@link #DESYNC}. */
    public abstract int pduLength(byte[] buf, int offset, int available);
}
