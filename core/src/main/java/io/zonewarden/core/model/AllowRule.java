package io.zonewarden.core.model;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One kind of traffic that a zone (inside it) or a conduit (across it) accepts: from an asset or zone, to an asset
 * or zone, with a protocol, optionally a port and the protocol functions allowed (e.g. {@code read-var}). No
 * functions listed means every function of the protocol.
 */
public record AllowRule(
        String from, String to, String protocol, @Nullable Integer port, List<String> functions) {

    private static final Pattern PROTOCOL = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    public AllowRule {
        Ids.require(from, "allow rule 'from'");
        Ids.require(to, "allow rule 'to'");
        if (!PROTOCOL.matcher(protocol).matches()) {
            throw new IllegalArgumentException(
                    "protocol '" + protocol + "' must be a lower-case name such as modbus, s7comm or opcua");
        }
        if (port != null && (port < 0 || port > 65535)) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        functions = List.copyOf(functions);
    }
}
