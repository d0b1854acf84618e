package io.zonewarden.core.model.risk;

import org.jspecify.annotations.Nullable;

/**
 * A safeguard of a process hazard: a BPCS control loop, an SIS trip, an alarm, a relief valve. A cyber-dependent
 * safeguard runs on an asset in {@code zone} and can be defeated by an attacker who reaches that zone; a mechanical
 * relief valve cannot.
 *
 * @param kind what it is; {@code null} when the hazard study does not say
 * @param zone where the cyber-dependent safeguard runs; required when {@code cyberDependent}
 */
public record Safeguard(
        String id,
        String name,
        @Nullable SafeguardKind kind,
        boolean cyberDependent,
        @Nullable String zone) {

    public Safeguard {
        if (cyberDependent && zone == null) {
            throw new IllegalArgumentException(
                    "safeguard " + id + " is cyber-dependent: name the zone it runs in (zone: ...)");
        }
        if (!cyberDependent && zone != null) {
            throw new IllegalArgumentException("safeguard " + id + " names zone " + zone
                    + " but is not cyber-dependent: set cyberDependent: true or drop the zone");
        }
    }
}
