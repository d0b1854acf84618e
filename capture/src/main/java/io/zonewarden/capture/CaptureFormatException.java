package io.zonewarden.capture;

import java.nio.file.Path;

/** A file that is not a capture at all: its magic number is neither pcap nor pcapng. */
public final class CaptureFormatException extends CaptureException {
    private final long magic;

    public CaptureFormatException(Path file, long magic, String message) {
        super(file, message);
        this.magic = magic;
    }

    /** The first four bytes of the file, big-endian, or -1 when the file is shorter than four bytes. */
    public long magic() {
        return magic;
    }
}
