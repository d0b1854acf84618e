package io.zonewarden.capture;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One conversation. The client (initiator, master) is the side that opened it; for layer-2 flows ({@code transport}
 * "eth") the addresses are MAC addresses and {@code etherType} names the protocol.
 *
 * @param transport "tcp", "udp", "icmp", "ip" (another IP protocol) or "eth"
 * @param protocol the application protocol key ({@code modbus}, {@code s7comm}, ...; {@code unknown} when none)
 * @param functions the function codes seen, with counts
 * @param malformed violations seen on this flow, by reason
 * @param topics MQTT topic names and filters seen (bounded)
 * @param firstFrame the number of the flow's first frame, 1-based over all files of the capture (see {@link
 *     CaptureAnalysis#frameInFile})
 * @param lastFrame the number of its last frame
 */
public record ObservedFlow(
        String transport,
        String clientAddress,
        int clientPort,
        String serverAddress,
        int serverPort,
        int etherType,
        Instant firstSeen,
        Instant lastSeen,
        long packetsToServer,
        long bytesToServer,
        long packetsToClient,
        long bytesToClient,
        String protocol,
        List<FunctionCount> functions,
        Map<String, Long> malformed,
        Set<String> topics,
        long firstFrame,
        long lastFrame) {
    public ObservedFlow {
        functions = List.copyOf(functions);
        malformed = Map.copyOf(malformed);
        topics = Set.copyOf(topics);
    }
}
