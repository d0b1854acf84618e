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
    void givenEveryLineOfTheResource_whenLoaded_thenEachAssignmentIsThereWithItsWholeName() throws Exception {
        int lines = 0;
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(OuiRegistry.class.getResourceAsStream("oui.tsv.gz")),
                java.nio.charset.StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                int tab = line.indexOf('\t');
                lines++;
                if (tab == 9) {
                    // a 36-bit block is the longest prefix: its own name always answers
                    long mac = Long.parseLong(line, 0, 9, 16) << 12;
                    assertThat(registry.vendor(mac)).as(line).isEqualTo(line.substring(10));
                }
            }
        }
        assertThat(registry.size()).isEqualTo(lines);
    }

    @Test
    void givenLocallyAdministeredOrUnassignedAddresses_whenLookedUp_thenNoVendor() {
        assertThat(registry.vendor(0x020000000001L)).isNull(); // U/L bit set: not from the registry
        assertThat(registry.vendor(-1)).isNull();
    }
}
