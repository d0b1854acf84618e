package io.zonewarden.app.server.capture;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.StaleEditException;
import io.zonewarden.app.server.Uploads;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.AlertStore;
import io.zonewarden.app.server.store.CaptureStore;
import io.zonewarden.app.server.store.ObservationStore;
import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.CaptureException;
import io.zonewarden.capture.Traffic;
import io.zonewarden.monitor.alert.Alert;
import io.zonewarden.monitor.alert.OtOperationAlerts;
import io.zonewarden.monitor.policy.ConduitPolicy;
import io.zonewarden.monitor.policy.PolicyViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Capture uploads and their analysis. An upload is checked by its magic number (pcap or pcapng, not the file
 * name), written to disk under its SHA-256 and queued; one background worker analyses captures one at a time
 * (the packet engine uses a core fully) and stores everything a capture yields in one transaction, so an analysis
 * is either wholly there or not at all. Captures whose analysis a stopped server interrupted are analysed again at
 * the next start.
 */
@Service
public class CaptureService implements DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(CaptureService.class);

    private final CaptureStore captures;
    private final ObservationStore observations;
    private final AlertStore alerts;
    private final PlantStore plants;
    private final PlantModels models;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Path directory;
    private final long maxUpload;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        var thread = new Thread(r, "capture-analysis");
        thread.setDaemon(true);
        return thread;
    });

    public CaptureService(
            CaptureStore captures,
            ObservationStore observations,
            AlertStore alerts,
            PlantStore plants,
            PlantModels models,
            AuditTrail audit,
            TransactionTemplate transactions,
            @Value("${zonewarden.data-directory}") Path dataDirectory,
            @Value("${zonewarden.max-upload:1GB}") org.springframework.util.unit.DataSize maxUpload) {
        this.captures = captures;
        this.observations = observations;
        this.alerts = alerts;
        this.plants = plants;
        this.models = models;
        this.audit = audit;
        this.transactions = transactions;
        this.directory = dataDirectory.resolve("captures");
        this.maxUpload = maxUpload.toBytes();
    }

    /**
     * Stores an uploaded capture and queues its analysis. Refuses (and keeps nothing of) a file that is not a pcap
     * or pcapng capture.
     */
    public CaptureStore.Capture upload(PlantAccess.Granted granted, String fileName, InputStream content)
            throws IOException {
        var name = Uploads.fileName(fileName, "capture");
        Files.createDirectories(directory);
        var temporary = Files.createTempFile(directory, "upload-", ".part");
        try {
            var sha = Uploads.sha256();
            long size;
            try (var in = new DigestInputStream(content, sha);
                    var out = Files.newOutputStream(temporary)) {
                size = copy(in, out, maxUpload, name);
            }
            checkMagic(name, temporary, size);
            var digest = HexFormat.of().formatHex(sha.digest());
            var stored = directory.resolve(digest + ".cap");
            Files.move(temporary, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            var id = transactions.execute(status -> {
                long captureId = captures.insert(granted.plant().id(), name, size, digest, granted.username());
                audit.record(
                        granted.username(),
                        granted.plant(),
                        "capture.upload",
                        "capture " + captureId,
                        null,
                        name + ", " + size + " bytes, sha256 " + digest);
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        queue(captureId);
                    }
                });
                return captureId;
            });
            return captures.find(granted.plant().id(), id).orElseThrow();
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    public List<CaptureStore.Capture> captures(PlantAccess.Granted granted) {
        return captures.of(granted.plant().id());
    }

    public CaptureStore.Capture capture(PlantAccess.Granted granted, long id) {
        return captures.find(granted.plant().id(), id)
                .orElseThrow(() -> new NotFoundException(
                        "no capture " + id + " in plant '" + granted.plant().slug() + "'"));
    }

    public List<AlertStore.Alert> alerts(PlantAccess.Granted granted, boolean openOnly, long offset, int limit) {
        return alerts.of(granted.plant().id(), openOnly, offset, limit);
    }

    public long alertCount(PlantAccess.Granted granted, boolean openOnly) {
        return alerts.count(granted.plant().id(), openOnly);
    }

    public AlertStore.Alert alert(PlantAccess.Granted granted, long id) {
        return alerts.find(granted.plant().id(), id)
                .orElseThrow(() -> new NotFoundException(
                        "no alert " + id + " in plant '" + granted.plant().slug() + "'"));
    }

    /** Acknowledges an alert with a comment; refuses when someone acknowledged it meanwhile. */
    public AlertStore.Alert acknowledge(PlantAccess.Granted granted, long id, long expectedVersion, String comment) {
        if (comment.isBlank()) {
            throw new InvalidInputException(
                    "an acknowledgement needs a comment",
                    List.of("comment: say what was checked or decided (e.g. 'planned maintenance, ticket 4711')"));
        }
        if (comment.strip().length() > 2000) {
            throw new InvalidInputException(
                    "the acknowledgement was not saved",
                    List.of("comment: at most 2000 characters, got "
                            + comment.strip().length()));
        }
        return transactions.execute(status -> {
            var before = alert(granted, id);
            if (!alerts.acknowledge(granted.plant().id(), id, expectedVersion, granted.username(), comment.strip())) {
                var now = alert(granted, id);
                throw new StaleEditException("alert " + id + " was "
                        + (now.open()
                                ? "changed"
                                : "acknowledged by " + now.acknowledgedBy() + " at " + now.acknowledgedAt())
                        + " after you loaded it: reload and"
                        + " check before acknowledging again");
            }
            audit.record(
                    granted.username(),
                    granted.plant(),
                    "alert.acknowledge",
                    "alert " + id + " (" + before.rule() + ")",
                    "open",
                    "acknowledged: " + comment.strip());
            return alert(granted, id);
        });
    }

    @EventListener(ApplicationReadyEvent.class)
    @org.springframework.core.annotation.Order(-10)
    public void resumeUnfinished() {
        for (var capture : captures.unfinished()) {
            LOG.info(
                    "analysing capture {} ({}) again: the server stopped before it was done",
                    capture.id(),
                    capture.fileName());
            queue(capture.id());
        }
    }

    private void queue(long captureId) {
        worker.submit(() -> analyse(captureId));
    }

    /** Runs on the worker thread. */
    void analyse(long captureId) {
        var capture = captures.unfinished(captureId).orElse(null);
        if (capture == null) return; // analysed already (queued twice: at upload and by a restart)
        var file = directory.resolve(capture.sha256() + ".cap");
        try {
            captures.progress(captureId, "analysing", 0);
            var lastReported = new double[] {0};
            CaptureAnalysis analysis = Analyzer.analyze(List.of(file), (f, position, size) -> {
                double progress = size == 0 ? 1 : (double) position / size;
                if (progress - lastReported[0] >= 0.02) {
                    lastReported[0] = progress;
                    captures.progress(captureId, "analysing", Math.min(0.99, progress));
                }
            });
            var row = plants.find(capture.plantId()).orElse(null);
            if (row == null) return; // the plant was deleted meanwhile, and the capture with it
            var plant = models.model(row);
            var policy = new ConduitPolicy(plant);
            var verdict = policy.judge(analysis);
            var raised = OtOperationAlerts.raise(analysis, policy.map());
            transactions.executeWithoutResult(status -> store(capture, analysis, policy, verdict.violations(), raised));
            LOG.info(
                    "capture {} analysed: {} packets, {} violations, {} alerts",
                    captureId,
                    analysis.packets(),
                    verdict.violations().size(),
                    raised.size());
        } catch (CaptureException e) {
            captures.failed(captureId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("analysis of capture {} failed", captureId, e);
            captures.failed(captureId, "internal error: " + e);
        }
    }

    private void store(
            CaptureStore.Capture capture,
            CaptureAnalysis analysis,
            ConduitPolicy policy,
            List<PolicyViolation> violations,
            List<Alert> raised) {
        long plantId = capture.plantId();
        long id = capture.id();
        // evidence names frames as file#frame: the file is the upload's name, not where the server keeps it
        var storedName =
                analysis.files().isEmpty() ? "" : analysis.files().get(0).toString();
        java.util.function.UnaryOperator<String> evidence =
                text -> storedName.isEmpty() ? text : text.replace(storedName, capture.fileName());
        captures.clearResults(id);
        var map = policy.map();
        var seen = new ArrayList<ObservationStore.SeenAsset>();
        var traffic = analysis.trafficByAddress();
        for (var a : analysis.assets()) {
            var address = a.ip() != null ? a.ip() : a.mac() != null ? a.mac() : "?";
            var endpoint = a.ip() != null ? map.endpoint(a.ip(), a.mac()) : null;
            var identity = a.identity().isEmpty()
                    ? null
                    : new TreeMap<>(a.identity())
                            .entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .collect(Collectors.joining("; "));
            var t = traffic.getOrDefault(address, Traffic.NONE);
            seen.add(new ObservationStore.SeenAsset(
                    id,
                    address,
                    a.mac(),
                    a.vendor(),
                    endpoint == null ? null : endpoint.asset(),
                    endpoint == null ? null : endpoint.zone(),
                    String.join(", ", new java.util.TreeSet<>(a.protocols())),
                    identity,
                    t.packets(),
                    t.bytes()));
        }
        observations.insertAssets(plantId, seen);
        var flows = new ArrayList<ObservationStore.SeenFlow>();
        for (var f : analysis.flows()) {
            var functions = f.functions().stream()
                    .map(fc -> fc.name() + " (" + fc.code() + ") x" + fc.count())
                    .collect(Collectors.joining(", "));
            flows.add(new ObservationStore.SeenFlow(
                    id,
                    f.clientAddress(),
                    f.serverAddress(),
                    f.transport(),
                    f.serverPort(),
                    f.protocol(),
                    functions,
                    f.packetsToServer() + f.packetsToClient(),
                    f.bytesToServer() + f.bytesToClient(),
                    f.firstSeen(),
                    f.lastSeen()));
        }
        observations.insertFlows(plantId, flows);
        for (var v : violations) {
            alerts.insert(
                    plantId,
                    new AlertStore.Alert(
                            0,
                            id,
                            "violation",
                            v.rule(),
                            v.severity().label(),
                            null,
                            v.message(),
                            v.client().address(),
                            v.client().asset(),
                            v.server().address(),
                            v.server().asset(),
                            v.protocol(),
                            v.packets(),
                            v.firstSeen(),
                            v.lastSeen(),
                            evidence.apply(String.join("; ", v.evidence())),
                            null,
                            null,
                            null,
                            0));
        }
        for (var a : raised) {
            alerts.insert(
                    plantId,
                    new AlertStore.Alert(
                            0,
                            id,
                            "operation",
                            a.rule(),
                            a.severity().label(),
                            a.technique().id(),
                            a.title(),
                            a.client().address(),
                            a.client().asset(),
                            a.server().address(),
                            a.server().asset(),
                            a.protocol(),
                            a.count(),
                            a.firstSeen(),
                            a.lastSeen(),
                            evidence.apply(String.join("; ", a.evidence())),
                            null,
                            null,
                            null,
                            0));
        }
        var protocols = analysis.protocols().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
        captures.done(id, analysis.packets(), analysis.malformed(), analysis.first(), analysis.last(), protocols);
    }

    /** Copies at most {@code limit} bytes; a longer upload is refused (and the caller deletes what was written). */
    private static long copy(InputStream in, java.io.OutputStream out, long limit, String fileName) throws IOException {
        var buffer = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > limit) {
                throw new InvalidInputException(
                        "the capture is larger than this server accepts",
                        List.of(fileName + ": more than " + limit
                                + " bytes (zonewarden.max-upload); split it with editcap -c"),
                        413);
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    private static void checkMagic(String fileName, Path file, long size) throws IOException {
        byte[] head = new byte[4];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, 4);
        }
        if (read < 4) {
            throw new InvalidInputException(
                    "not a capture",
                    List.of(fileName + ": " + size
                            + " bytes; a pcap or pcapng file starts with a 4-byte magic number"));
        }
        int magic = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        switch (magic) {
            case 0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1, 0x0a0d0d0a -> {}
            default ->
                throw new InvalidInputException(
                        "not a capture",
                        List.of(fileName
                                + ": byte 0: the file starts with "
                                + HexFormat.ofDelimiter(" ").formatHex(head)
                                + "; a pcap file starts with a1 b2 c3 d4 (or d4 c3 b2 a1, a1 b2 3c 4d, 4d 3c b2 a1), a pcapng file with"
                                + " 0a 0d 0d 0a"));
        }
    }

    @Override
    public void destroy() {
        worker.shutdownNow();
    }
}
