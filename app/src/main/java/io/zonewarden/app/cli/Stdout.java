package io.zonewarden.app.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Standard output as the command line's writer, keeping the byte stream beneath it: a capture's JSON (tens of MB) is
 * written as UTF-8 bytes straight to it instead of as characters through an encoder, a few tenths of a second less
 * on a large capture.
 */
final class Stdout extends PrintWriter {
    final PrintStream bytes;

    Stdout(PrintStream bytes) {
        super(new OutputStreamWriter(bytes, textCharset()), true);
        this.bytes = bytes;
    }

    /** The charset picocli's own writer would use for text: sun.stdout.encoding when set, else the default. */
    private static Charset textCharset() {
        var name = System.getProperty("sun.stdout.encoding");
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
