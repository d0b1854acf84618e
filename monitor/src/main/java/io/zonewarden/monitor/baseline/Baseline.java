package io.zonewarden.monitor.baseline;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What normal looks like, learned from known-good captures.
 *
 * @param format the version of this record's shape, for files written by older versions
 * @param captureMinutes how long the learned captures lasted, the base of the rates
 */
public record Baseline(
        int format, List<String> learnedFrom, double captureMinutes, List<KnownAsset> assets, List<KnownFlow> flows) {

    public static final int FORMAT = 1;

    public Baseline {
        learnedFrom = List.copyOf(learnedFrom);
        assets = List.copyOf(assets);
        flows = List.copyOf(flows);
    }

    /** A device seen while learning, by IP (or by MAC when it spoke only at layer 2), with what it said of itself. */
    public record KnownAsset(@Nullable String ip, @Nullable String mac, Map<String, String> identity) {
        public KnownAsset {
            identity = Map.copyOf(identity);
        }

        String key() {
            return ip != null ? ip : String.valueOf(mac);
        }
    }

    /**
     * A conversation seen while learning: client and server address, transport and server port (the client's port
     * changes every session and is not part of it), its protocols, the functions used ({@code protocol:name}) and its
     * rate in packets per minute.
     */
    public record KnownFlow(
            String client,
            String server,
            String transport,
            int serverPort,
            Set<String> protocols,
            Set<String> functions,
            double packetsPerMinute) {
        public KnownFlow {
            protocols = Set.copyOf(protocols);
            functions = Set.copyOf(functions);
        }

        String key() {
            return FlowKey.of(client, server, transport, serverPort);
        }
    }
}
