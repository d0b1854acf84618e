package io.zonewarden.core.model.risk;

import org.jspecify.annotations.Nullable;

/**
 * A safeguard of a process hazard: a BPCS control loop, an SIS trip, an alarm, a relief valve. A cyber-dependent
 * safeguard runs on an asset in {@code zone} and can be defeated by an attacker who reaches that zone; a mechanical
 * relief valve cannot.
 *
 * @param kind what it is; {@code null} when the hazard study does not say
 * @param zone where the cyber-dependent safeguard runs; required when {@code cyberDependent}
 * @param limits the consequence per category this safeguard holds the hazard to whatever an attacker does (a bund
 *     keeps a spill on site): only a safeguard that is not cyber-dependent may limit, as in a LOPA only an
 *     independent protection layer that the initiating cause cannot defeat takes credit
 */
public record Safeguard(
        String id,
        String name,
        @Nullable SafeguardKind kind,
        boolean cyberDependent,
        @Nullable String zone,
        Consequences limits) {

    public Safeguard {
        if (cyberDependent && zone == null) {
            throw new IllegalArgumentException(
                    "safeguard " + id + " is cyber-dependent: name the zone it runs in (zone: ...)");
        }
        if (!cyberDependent && zone != null) {
            throw new IllegalArgumentException("safeguard " + id + " names zone " + zone
                    + " but is not cyber-dependent: set cyberDependent: true or drop the zone");
        }
        if (cyberDependent && !limits.isEmpty()) {
            throw new IllegalArgumentException("safeguard " + id + " is cyber-dependent and cannot limit a"
                    + " consequence: an attacker who reaches zone " + zone + " can disable it; only a safeguard with"
                    + " cyberDependent: false may have limits");
        }
    }

    /** A safeguard that limits no consequence. */
    public Safeguard(
            String id, String name, @Nullable SafeguardKind kind, boolean cyberDependent, @Nullable String zone) {
        this(id, name, kind, cyberDependent, zone, Consequences.NONE);
    }
}
