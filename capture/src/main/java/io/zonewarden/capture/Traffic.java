package io.zonewarden.capture;

/** Packets and bytes an address sent and received, over all its flows. */
public record Traffic(long packets, long bytes) {

    /** An address in no flow. */
    public static final Traffic NONE = new Traffic(0, 0);

    Traffic plus(Traffic other) {
        return new Traffic(packets + other.packets, bytes + other.bytes);
    }
}
