package io.zonewarden.capture;

import java.nio.file.Path;

/** Base type of this module's own failures (I/O, unreadable files). Bad traffic is never an exception. */
public class CaptureException extends Exception {
    private final Path file;

    public CaptureException(Path file, String message) {
        super(file + ": " + message);
        this.file = file;
    }

    public CaptureException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    /** The capture file concerned. */
    public Path file() {
        return file;
    }
}
