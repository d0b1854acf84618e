package io.zonewarden.core.model;

import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A conduit (IEC 62443-3-2 ZCR 3.1): the communication path between two zones, with its own SL-T and the traffic
 * allowed across it.
 *
 * @param zones the ids of the two zones it joins
 * @param devices the ids of the assets that enforce it at the zone boundary (firewall, router, data diode, ...)
 */
public record Conduit(
        String id,
        @Nullable String name,
        List<String> zones,
        @Nullable SecurityLevelVector slTarget,
        List<AllowRule> allow,
        List<String> devices,
        @Nullable String description) {

    public Conduit {
        Ids.require(id, "conduit");
        if (zones.size() != 2) {
            throw new IllegalArgumentException(
                    "conduit '" + id + "' must join exactly two zones, got " + zones.size() + ": " + zones);
        }
        zones = List.copyOf(zones);
        allow = List.copyOf(allow);
        devices = List.copyOf(devices);
    }

    /** A conduit that names no boundary device. */
    public Conduit(
            String id,
            @Nullable String name,
            List<String> zones,
            @Nullable SecurityLevelVector slTarget,
            List<AllowRule> allow,
            @Nullable String description) {
        this(id, name, zones, slTarget, allow, List.of(), description);
    }

    public boolean joins(String zoneId) {
        return zones.contains(zoneId);
    }
}
