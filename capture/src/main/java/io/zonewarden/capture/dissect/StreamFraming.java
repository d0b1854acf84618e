package io.zonewarden.capture.dissect;

/**
 * How a protocol cuts a TCP byte stream into PDUs, the way Wireshark's {@code tcp_dissect_pdus} does: a segment that
 * does not continue a pending PDU must first be {@linkplain #accepts accepted} as the start of one; after that PDUs
 * follow each other by their length fields. Implementations read only {@code [offset, offset + available)}.
 */
public interface StreamFraming {
    /** Returned by {@link #pduLength} when the header is not complete yet. */
    int NEED_MORE = -1;
    /** Returned by {@link #pduLength} when the bytes cannot be the start of a PDU. */
    int DESYNC = -2;

    /** True when a segment starting with these bytes looks like the start of a PDU of this protocol. */
    boolean accepts(byte[] buf, int offset, int available);

    /** The length of the PDU starting at {@code offset}, {@link #NEED_MORE} or {@link #DESYNC}. */
    int pduLength(byte[] buf, int offset, int available);
}
