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
    void givenLocallyAdministeredOrUnassignedAddresses_whenLookedUp_thenNoVendor() {
        assertThat(registry.vendor(0x020000000001L)).isNull(); // U/L bit set: not from the registry
        assertThat(registry.vendor(-1)).isNull();
    }
}
