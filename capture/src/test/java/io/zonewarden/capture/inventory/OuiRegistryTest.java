package io.zonewarden.capture.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OuiRegistryTest {
    private final OuiRegistry registry = OuiRegistry.shared();

    @Test
    void givenTheCommittedRegistry_whenLoaded_thenAllThreeBlockSizesArePresent() {
        assertThat(registry.size()).isGreaterThan(40_000);
    }

    @Test
    void givenMacAddresses_whenLookedUp_thenTheLongestAssignedPrefixNamesTheVendor() {
        assertThat(registry.vendor(0x0000BC123456L)).isEqualTo("Rockwell Automation"); // MA-L 00:00:BC
        assertThat(registry.vendor(0x080006112233L)).isEqualTo("SIEMENS"); // MA-L 08:00:06
        assertThat(registry.vendor(0x0055DA1ABCDEL)).isEqualTo("KoolPOS"); // MA-M 00:55:DA:1
        assertThat(registry.vendor(0x001BC5001ABCL)).isEqualTo("OpenRB.com, Direct SIA"); // MA-S 00:1B:C5:00:1
    }

    @Test
    void givenEveryLineOfTheResource_whenItsPrefixIsLookedUp_thenTheLongestMatchingLineNamesTheVendor()
            throws Exception {
        // the oracle: a map from each prefix text to its name, asked longest prefix first
        var names = new java.util.HashMap<String, String>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(OuiRegistry.class.getResourceAsStream("oui.tsv.gz")),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                assertThat(tab).as(line).isIn(6, 7, 9);
                names.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        for (var entry : names.entrySet()) {
            // the first address of the block, and its last
            String prefix = entry.getKey();
            int free = 48 - 4 * prefix.length();
            long first = Long.parseLong(prefix, 16) << free;
            for (long mac : new long[] {first, first | ((1L << free) - 1)}) {
                String hex = "%012X".formatted(mac);
                String expected = names.getOrDefault(
                        hex.substring(0, 9), names.getOrDefault(hex.substring(0, 7), names.get(hex.substring(0, 6))));
                boolean local = (mac & 0x0200_0000_0000L) != 0;
                assertThat(registry.vendor(mac)).as(hex).isEqualTo(local ? null : expected);
            }
        }
        assertThat(registry.size()).isEqualTo(names.size());
    }

    @Test
    void givenLocallyAdministeredOrUnassignedAddresses_whenLookedUp_thenNoVendor() {
        assertThat(registry.vendor(0x020000000001L)).isNull(); // U/L bit set: not from the registry
        assertThat(registry.vendor(-1)).isNull();
    }
}
