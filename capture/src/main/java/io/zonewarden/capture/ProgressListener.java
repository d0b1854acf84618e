package io.zonewarden.capture;

import java.nio.file.Path;

/** Told how far the analysis has read; called from the analysing thread, at least once per file. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (file, position, size) -> {};

    /** {@code position} of {@code size} bytes of {@code file} have been read. */
    void progress(Path file, long position, long size);
}
