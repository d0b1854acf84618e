package io.zonewarden.app.cli;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.capture.ObservedAsset;
import io.zonewarden.capture.ObservedFlow;
import io.zonewarden.capture.ProgressListener;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code zonewarden analyze CAPTURE...}: protocols, assets and flows of OT network captures. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads pcap and pcapng captures (several files are one capture), dissects the industrial protocols"
                    + " (Modbus/TCP, S7comm, DNP3, EtherNet/IP-CIP, IEC 60870-5-104, OPC UA, BACnet/IP, PROFINET"
                    + " DCP, MQTT, ...) and reports per-protocol frame counts, the assets seen with their identities"
                    + " and the flows with the function codes used.",
            "Malformed frames are counted and reported, never fatal. Exit status: 0 done, 2 a file that cannot be"
                    + " read or is not a capture."
        })
final class AnalyzeCommand implements Callable<Integer> {

    /** Files smaller than this finish before a progress bar would help. */
    private static final long PROGRESS_THRESHOLD = 8L << 20;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CAPTURE", description = "pcap or pcapng files, analysed as one capture")
    List<Path> captures;

    @Option(
            names = "--format",
            paramLabel = "text|json",
            description = "text (default) for people, json for programs",
            defaultValue = "text")
    OutputFormat format = OutputFormat.TEXT;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "talkers and flows listed in text")
    int top = 10;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        CaptureAnalysis analysis;
        try {
            analysis = Analyzer.analyze(captures, progress(err));
        } catch (CaptureException e) {
            err.println("zonewarden: " + e.getMessage());
            err.flush();
            return ZoneWarden.BAD_INPUT;
        }
        if (format == OutputFormat.JSON) {
            out.println(Json.write(json(analysis)));
        } else {
            text(out, analysis);
        }
        out.flush();
        return ZoneWarden.OK;
    }

    /** A one-line bar on stderr, only when stderr is a terminal and the capture is large enough to wait for. */
    private ProgressListener progress(PrintWriter err) {
        long total = 0;
        for (var file : captures) {
            try {
                total += Files.size(file);
            } catch (java.io.IOException e) {
                return ProgressListener.NONE; // the analyser reports the unreadable file itself
            }
        }
        if (System.console() == null || total < PROGRESS_THRESHOLD) return ProgressListener.NONE;
        return new ProgressBar(err, captures);
    }

    private static final class ProgressBar implements ProgressListener {
        private final PrintWriter err;
        private final Map<Path, Long> done = new HashMap<>();
        private final long total;
        private int shown = -1;

        ProgressBar(PrintWriter err, List<Path> files) {
            this.err = err;
            long sum = 0;
            for (var f : files) {
                try {
                    sum += Files.size(f);
                } catch (java.io.IOException e) {
                    // counted as empty: the bar is a courtesy, the analyser reports the file
                }
            }
            this.total = Math.max(1, sum);
        }

        @Override
        public void progress(Path file, long position, long size) {
            done.put(file, position);
            long read = done.values().stream().mapToLong(Long::longValue).sum();
            int percent = (int) Math.min(100, read * 100 / total);
            if (percent == shown) return;
            shown = percent;
            int filled = percent / 4;
            err.print("\ranalysing [" + "#".repeat(filled) + " ".repeat(25 - filled) + "] " + percent + "%");
            if (percent == 100) err.print("\r" + " ".repeat(45) + "\r");
            err.flush();
        }
    }

    // JSON ----------------------------------------------------------------------------------------------------

    static Map<String, Object> json(CaptureAnalysis a) {
        var root = new LinkedHashMap<String, Object>();
        var capture = new LinkedHashMap<String, Object>();
        capture.put("files", a.files().stream().map(Path::toString).toList());
        capture.put("packets", a.packets());
        capture.put("bytes", a.bytes());
        capture.put("malformed", a.malformed());
        capture.put("malformedReasons", new java.util.TreeMap<>(a.malformedReasons()));
        capture.put("linkTypes", new java.util.TreeMap<>(a.linkTypes()));
        capture.put("first", a.first() == null ? null : a.first().toString());
        capture.put("last", a.last() == null ? null : a.last().toString());
        root.put("capture", capture);
        root.put("protocols", new java.util.TreeMap<>(a.protocols()));
        root.put("assets", a.assets().stream().map(AnalyzeCommand::json).toList());
        root.put("flows", a.flows().stream().map(AnalyzeCommand::json).toList());
        return root;
    }

    private static Map<String, Object> json(ObservedAsset asset) {
        var m = new LinkedHashMap<String, Object>();
        m.put("ip", asset.ip());
        m.put("mac", asset.mac());
        m.put("vendor", asset.vendor());
        m.put("roles", asset.roles().stream().sorted().toList());
        m.put("protocols", asset.protocols().stream().sorted().toList());
        m.put("identity", new java.util.TreeMap<>(asset.identity()));
        return m;
    }

    private static Map<String, Object> json(ObservedFlow f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("transport", f.transport());
        m.put("client", f.clientAddress());
        m.put("clientPort", f.clientPort());
        m.put("server", f.serverAddress());
        m.put("serverPort", f.serverPort());
        if (f.etherType() != 0) m.put("etherType", String.format("0x%04x", f.etherType()));
        m.put("protocol", f.protocol());
        m.put("firstSeen", f.firstSeen().toString());
        m.put("lastSeen", f.lastSeen().toString());
        m.put("packetsToServer", f.packetsToServer());
        m.put("bytesToServer", f.bytesToServer());
        m.put("packetsToClient", f.packetsToClient());
        m.put("bytesToClient", f.bytesToClient());
        m.put("functions", f.functions().stream().map(AnalyzeCommand::json).toList());
        if (!f.malformed().isEmpty()) m.put("malformed", new java.util.TreeMap<>(f.malformed()));
        if (!f.topics().isEmpty()) m.put("topics", f.topics().stream().sorted().toList());
        return m;
    }

    private static Map<String, Object> json(FunctionCount fc) {
        var m = new LinkedHashMap<String, Object>();
        m.put("protocol", fc.protocol());
        m.put("code", fc.code());
        m.put("name", fc.name());
        m.put("access", fc.access());
        m.put("count", fc.count());
        return m;
    }

    // Text ----------------------------------------------------------------------------------------------------

    private void text(PrintWriter out, CaptureAnalysis a) {
        out.printf(
                "%d packets, %d bytes in %d file%s%s%n",
                a.packets(),
                a.bytes(),
                a.files().size(),
                a.files().size() == 1 ? "" : "s",
                a.first() == null ? "" : ", " + a.first() + " to " + a.last());
        if (a.malformed() > 0) {
            out.printf(
                    "%d malformed: %s%n",
                    a.malformed(),
                    a.malformedReasons().entrySet().stream()
                            .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining(", ")));
        }
        out.printf("%nprotocols (frames)%n");
        a.protocols().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-14s %10d%n", e.getKey(), e.getValue()));
        var talkers = new HashMap<String, long[]>();
        for (var f : a.flows()) {
            long bytes = f.bytesToServer() + f.bytesToClient();
            long packets = f.packetsToServer() + f.packetsToClient();
            for (var address : List.of(f.clientAddress(), f.serverAddress())) {
                var t = talkers.computeIfAbsent(address, k -> new long[2]);
                t[0] += packets;
                t[1] += bytes;
            }
        }
        out.printf("%ntop talkers (packets, bytes)%n");
        talkers.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1])
                        .reversed())
                .limit(top)
                .forEach(e -> out.printf("  %-40s %10d %14d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
        out.printf("%nassets (%d)%n", a.assets().size());
        for (var asset : a.assets()) {
            var identity = asset.identity().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining(", "));
            out.printf(
                    "  %-39s %-17s %-20s %s%s%n",
                    asset.ip() == null ? "-" : asset.ip(),
                    asset.mac() == null ? "-" : asset.mac(),
                    asset.vendor() == null ? "" : truncate(asset.vendor(), 20),
                    String.join(", ", asset.roles().stream().sorted().toList()),
                    identity.isEmpty() ? "" : "  [" + identity + "]");
        }
        var ics = new ArrayList<ObservedFlow>();
        for (var f : a.flows()) if (!f.functions().isEmpty()) ics.add(f);
        ics.sort(Comparator.comparingLong((ObservedFlow f) -> f.packetsToServer() + f.packetsToClient())
                .reversed());
        out.printf(
                "%nflows with protocol functions (%d of %d flows)%n",
                ics.size(), a.flows().size());
        for (var f : ics.subList(0, Math.min(top, ics.size()))) {
            out.printf(
                    "  %s %s:%d -> %s:%d  %s%n",
                    f.protocol(),
                    f.clientAddress(),
                    f.clientPort(),
                    f.serverAddress(),
                    f.serverPort(),
                    f.functions().stream()
                            .sorted(Comparator.comparingLong(FunctionCount::count)
                                    .reversed())
                            .limit(6)
                            .map(fc -> fc.name() + " x" + fc.count())
                            .collect(Collectors.joining(", ")));
        }
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
