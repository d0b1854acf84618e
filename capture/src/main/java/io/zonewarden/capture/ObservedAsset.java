package io.zonewarden.capture;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A device seen on the wire.
 *
 * @param ip its IP address, or null for a device seen only at layer 2
 * @param mac its MAC address (aa:bb:cc:dd:ee:ff), or null when it was never seen on the local segment
 * @param vendor the IEEE registry's organisation for the MAC address, or null
 * @param roles e.g. "modbus server", "dnp3 master", "s7comm client"
 * @param protocols the application protocols it spoke
 * @param identity what the device said about itself (e.g. "cip.product_name", "s7.order_number",
 *     "bacnet.device_instance", "profinet.station_name", "mqtt.client_id", "tls.server_name")
 */
public record ObservedAsset(
        @Nullable String ip,
        @Nullable String mac,
        @Nullable String vendor,
        Set<String> roles,
        Set<String> protocols,
        Map<String, String> identity) {
    public ObservedAsset {
        roles = Set.copyOf(roles);
        protocols = Set.copyOf(protocols);
        identity = Map.copyOf(identity);
    }

    public Optional<String> ipAddress() {
        return Optional.ofNullable(ip);
    }
}
