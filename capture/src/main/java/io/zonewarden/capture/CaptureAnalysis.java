package io.zonewarden.capture;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What {@link Analyzer#analyze} found in one or more capture files read as one capture.
 *
 * @param packets frames read
 * @param bytes frame bytes on the wire (original lengths)
 * @param malformed frames or records with at least one violation
 * @param malformedReasons violations by reason ({@code truncated_record}, {@code bad_mbap_header}, ...)
 * @param linkTypes frames per LINKTYPE_ value (1 Ethernet, 113 SLL, ...); unknown ones are listed too
 * @param protocols frames in which each protocol was decoded, Wireshark's way: keys {@code modbus}, {@code s7comm},
 *     {@code dnp3}, {@code enip}, {@code cip}, {@code iec104}, {@code opcua}, {@code bacnet}, {@code profinet_dcp},
 *     {@code mqtt}, {@code goose}, {@code mms}, {@code s7comm_plus}, {@code arp}, {@code dns}, {@code tcp}, ...
 *     (every key present, zero when absent)
 * @param first timestamp of the earliest frame, or null for an empty capture
 * @param fileFirstFrames per file, the capture-wide number its first frame has
 * @param gaps TCP sequence gaps: stream bytes the capture does not hold. Not malformed frames: Wireshark reports
 *     them as expert information ("previous segment not captured") and dissects the frame after a gap
 * @param gapFrames the capture-wide numbers of the frames after the first gaps (at most 20; see {@link
 *     #frameInFile})
 */
public record CaptureAnalysis(
        List<Path> files,
        long packets,
        long bytes,
        long malformed,
        Map<String, Long> malformedReasons,
        Map<Integer, Long> linkTypes,
        Map<String, Long> protocols,
        List<ObservedAsset> assets,
        List<ObservedFlow> flows,
        @Nullable Instant first,
        @Nullable Instant last,
        List<Long> fileFirstFrames,
        long gaps,
        List<Long> gapFrames) {
    public CaptureAnalysis {
        gapFrames = List.copyOf(gapFrames);
        files = List.copyOf(files);
        malformedReasons = Map.copyOf(malformedReasons);
        linkTypes = Map.copyOf(linkTypes);
        protocols = Map.copyOf(protocols);
        assets = List.copyOf(assets);
        flows = List.copyOf(flows);
        fileFirstFrames = List.copyOf(fileFirstFrames);
    }

    /** An analysis of a capture without TCP gaps. */
    public CaptureAnalysis(
            List<Path> files,
            long packets,
            long bytes,
            long malformed,
            Map<String, Long> malformedReasons,
            Map<Integer, Long> linkTypes,
            Map<String, Long> protocols,
            List<ObservedAsset> assets,
            List<ObservedFlow> flows,
            @Nullable Instant first,
            @Nullable Instant last,
            List<Long> fileFirstFrames) {
        this(
                files,
                packets,
                bytes,
                malformed,
                malformedReasons,
                linkTypes,
                protocols,
                assets,
                flows,
                first,
                last,
                fileFirstFrames,
                0,
                List.of());
    }

    /**
     * Where a frame number of the whole capture lies: the file and the frame's number within it (1-based, as
     * Wireshark numbers frames), e.g. {@code plant.pcap#1234}.
     */
    public String frameInFile(long frame) {
        if (files.isEmpty()) return "#" + frame;
        int i = files.size() - 1;
        while (i > 0 && (i >= fileFirstFrames.size() || fileFirstFrames.get(i) > frame)) i--;
        long first = fileFirstFrames.isEmpty() ? 1 : fileFirstFrames.get(i);
        return files.get(i) + "#" + (frame - first + 1);
    }

    /** Packets and bytes per address (client or server of a flow, IP or MAC), both directions of every flow. */
    public Map<String, Traffic> trafficByAddress() {
        var traffic = new java.util.HashMap<String, Traffic>();
        for (var f : flows) {
            var t = new Traffic(f.packetsToServer() + f.packetsToClient(), f.bytesToServer() + f.bytesToClient());
            traffic.merge(f.clientAddress(), t, Traffic::plus);
            traffic.merge(f.serverAddress(), t, Traffic::plus);
        }
        return traffic;
    }

    /** Frames of {@code protocol} (a key of {@link #protocols}), 0 when none. */
    public long frames(String protocol) {
        return protocols.getOrDefault(protocol, 0L);
    }

    public Optional<Instant> firstSeen() {
        return Optional.ofNullable(first);
    }

    public Optional<Instant> lastSeen() {
        return Optional.ofNullable(last);
    }
}
