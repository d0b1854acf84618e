package io.zonewarden.monitor.policy;

import io.zonewarden.core.zoning.Severity;

/**
 * A device that describes itself on the wire differently from the inventory: another model, firmware revision or
 * vendor is a change the plant should know about (and sometimes a device that is not what it claims).
 *
 * @param field what differs: {@code firmware}, {@code model} or {@code vendor}
 * @param source the identity field seen on the wire, e.g. {@code cip.revision}
 * @param severity a warning for what the device says of itself, information for the maker of its network card
 */
public record IdentityMismatch(
        String asset,
        String address,
        String field,
        String inventory,
        String observed,
        String source,
        Severity severity) {

    public String message() {
        return "asset " + asset + " (" + address + ") reports " + field + " '" + observed + "' (" + source
                + ") where the inventory says '" + inventory + "'";
    }
}
