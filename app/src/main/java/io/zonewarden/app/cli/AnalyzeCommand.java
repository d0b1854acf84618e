package io.zonewarden.app.cli;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.capture.ObservedAsset;
import io.zonewarden.capture.ObservedFlow;
import io.zonewarden.capture.ProgressListener;
import io.zonewarden.capture.Traffic;
import io.zonewarden.capture.pcap.CaptureReader;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.alert.Alert;
import io.zonewarden.monitor.alert.AlertFormats;
import io.zonewarden.monitor.alert.CollectAlerts;
import io.zonewarden.monitor.alert.OtOperationAlerts;
import io.zonewarden.monitor.alert.OutboundAlert;
import io.zonewarden.monitor.alert.Syslog;
import io.zonewarden.monitor.baseline.Baseline;
import io.zonewarden.monitor.baseline.CompareWithBaseline;
import io.zonewarden.monitor.baseline.Deviation;
import io.zonewarden.monitor.baseline.LearnBaseline;
import io.zonewarden.monitor.compliance.CollectTrafficEvidence;
import io.zonewarden.monitor.compliance.ZoneEvidence;
import io.zonewarden.monitor.policy.CompareIdentities;
import io.zonewarden.monitor.policy.ConduitPolicy;
import io.zonewarden.monitor.policy.Endpoint;
import io.zonewarden.monitor.policy.IdentityMismatch;
import io.zonewarden.monitor.policy.PlantMap;
import io.zonewarden.monitor.policy.PolicyReport;
import io.zonewarden.monitor.policy.PolicyViolation;
import java.io.BufferedOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.core.JsonGenerator;

/** {@code zonewarden analyze CAPTURE...}: protocols, assets and flows of OT network captures. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description = {
            "Reads pcap and pcapng captures (several files are one capture), dissects the industrial protocols"
                    + " (Modbus/TCP, S7comm, DNP3, EtherNet/IP-CIP, IEC 60870-5-104, OPC UA, BACnet/IP, PROFINET"
                    + " DCP, MQTT, ...) and reports per-protocol frame counts, the assets seen with their identities"
                    + " and the flows with the function codes used.",
            "Malformed frames are counted and reported, never fatal. With --model every flow is judged against the"
                    + " zones and conduits. Exit status: 0 done, 1 a violation at or above --fail-on, 2 a file that"
                    + " cannot be read or is not a capture."
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

    @Option(
            names = "--io",
            paramLabel = "read|map",
            description = "how the files are read: read (default), positioned reads into a reused buffer; map,"
                    + " memory-mapped windows. Both give the same result; read saves setting up the mapping of"
                    + " every page, which is dear on virtual machines",
            defaultValue = "read")
    CaptureReader.Access io = CaptureReader.Access.READ;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", description = "talkers and flows listed in text")
    int top = 10;

    @Option(
            names = "--model",
            paramLabel = "MODEL.yaml",
            description = "judge every flow against this plant model's zones and conduits")
    @Nullable
    Path model;

    @Option(
            names = "--fail-on",
            paramLabel = "error|warning|info",
            description = "with --model: exit 1 when a violation is at least this serious (default: error)",
            defaultValue = "error",
            converter = SeverityConverter.class)
    Severity failOn = Severity.ERROR;

    @Option(
            names = "--learn",
            paramLabel = "BASELINE.json",
            description = "learn the normal from these known-good captures and write it to BASELINE.json")
    @Nullable
    Path learn;

    @Option(
            names = "--baseline",
            paramLabel = "BASELINE.json",
            description = "raise what departs from a learned baseline: new assets, conversations, protocols,"
                    + " functions, identity changes and rate spikes")
    @Nullable
    Path baselineFile;

    @Option(names = "--alerts", paramLabel = "FILE", description = "also write the alerts to FILE, one per line")
    @Nullable
    Path alertsFile;

    @Option(
            names = "--alerts-format",
            paramLabel = "jsonl|cef",
            defaultValue = "jsonl",
            description = "jsonl (default): one JSON object per line; cef: ArcSight CEF for a SIEM")
    String alertsFormat = "jsonl";

    @Option(
            names = "--syslog",
            paramLabel = "URL",
            description = "also send every alert to a syslog collector as an RFC 5424 message carrying its CEF line:"
                    + " udp://host:port, tcp://host:port (octet counting) or tls://host:port")
    @Nullable
    String syslog;

    @Option(
            names = "--syslog-ca",
            paramLabel = "FILE",
            description = "with tls://: trust the collector's certificate from this CA file (PEM or DER) instead of"
                    + " the JDK's default trust store")
    @Nullable
    Path syslogCa;

    @Option(
            names = "--syslog-facility",
            paramLabel = "local0..local7",
            defaultValue = "local4",
            description = "the syslog facility (default: local4)")
    String syslogFacility = "local4";

    @Option(
            names = "--spool",
            paramLabel = "DIR",
            description = "where alerts wait when the syslog collector cannot be reached (default: beside --alerts,"
                    + " else the current directory); they are sent first on the next run")
    @Nullable
    Path spool;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        if (!alertsFormat.equals("jsonl") && !alertsFormat.equals("cef")) {
            err.println("zonewarden: --alerts-format is jsonl or cef, got '" + alertsFormat + "'");
            return ZoneWarden.BAD_INPUT;
        }
        Syslog.Target syslogTarget = null;
        javax.net.ssl.SSLContext tls = null;
        int facility = -1;
        if (syslog != null) {
            try {
                syslogTarget = Syslog.Target.parse(syslog);
            } catch (IllegalArgumentException e) {
                err.println("zonewarden: --syslog: " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            if (syslogFacility.matches("local[0-7]")) facility = 16 + (syslogFacility.charAt(5) - '0');
            else {
                err.println("zonewarden: --syslog-facility is local0 .. local7, got '" + syslogFacility + "'");
                return ZoneWarden.BAD_INPUT;
            }
            if (syslogCa != null) {
                try {
                    tls = Syslog.trusting(syslogCa);
                } catch (java.io.IOException e) {
                    err.println("zonewarden: --syslog-ca " + e.getMessage());
                    return ZoneWarden.BAD_INPUT;
                }
            }
        }
        Plant plant = null;
        if (model != null) {
            try {
                plant = PlantYamlReader.read(model);
            } catch (ModelFileException e) {
                Problems.print(err, e);
                return ZoneWarden.BAD_INPUT;
            }
        }
        Baseline baseline = null;
        if (baselineFile != null) {
            try {
                baseline = Json.MAPPER.readValue(baselineFile.toFile(), Baseline.class);
            } catch (tools.jackson.core.JacksonException e) {
                var where = e.getLocation();
                err.println("zonewarden: " + baselineFile
                        + (where == null ? "" : ":" + where.getLineNr() + ":" + where.getColumnNr())
                        + ": not a baseline written by --learn: " + e.getOriginalMessage());
                return ZoneWarden.BAD_INPUT;
            }
            if (baseline.format() != Baseline.FORMAT) {
                err.println("zonewarden: " + baselineFile + ": baseline format " + baseline.format()
                        + " is not the format " + Baseline.FORMAT + " this version reads; learn it again");
                return ZoneWarden.BAD_INPUT;
            }
        }
        CaptureAnalysis analysis;
        try {
            analysis = Analyzer.analyze(captures, progress(err), io);
        } catch (CaptureException e) {
            err.println("zonewarden: " + e.getMessage());
            err.flush();
            return ZoneWarden.BAD_INPUT;
        }
        var policy = plant == null ? null : new ConduitPolicy(plant);
        var map = policy != null ? policy.map() : new PlantMap(EMPTY_PLANT);
        PolicyReport verdict = policy == null ? null : policy.judge(analysis);
        var alerts = OtOperationAlerts.raise(analysis, map);
        List<IdentityMismatch> identities = plant == null ? List.of() : CompareIdentities.compare(map, analysis);
        List<ZoneEvidence> compliance = plant == null ? List.of() : CollectTrafficEvidence.collect(plant, analysis);
        List<Deviation> deviations = baseline == null ? List.of() : CompareWithBaseline.compare(baseline, analysis);
        // what leaves for the SOC: every rule that fired, aggregated over the capture, severity in context
        var outbound = CollectAlerts.collect(
                plant == null ? EMPTY_PLANT : plant,
                map,
                alerts,
                verdict,
                deviations,
                analysis.first(),
                analysis.last());
        if (learn != null) {
            try {
                var target = learn.toAbsolutePath();
                if (target.getParent() != null) Files.createDirectories(target.getParent());
                Files.writeString(target, Json.write(LearnBaseline.learn(analysis)));
            } catch (java.io.IOException e) {
                err.println("zonewarden: cannot write the baseline to " + learn + ": " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
            err.println("learned a baseline of " + analysis.assets().size() + " assets and "
                    + analysis.flows().size() + " flows into " + learn);
        }
        if (format == OutputFormat.JSON) {
            // streamed field by field: a large capture has ~10^5 flows, and a tree of maps for them costs seconds
            // of building and collecting before the first byte is written. Model verdicts and baseline deviations
            // are written as whole objects, which needs data binding. The generator hands over 8 KB at a time: on
            // standard output its tens of MB go out in 1 MB writes instead (the 1 GiB replay's 42 MB of JSON: -24 +- 5
            // ms into a file, -19 +- 9 ms into /dev/null, against 64 KB writes).
            boolean values = verdict != null || baseline != null;
            out.flush();
            var bytes = out instanceof Stdout stdout ? new BufferedOutputStream(stdout.bytes, 1 << 20) : null;
            try (var json = bytes != null ? JsonLayout.lists(bytes, values) : JsonLayout.lists(out, values)) {
                json.writeStartObject();
                writeAnalysis(json, analysis);
                if (verdict != null) {
                    json.writeName("violations");
                    json.writePOJO(verdict.violations().stream()
                            .map(AnalyzeCommand::json)
                            .toList());
                    json.writePOJOProperty("conduits", verdict.conduits());
                    json.writePOJOProperty("identities", identities);
                    json.writePOJOProperty("compliance", compliance);
                }
                json.writeArrayPropertyStart("alerts");
                var text = new IsoInstant.Buffer();
                for (var alert : alerts) writeAlert(json, alert, text);
                json.writeEndArray();
                if (baseline != null) json.writePOJOProperty("deviations", deviations);
                json.writeArrayPropertyStart("siemAlerts");
                for (var alert : outbound) json.writeRawValue(AlertFormats.jsonLine(alert));
                json.writeEndArray();
                json.writeEndObject();
            }
            out.println();
        } else {
            text(out, analysis);
            if (verdict != null) {
                text(out, verdict);
                if (!identities.isEmpty()) {
                    out.printf("%ninventory against what devices report (%d)%n", identities.size());
                    identities.forEach(
                            m -> out.printf("  %-7s %s%n", m.severity().label(), m.message()));
                }
                out.printf("%nevidence for the assessment (suggestions beside the answers)%n");
                for (var z : compliance) {
                    for (var s : z.suggestions()) {
                        out.printf(
                                "  %-14s %-7s %-12s (answered: %s) %s%n",
                                z.zone(), s.requirement(), s.suggested(), s.answered(), s.reason());
                    }
                }
            }
            textAlerts(out, alerts);
            if (baseline != null) {
                out.printf("%ndeviations from the baseline (%d)%n", deviations.size());
                deviations.forEach(
                        d -> out.printf("  %-7s %-16s %s%n", d.severity().label(), d.rule(), d.message()));
            }
        }
        out.flush();
        if (alertsFile != null) {
            try {
                writeAlerts(outbound, alertsFile);
            } catch (java.io.IOException e) {
                err.println("zonewarden: cannot write alerts to " + alertsFile + ": " + e.getMessage());
                return ZoneWarden.BAD_INPUT;
            }
        }
        if (syslogTarget != null) {
            var version = version();
            var host = hostname();
            var messages = new ArrayList<String>(outbound.size());
            for (var alert : outbound) {
                messages.add(Syslog.message(alert, AlertFormats.cef(alert, version), facility, host));
            }
            var spoolFile = spool != null
                    ? spool.resolve("zonewarden-syslog.spool")
                    : alertsFile != null
                            ? alertsFile.resolveSibling(alertsFile.getFileName() + ".syslog-spool")
                            : Path.of("zonewarden-syslog.spool");
            try {
                var delivery = Syslog.deliver(syslogTarget, tls, messages, spoolFile);
                if (delivery.error() != null) {
                    // the exit status stays that of the analysis; the alerts are kept, and the operator told so
                    err.println("zonewarden: syslog " + syslogTarget + " unreachable (" + delivery.error() + "): "
                            + delivery.spooled() + " alert" + (delivery.spooled() == 1 ? "" : "s") + " waiting in "
                            + delivery.spool() + ", sent first on the next run");
                } else {
                    err.println("sent " + delivery.sent() + " alert" + (delivery.sent() == 1 ? "" : "s") + " to syslog "
                            + syslogTarget);
                }
            } catch (java.io.IOException e) {
                err.println("zonewarden: syslog " + syslogTarget + " unreachable and the spool " + spoolFile
                        + " cannot be written (" + e.getMessage() + "): " + messages.size() + " alerts not delivered");
                return ZoneWarden.INTERNAL;
            }
        }
        return verdict != null && verdict.reaches(failOn) ? ZoneWarden.FINDINGS : ZoneWarden.OK;
    }

    /** A model with nothing in it: alerts then name addresses only. */
    private static final Plant EMPTY_PLANT =
            new Plant(new PlantInfo("none", "none", null, null), List.of(), List.of(), List.of());

    private static String version() {
        var version = ZoneWarden.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** RFC 5424 HOSTNAME: this machine's name, {@code -} (the nil value) when it has none. */
    private static String hostname() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "-";
        }
    }

    private void writeAlerts(List<OutboundAlert> alerts, Path file) throws java.io.IOException {
        var version = version();
        var lines = new ArrayList<String>(alerts.size());
        for (var alert : alerts) {
            lines.add(alertsFormat.equals("cef") ? AlertFormats.cef(alert, version) : AlertFormats.jsonLine(alert));
        }
        var target = file.toAbsolutePath();
        if (target.getParent() != null) Files.createDirectories(target.getParent());
        Files.write(target, lines, java.nio.charset.StandardCharsets.UTF_8);
    }

    static Map<String, Object> json(PolicyViolation v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("rule", v.rule());
        m.put("severity", v.severity().label());
        m.put("client", endpoint(v.client()));
        m.put("server", endpoint(v.server()));
        m.put("transport", v.transport());
        m.put("serverPort", v.serverPort());
        m.put("protocol", v.protocol());
        if (!v.functions().isEmpty()) m.put("functions", v.functions());
        m.put("conduit", v.conduit());
        m.put("zones", v.zones());
        m.put("firstSeen", v.firstSeen().toString());
        m.put("lastSeen", v.lastSeen().toString());
        m.put("packets", v.packets());
        m.put("message", v.message());
        m.put("evidence", v.evidence());
        return m;
    }

    private static void writeAlert(JsonGenerator json, Alert a, IsoInstant.Buffer text) {
        json.writeStartObject();
        json.writeStringProperty("rule", a.rule());
        json.writeStringProperty("severity", a.severity().label());
        json.writeStringProperty("technique", a.technique().id());
        json.writeStringProperty("techniqueName", a.technique().title());
        json.writeStringProperty("title", a.title());
        writeEndpoint(json, "client", a.client());
        writeEndpoint(json, "server", a.server());
        json.writeStringProperty("protocol", a.protocol());
        json.writeStringProperty("function", a.function());
        json.writeNumberProperty("code", a.code());
        json.writeNumberProperty("count", a.count());
        writeInstant(json, "firstSeen", a.firstSeen(), text);
        writeInstant(json, "lastSeen", a.lastSeen(), text);
        json.writeArrayPropertyStart("evidence");
        for (var evidence : a.evidence()) json.writeString(evidence);
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeEndpoint(JsonGenerator json, String name, Endpoint e) {
        json.writeObjectPropertyStart(name);
        json.writeStringProperty("address", e.address());
        json.writeStringProperty("asset", e.asset());
        json.writeStringProperty("zone", e.zone());
        json.writeEndObject();
    }

    private static Map<String, Object> endpoint(Endpoint e) {
        var m = new LinkedHashMap<String, Object>();
        m.put("address", e.address());
        m.put("asset", e.asset());
        m.put("zone", e.zone());
        return m;
    }

    private void text(PrintWriter out, PolicyReport verdict) {
        out.printf(
                "%nconduit policy: %d flows judged, %d violations%n",
                verdict.judgedFlows(), verdict.violations().size());
        for (var v : verdict.violations()) {
            out.printf("  %-7s %-20s %s%n", v.severity().label(), v.rule(), v.message());
        }
        out.printf("%nconduits (flows, packets, allowed, violating)%n");
        for (var c : verdict.conduits()) {
            out.printf(
                    "  %-20s %8d %10d %8d %8d%n",
                    c.conduit(), c.flows(), c.packets(), c.allowedFlows(), c.violatingFlows());
        }
    }

    private void textAlerts(PrintWriter out, List<Alert> alerts) {
        if (alerts.isEmpty()) return;
        out.printf("%nalerts (%d)%n", alerts.size());
        printLines(out, alerts, AnalyzeCommand::alertLine);
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

    /** The {@code capture}, {@code protocols}, {@code assets} and {@code flows} members of ARCHITECTURE.md. */
    static void writeAnalysis(JsonGenerator json, CaptureAnalysis a) {
        json.writeObjectPropertyStart("capture");
        json.writeArrayPropertyStart("files");
        for (var file : a.files()) json.writeString(file.toString());
        json.writeEndArray();
        json.writeNumberProperty("packets", a.packets());
        json.writeNumberProperty("bytes", a.bytes());
        json.writeNumberProperty("malformed", a.malformed());
        writeCounts(json, "malformedReasons", a.malformedReasons());
        // bytes the capture lost (TCP sequence gaps) are no fault of the frames: counted apart, with where they start
        json.writeObjectPropertyStart("gaps");
        json.writeNumberProperty("count", a.gaps());
        json.writeArrayPropertyStart("frames");
        for (long frame : a.gapFrames()) json.writeNumber(frame);
        json.writeEndArray();
        json.writeArrayPropertyStart("at");
        for (long frame : a.gapFrames()) json.writeString(a.frameInFile(frame));
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectPropertyStart("linkTypes");
        for (var e : new TreeMap<>(a.linkTypes()).entrySet()) {
            json.writeNumberProperty(Integer.toString(e.getKey()), e.getValue());
        }
        json.writeEndObject();
        json.writeStringProperty("first", a.first() == null ? null : IsoInstant.format(a.first()));
        json.writeStringProperty("last", a.last() == null ? null : IsoInstant.format(a.last()));
        json.writeEndObject();
        writeCounts(json, "protocols", a.protocols());
        json.writeArrayPropertyStart("assets");
        for (var asset : a.assets()) writeAsset(json, asset);
        json.writeEndArray();
        json.writeArrayPropertyStart("flows");
        var text = new IsoInstant.Buffer();
        var line = new FlowLine();
        for (var flow : a.flows()) {
            if (line.set(flow)) {
                json.writeRawValue(line);
            } else {
                writeFlow(json, flow, text);
            }
        }
        json.writeEndArray();
    }

    private static void writeAsset(JsonGenerator json, ObservedAsset asset) {
        json.writeStartObject();
        json.writeStringProperty("ip", asset.ip());
        json.writeStringProperty("mac", asset.mac());
        json.writeStringProperty("vendor", asset.vendor());
        writeSorted(json, "roles", asset.roles());
        writeSorted(json, "protocols", asset.protocols());
        json.writeObjectPropertyStart("identity");
        for (var e : new TreeMap<>(asset.identity()).entrySet()) json.writeStringProperty(e.getKey(), e.getValue());
        json.writeEndObject();
        json.writeEndObject();
    }

    /** An instant's text written from a reused buffer instead of a new string. */
    private static void writeInstant(JsonGenerator json, String name, Instant instant, IsoInstant.Buffer text) {
        json.writeName(name);
        int n = text.format(instant);
        if (n < 0) {
            json.writeString(instant.toString());
        } else {
            json.writeString(text.text, 0, n);
        }
    }

    /** A flow through the generator (package-private: {@code FlowLineTest} compares {@link FlowLine} with it). */
    static void writeFlow(JsonGenerator json, ObservedFlow f, IsoInstant.Buffer text) {
        json.writeStartObject();
        json.writeStringProperty("transport", f.transport());
        json.writeStringProperty("client", f.clientAddress());
        json.writeNumberProperty("clientPort", f.clientPort());
        json.writeStringProperty("server", f.serverAddress());
        json.writeNumberProperty("serverPort", f.serverPort());
        if (f.etherType() != 0) json.writeStringProperty("etherType", String.format("0x%04x", f.etherType()));
        json.writeStringProperty("protocol", f.protocol());
        writeInstant(json, "firstSeen", f.firstSeen(), text);
        writeInstant(json, "lastSeen", f.lastSeen(), text);
        json.writeNumberProperty("firstFrame", f.firstFrame());
        json.writeNumberProperty("lastFrame", f.lastFrame());
        json.writeNumberProperty("packetsToServer", f.packetsToServer());
        json.writeNumberProperty("bytesToServer", f.bytesToServer());
        json.writeNumberProperty("packetsToClient", f.packetsToClient());
        json.writeNumberProperty("bytesToClient", f.bytesToClient());
        json.writeArrayPropertyStart("functions");
        for (var fc : f.functions()) {
            json.writeStartObject();
            json.writeStringProperty("protocol", fc.protocol());
            json.writeNumberProperty("code", fc.code());
            json.writeStringProperty("name", fc.name());
            json.writeStringProperty("access", fc.access());
            json.writeNumberProperty("count", fc.count());
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!f.malformed().isEmpty()) writeCounts(json, "malformed", f.malformed());
        if (!f.topics().isEmpty()) writeSorted(json, "topics", f.topics());
        json.writeEndObject();
    }

    /** Counts by name in name order. */
    private static void writeCounts(JsonGenerator json, String name, Map<String, Long> counts) {
        json.writeObjectPropertyStart(name);
        for (var e : new TreeMap<>(counts).entrySet()) json.writeNumberProperty(e.getKey(), e.getValue());
        json.writeEndObject();
    }

    private static void writeSorted(JsonGenerator json, String name, java.util.Collection<String> values) {
        json.writeArrayPropertyStart(name);
        var sorted = values.toArray(new String[0]);
        java.util.Arrays.sort(sorted);
        for (var value : sorted) json.writeString(value);
        json.writeEndArray();
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
        if (a.gaps() > 0) {
            out.printf(
                    "%d TCP sequence gap%s (bytes not captured; the frames are not malformed), first at frame%s %s%n",
                    a.gaps(),
                    a.gaps() == 1 ? "" : "s",
                    a.gapFrames().size() == 1 ? "" : "s",
                    a.gapFrames().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        out.printf("%nprotocols (frames)%n");
        a.protocols().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> out.printf("  %-14s %10d%n", e.getKey(), e.getValue()));
        out.printf("%ntop talkers (packets, bytes)%n");
        a.trafficByAddress().entrySet().stream()
                .sorted(Comparator.comparingLong(
                                (Map.Entry<String, Traffic> e) -> e.getValue().bytes())
                        .reversed())
                .limit(top)
                .forEach(e -> out.printf(
                        "  %-40s %10d %14d%n",
                        e.getKey(), e.getValue().packets(), e.getValue().bytes()));
        out.printf("%nassets (%d)%n", a.assets().size());
        printLines(out, a.assets(), AnalyzeCommand::assetLine);
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

    /**
     * One line per item, built by {@code line} and printed in blocks of 64 KB: a large capture has 10^4 assets and
     * alerts, and printf parsed its format for each and the auto-flushing writer made a write call per line.
     */
    private static <T> void printLines(
            PrintWriter out, List<T> items, java.util.function.BiConsumer<StringBuilder, T> line) {
        var lines = new StringBuilder();
        for (var item : items) {
            line.accept(lines, item);
            if (lines.length() >= 1 << 16) {
                out.print(lines);
                lines.setLength(0);
            }
        }
        out.print(lines);
    }

    /** One asset as {@code printf("  %-39s %-17s %-20s %s%s%n", ...)} writes it: address, MAC, vendor, roles, identity. */
    static void assetLine(StringBuilder line, ObservedAsset asset) {
        line.append("  ");
        padded(line, asset.ip() == null ? "-" : asset.ip(), 39).append(' ');
        padded(line, asset.mac() == null ? "-" : asset.mac(), 17).append(' ');
        padded(line, asset.vendor() == null ? "" : truncate(asset.vendor(), 20), 20)
                .append(' ');
        var roles = asset.roles().toArray(new String[0]);
        java.util.Arrays.sort(roles);
        line.append(String.join(", ", roles));
        if (!asset.identity().isEmpty()) {
            line.append("  [");
            boolean first = true;
            for (var e : new TreeMap<>(asset.identity()).entrySet()) {
                line.append(first ? "" : ", ").append(e.getKey()).append('=').append(e.getValue());
                first = false;
            }
            line.append(']');
        }
        line.append(System.lineSeparator());
    }

    /** One alert as {@code printf("  %-7s %-22s %s %s -> %s: %s x%d (%s %s)%n", ...)} writes it. */
    static void alertLine(StringBuilder line, Alert a) {
        line.append("  ");
        padded(line, a.severity().label(), 7).append(' ');
        padded(line, a.rule(), 22).append(' ');
        line.append(a.protocol())
                .append(' ')
                .append(a.client().name())
                .append(" -> ")
                .append(a.server().name());
        line.append(": ").append(a.function()).append(" x").append(a.count());
        line.append(" (")
                .append(a.technique().id())
                .append(' ')
                .append(a.technique().title())
                .append(')');
        line.append(System.lineSeparator());
    }

    /** {@code text} left-justified in at least {@code width} characters, as printf's {@code %-Ns}. */
    private static StringBuilder padded(StringBuilder line, String text, int width) {
        line.append(text);
        for (int i = text.length(); i < width; i++) line.append(' ');
        return line;
    }

    private static String truncate(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
