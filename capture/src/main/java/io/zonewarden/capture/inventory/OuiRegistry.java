package io.zonewarden.capture.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * MAC address vendors from the IEEE Registration Authority's MA-L (24-bit), MA-M (28-bit) and MA-S (36-bit)
 * assignments. The resource {@code oui.tsv.gz} is built from Debian's {@code ieee-data} package (oui.csv, mam.csv,
 * oui36.csv) as sorted "hex prefix TAB short organisation name" lines; see capture/README.md for how to rebuild it.
 * Lookups are binary searches over the lines themselves, longest prefix first: loading is only inflating the text
 * (about a megabyte), where parsing 42,000 lines into tables had cost more than the analysis of a small capture.
 */
public final class OuiRegistry {
    private static final String RESOURCE = "oui.tsv.gz";
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** MA-S (36-bit), MA-M (28-bit), then MA-L (24-bit) prefixes, in hex digits: the longest match wins. */
    private static final int[] PREFIX_DIGITS = {9, 7, 6};

    private static volatile @Nullable OuiRegistry shared;

    /** The resource's lines, sorted by prefix (upper-case hex; a shorter prefix sorts before its extensions). */
    private final byte[] text;

    private OuiRegistry() throws IOException {
        var in = OuiRegistry.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("resource " + RESOURCE + " is missing from the capture module");
        }
        try (var gzip = new GZIPInputStream(in)) {
            text = gzip.readAllBytes();
        }
    }

    /** The registry loaded from the module's resource (once). */
    public static OuiRegistry shared() {
        var registry = shared;
        if (registry == null) {
            synchronized (OuiRegistry.class) {
                registry = shared;
                if (registry == null) {
                    try {
                        registry = new OuiRegistry();
                    } catch (IOException e) {
                        throw new UncheckedIOException("loading the IEEE OUI registry", e);
                    }
                    shared = registry;
                }
            }
        }
        return registry;
    }

    /**
     * The organisation a MAC address (48 bits in a long) is assigned to, or null when unassigned or locally
     * administered (bit 1 of the first octet, IEEE 802 clause 8.2).
     */
    public @Nullable String vendor(long mac) {
        if (mac < 0 || (mac & 0x0200_0000_0000L) != 0) {
            return null;
        }
        for (int digits : PREFIX_DIGITS) {
            int line = find(mac >>> (48 - 4 * digits), digits);
            if (line >= 0) {
                return name(line + digits + 1);
            }
        }
        return null;
    }

    /** The offset of the line for the prefix of {@code digits} hex digits, or -1 when there is none. */
    private int find(long prefix, int digits) {
        int lo = 0; // a line start
        int hi = text.length; // a line start, or the end
        while (lo < hi) {
            int start = (lo + hi) >>> 1;
            while (start > lo && text[start - 1] != '\n') start--;
            int order = compare(start, prefix, digits);
            if (order == 0) {
                return start;
            } else if (order < 0) {
                int end = start;
                while (end < text.length && text[end] != '\n') end++;
                lo = end + 1;
            } else {
                hi = start;
            }
        }
        return -1;
    }

    /** The order of the line at {@code start} against the prefix: its key is compared as the prefix and a tab. */
    private int compare(int start, long prefix, int digits) {
        for (int i = 0; i <= digits; i++) {
            int wanted = i < digits ? HEX[(int) (prefix >>> (4 * (digits - 1 - i))) & 0xF] : '\t';
            int found = start + i < text.length ? text[start + i] & 0xFF : '\n';
            if (found != wanted) {
                return found < wanted ? -1 : 1;
            }
        }
        return 0;
    }

    private String name(int start) {
        int end = start;
        while (end < text.length && text[end] != '\n' && text[end] != '\r') end++;
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    /** Number of assignments loaded. */
    public int size() {
        int lines = 0;
        for (byte b : text) {
            if (b == '\n') lines++;
        }
        return lines;
    }
}
