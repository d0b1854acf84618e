package io.zonewarden.capture.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An asset's roles: each recorded once per side and protocol, in the order first seen. */
class InventoryTest {
    private static final long MODBUS = 1, S7COMM = 2;

    @Test
    void givenAnAssetOnBothSidesOfTwoProtocols_whenRolesRepeat_thenEachRoleAndProtocolIsRecordedOnceInFirstSeenOrder() {
        var asset = new Inventory().ip(0, 0xFFFF_0A00_0001L, -1);
        asset.role(MODBUS, false, "modbus client", "modbus");
        asset.role(MODBUS, false, "modbus client", "modbus");
        asset.role(S7COMM, true, "s7comm server", "s7comm");
        // the other side of a protocol already seen is a role of its own
        asset.role(MODBUS, true, "modbus server", "modbus");
        asset.role(S7COMM, true, "s7comm server", "s7comm");
        asset.role(MODBUS, true, "modbus server", "modbus");

        assertThat(asset.roles).containsExactly("modbus client", "s7comm server", "modbus server");
        assertThat(asset.protocols).containsExactly("modbus", "s7comm");
    }
}
