package io.zonewarden.capture.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * MAC address vendors from the IEEE Registration Authority's MA-L (24-bit), MA-M (28-bit) and MA-S (36-bit)
 * assignments. The resource {@code oui.tsv.gz} is built from Debian's {@code ieee-data} package (oui.csv, mam.csv,
 * oui36.csv) as sorted "hex prefix TAB short organisation name" lines; see capture/README.md for how to rebuild it.
 * Lookups are binary searches over primitive arrays, longest prefix first.
 */
public final class OuiRegistry {
    private static final String RESOURCE = "oui.tsv.gz";
    private static volatile @Nullable OuiRegistry shared;

    // one table per prefix length: 6, 7 and 9 hex digits; a name is the UTF-8 text at nameAt[t][i] in text, up to
    // the end of its line, decoded when asked for: a capture names a few hundred vendors of 42,000
    private final long[][] prefixes = new long[3][];
    private final int[][] nameAt = new int[3][];
    private final byte[] text;

    private OuiRegistry() throws IOException {
        var in = OuiRegistry.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("resource " + RESOURCE + " is missing from the capture module");
        }
        try (var gzip = new GZIPInputStream(in)) {
            text = gzip.readAllBytes();
        }
        long[][] keys = {new long[40_000], new long[8_000], new long[8_000]};
        int[][] names = {new int[40_000], new int[8_000], new int[8_000]};
        int[] counts = new int[3];
        int pos = 0;
        while (pos < text.length) {
            int tab = pos;
            long key = 0;
            boolean hex = true;
            for (; tab < text.length && text[tab] != '\t' && text[tab] != '\n'; tab++) {
                int digit = Character.digit(text[tab], 16);
                hex &= digit >= 0;
                key = (key << 4) | (digit & 0xF);
            }
            int table = switch (tab - pos) {
                case 6 -> 0;
                case 7 -> 1;
                case 9 -> 2;
                default -> -1;
            };
            int end = tab;
            while (end < text.length && text[end] != '\n') end++;
            if (hex && table >= 0 && tab < text.length && text[tab] == '\t') {
                int n = counts[table];
                if (n == keys[table].length) {
                    keys[table] = Arrays.copyOf(keys[table], n * 2);
                    names[table] = Arrays.copyOf(names[table], n * 2);
                }
                keys[table][n] = key;
                names[table][n] = tab + 1;
                counts[table] = n + 1;
            }
            pos = end + 1;
        }
        for (int t = 0; t < 3; t++) {
            prefixes[t] = Arrays.copyOf(keys[t], counts[t]);
            nameAt[t] = Arrays.copyOf(names[t], counts[t]);
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
        int[] shifts = {12, 20, 24}; // 36-bit, 28-bit, 24-bit prefixes: drop 12, 20 or 24 bits
        int[] tables = {2, 1, 0};
        for (int i = 0; i < 3; i++) {
            int t = tables[i];
            int at = Arrays.binarySearch(prefixes[t], mac >>> shifts[i]);
            if (at >= 0) {
                return name(nameAt[t][at]);
            }
        }
        return null;
    }

    private String name(int start) {
        int end = start;
        while (end < text.length && text[end] != '\n' && text[end] != '\r') end++;
        return new String(text, start, end - start, StandardCharsets.UTF_8);
    }

    /** Number of assignments loaded. */
    public int size() {
        return prefixes[0].length + prefixes[1].length + prefixes[2].length;
    }
}
