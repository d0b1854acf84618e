package io.zonewarden.capture.inventory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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

    // one table per prefix length: 6, 7 and 9 hex digits
    private final long[][] prefixes = new long[3][];
    private final String[][] names = new String[3][];

    private OuiRegistry() throws IOException {
        var in = OuiRegistry.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IOException("resource " + RESOURCE + " is missing from the capture module");
        }
        long[][] keys = {new long[40_000], new long[8_000], new long[8_000]};
        String[][] values = {new String[40_000], new String[8_000], new String[8_000]};
        int[] counts = new int[3];
        try (var reader = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                int table = switch (tab) {
                    case 6 -> 0;
                    case 7 -> 1;
                    case 9 -> 2;
                    default -> -1;
                };
                if (table < 0) {
                    continue;
                }
                int n = counts[table];
                if (n == keys[table].length) {
                    keys[table] = Arrays.copyOf(keys[table], n * 2);
                    values[table] = Arrays.copyOf(values[table], n * 2);
                }
                keys[table][n] = Long.parseLong(line, 0, tab, 16);
                values[table][n] = line.substring(tab + 1);
                counts[table] = n + 1;
            }
        }
        for (int t = 0; t < 3; t++) {
            prefixes[t] = Arrays.copyOf(keys[t], counts[t]);
            names[t] = Arrays.copyOf(values[t], counts[t]);
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
                return names[t][at];
            }
        }
        return null;
    }

    /** Number of assignments loaded. */
    public int size() {
        return prefixes[0].length + prefixes[1].length + prefixes[2].length;
    }
}
