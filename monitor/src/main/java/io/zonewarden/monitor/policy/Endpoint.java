package io.zonewarden.monitor.policy;

import org.jspecify.annotations.Nullable;

/**
 * One end of an observed flow as the plant model sees it.
 *
 * @param address the address seen on the wire (IP, or MAC for layer-2 flows)
 * @param asset the inventory asset with that address, or {@code null}
 * @param zone the zone of the asset, or of the zone network the address lies in, or {@code null} when neither
 */
public record Endpoint(
        String address, @Nullable String asset, @Nullable String zone) {

    /** The asset id when known, else the address: what findings name. */
    public String name() {
        return asset != null ? asset : address;
    }
}
