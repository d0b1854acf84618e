package io.zonewarden.capture.pcap;

import io.zonewarden.capture.wire.Violation;

/** Receives the records of a capture file, in file order. The frame array is only valid during the call. */
public interface PacketConsumer {

    /**
     * One captured frame.
     *
     * @param linkType the LINKTYPE_ value of the frame's interface (1 Ethernet, 113 SLL, ...)
     * @param timestampNanos nanoseconds since 1970-01-01T00:00Z
     * @param buf an array holding the frame, read by absolute index; reused for the next frame
     * @param offset index of the frame's first byte in {@code buf}
     * @param capturedLength bytes present in the file
     * @param originalLength bytes on the wire
     */
    void packet(int linkType, long timestampNanos, byte[] buf, int offset, int capturedLength, int originalLength);

    /** A record that could not be read as a frame, or a frame whose record header is damaged. */
    void malformed(Violation violation);

    /** Reading progress: called after every 16 MiB read and once at the end of the file. */
    default void progress(long position, long size) {}
}
